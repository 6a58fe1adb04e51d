import { AXIS_COLOUR, GRID_COLOUR, SERIES_COLOURS, TEXT_COLOUR } from './chart-colours.js';
import { niceMaximum, ticks } from './scale.js';
import { escapeXml, px } from './svg-text.js';

export interface ColumnChartInput {
  /** The chart's accessible name and description (its table says the same in full). */
  title: string;
  description: string;
  /** One column for each, left to right (e.g. years). */
  categories: string[];
  /** Stacked bottom up, in this order; one value for each category. */
  series: { name: string; values: number[] }[];
}

export interface ColumnSegment {
  series: string;
  value: number;
  y: number;
  height: number;
  colour: string;
}

export interface Column {
  category: string;
  total: number;
  x: number;
  width: number;
  /** Bottom up; a zero value has no segment. */
  segments: ColumnSegment[];
}

export interface ColumnChartModel {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  gridlines: { value: number; y: number }[];
  columns: Column[];
  legend: { name: string; colour: string; x: number; y: number }[];
}

const WIDTH = 640;
const PLOT = { left: 48, top: 24, right: 624, bottom: 264 };
const LEGEND_ROW = 22;

/** Where every column and segment goes: heights proportional to the values, stacked without gaps. */
export function columnChartModel({ categories, series }: ColumnChartInput): ColumnChartModel {
  const totals = categories.map((_, index) => series.reduce((sum, one) => sum + (one.values[index] ?? 0), 0));
  const maximum = niceMaximum(Math.max(0, ...totals));
  const plotHeight = PLOT.bottom - PLOT.top;
  const slot = (PLOT.right - PLOT.left) / Math.max(1, categories.length);
  const scale = (value: number) => (value / maximum) * plotHeight;
  const columns = categories.map((category, index) => {
    let base = PLOT.bottom;
    const segments: ColumnSegment[] = [];
    series.forEach((one, seriesIndex) => {
      const value = one.values[index] ?? 0;
      if (value <= 0) return;
      const height = scale(value);
      base -= height;
      segments.push({ series: one.name, value, y: base, height, colour: SERIES_COLOURS[seriesIndex % SERIES_COLOURS.length] });
    });
    const width = Math.min(64, slot * 0.6);
    return { category, total: totals[index], x: PLOT.left + slot * index + (slot - width) / 2, width, segments };
  });
  const legendPerRow = 3;
  const legend = series.map((one, index) => ({
    name: one.name,
    colour: SERIES_COLOURS[index % SERIES_COLOURS.length],
    x: PLOT.left + (index % legendPerRow) * ((PLOT.right - PLOT.left) / legendPerRow),
    y: PLOT.bottom + 44 + Math.floor(index / legendPerRow) * LEGEND_ROW,
  }));
  const height = PLOT.bottom + 44 + Math.ceil(series.length / legendPerRow) * LEGEND_ROW + 8;
  return {
    width: WIDTH,
    height,
    plot: PLOT,
    gridlines: ticks(maximum).map((value) => ({ value, y: PLOT.bottom - scale(value) })),
    columns,
    legend,
  };
}

/** The chart as SVG markup: an image with a name and description; values written on the columns. */
export function columnChartSvg(input: ColumnChartInput, id: string): string {
  const model = columnChartModel(input);
  const { plot } = model;
  const parts = [
    `<svg class="stor-chart stor-chart--columns" viewBox="0 0 ${model.width} ${model.height}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">${escapeXml(input.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(input.description)}</desc>`,
  ];
  for (const line of model.gridlines) {
    parts.push(`<line x1="${plot.left}" x2="${plot.right}" y1="${px(line.y)}" y2="${px(line.y)}" stroke="${line.value === 0 ? AXIS_COLOUR : GRID_COLOUR}" stroke-width="1"/>`);
    parts.push(`<text x="${plot.left - 6}" y="${px(line.y + 5)}" text-anchor="end">${formatCount(line.value)}</text>`);
  }
  for (const column of model.columns) {
    const middle = column.x + column.width / 2;
    for (const segment of column.segments) {
      parts.push(`<rect x="${px(column.x)}" y="${px(segment.y)}" width="${px(column.width)}" height="${px(segment.height)}" fill="${segment.colour}" stroke="#ffffff" stroke-width="1"/>`);
      if (segment.height >= 18 && column.segments.length > 1) {
        parts.push(`<text x="${px(middle)}" y="${px(segment.y + segment.height / 2 + 5)}" text-anchor="middle" fill="#ffffff" class="stor-chart__on-bar">${segment.value}</text>`);
      }
    }
    const top = column.segments.at(-1)?.y ?? plot.bottom;
    parts.push(`<text x="${px(middle)}" y="${px(top - 6)}" text-anchor="middle" font-weight="bold">${column.total}</text>`);
    parts.push(`<text x="${px(middle)}" y="${plot.bottom + 20}" text-anchor="middle">${escapeXml(column.category)}</text>`);
  }
  for (const key of model.legend) {
    parts.push(`<rect x="${px(key.x)}" y="${px(key.y - 12)}" width="14" height="14" fill="${key.colour}"/>`);
    parts.push(`<text x="${px(key.x + 20)}" y="${px(key.y)}" fill="${TEXT_COLOUR}">${escapeXml(key.name)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

function formatCount(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
