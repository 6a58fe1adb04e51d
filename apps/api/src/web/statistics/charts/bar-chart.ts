import { AXIS_COLOUR, SERIES_COLOURS, TEXT_COLOUR } from './chart-colours.js';
import { niceMaximum } from './scale.js';
import { escapeXml, px } from './svg-text.js';

export interface BarChartInput {
  title: string;
  description: string;
  /** Named once for the legend; each row has one value for each, drawn as bars one under another. */
  series: string[];
  rows: { label: string; values: number[] }[];
}

export interface Bar {
  series: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
}

export interface BarChartModel {
  width: number;
  height: number;
  labelWidth: number;
  rows: { label: string; y: number; bars: Bar[] }[];
  legend: { name: string; colour: string; x: number; y: number }[];
}

const WIDTH = 640;
const LABEL_WIDTH = 250;
const BAR_HEIGHT = 18;
const GAP = 10;
const TOP = 34;
/** Room kept right of the longest bar for its value. */
const VALUE_ROOM = 48;

/** Horizontal bars, one group per row: lengths proportional to the values, against one scale for every series. */
export function barChartModel({ series, rows }: BarChartInput): BarChartModel {
  const largest = Math.max(0, ...rows.flatMap((row) => row.values));
  const maximum = niceMaximum(largest);
  const length = WIDTH - LABEL_WIDTH - VALUE_ROOM;
  const rowHeight = series.length * BAR_HEIGHT + GAP;
  return {
    width: WIDTH,
    height: TOP + rows.length * rowHeight + GAP,
    labelWidth: LABEL_WIDTH,
    rows: rows.map((row, rowIndex) => {
      const y = TOP + rowIndex * rowHeight;
      return {
        label: row.label,
        y,
        bars: series.map((name, index) => ({
          series: name,
          value: row.values[index] ?? 0,
          x: LABEL_WIDTH,
          y: y + index * BAR_HEIGHT,
          width: ((row.values[index] ?? 0) / maximum) * length,
          height: BAR_HEIGHT - 2,
          colour: SERIES_COLOURS[index % SERIES_COLOURS.length],
        })),
      };
    }),
    legend: series.map((name, index) => ({ name, colour: SERIES_COLOURS[index % SERIES_COLOURS.length], x: LABEL_WIDTH + index * 160, y: 16 })),
  };
}

/** The chart as SVG markup: an image with a name and description; each bar's value written at its end. */
export function barChartSvg(input: BarChartInput, id: string): string {
  const model = barChartModel(input);
  const parts = [
    `<svg class="stor-chart" viewBox="0 0 ${model.width} ${model.height}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">${escapeXml(input.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(input.description)}</desc>`,
  ];
  if (input.series.length > 1) {
    for (const key of model.legend) {
      parts.push(`<rect x="${key.x}" y="${key.y - 12}" width="14" height="14" fill="${key.colour}"/>`);
      parts.push(`<text x="${key.x + 20}" y="${key.y}" fill="${TEXT_COLOUR}">${escapeXml(key.name)}</text>`);
    }
  }
  for (const row of model.rows) {
    const middle = row.y + (row.bars.length * BAR_HEIGHT) / 2;
    parts.push(`<text x="${model.labelWidth - 8}" y="${px(middle + 4)}" text-anchor="end">${escapeXml(shortened(row.label))}</text>`);
    for (const bar of row.bars) {
      if (bar.width > 0) parts.push(`<rect x="${bar.x}" y="${px(bar.y)}" width="${px(bar.width)}" height="${bar.height}" fill="${bar.colour}"/>`);
      parts.push(`<text x="${px(bar.x + bar.width + 4)}" y="${px(bar.y + bar.height - 1)}" font-size="12">${bar.value}</text>`);
    }
  }
  parts.push(`<line x1="${model.labelWidth}" x2="${model.labelWidth}" y1="${TOP - 4}" y2="${model.height - GAP + 4}" stroke="${AXIS_COLOUR}" stroke-width="1"/>`);
  parts.push('</svg>');
  return parts.join('');
}

/** Long force names would run into the bars; the table beside the chart gives them in full. */
function shortened(label: string): string {
  return label.length > 32 ? `${label.slice(0, 31)}…` : label;
}
