import { barChartModel, barChartSvg } from './bar-chart.js';
import { columnChartModel, columnChartSvg } from './column-chart.js';
import { niceMaximum, ticks } from './scale.js';

describe('the value axis', () => {
  test.each([
    [0, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [12, 20],
    [180, 200],
    [450, 500],
  ])('given a largest value of %d, then the axis ends at %d', (largest, maximum) => {
    expect(niceMaximum(largest)).toBe(maximum);
  });

  test('given an axis maximum, then gridlines fall on whole numbers from 0 to it', () => {
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticks(1)).toEqual([0, 1]);
  });
});

describe('the column chart of orders made each year by type', () => {
  const input = {
    title: 'Orders made each year',
    description: 'Rising',
    categories: ['2024', '2025', '2026'],
    series: [
      { name: 'STPO', values: [1, 4, 2] },
      { name: 'STRO', values: [0, 1, 3] },
    ],
  };

  test('given counts per year and type, then column heights are proportional to the totals and segments stack without gaps', () => {
    const model = columnChartModel(input);
    const heights = model.columns.map((column) => column.segments.reduce((sum, segment) => sum + segment.height, 0));
    expect(heights[1]).toBeCloseTo(heights[0] * 5);
    expect(heights[2]).toBeCloseTo(heights[1]);
    const [stpo, stro] = model.columns[2].segments;
    expect(stro.y + stro.height).toBeCloseTo(stpo.y);
    expect(stpo.y + stpo.height).toBeCloseTo(model.plot.bottom);
    expect(model.columns[0].segments).toHaveLength(1);
  });

  test('given a rising count, when rendered, then each column says its total and its year, and the image has its name and description', () => {
    const svg = columnChartSvg(input, 'made');
    expect(svg).toMatch(/^<svg[^>]* role="img" aria-labelledby="made-title made-desc"/);
    expect(svg).toContain('<title id="made-title">Orders made each year</title><desc id="made-desc">Rising</desc>');
    for (const total of ['>1</text>', '>5</text>', '>2024</text>', '>2026</text>']) expect(svg).toContain(total);
  });

  test('given no orders at all, then every column is empty and no value is drawn as a bar', () => {
    const model = columnChartModel({ ...input, series: [{ name: 'STPO', values: [0, 0, 0] }] });
    expect(model.columns.every((column) => column.segments.length === 0 && column.total === 0)).toBe(true);
  });
});

describe('the bar chart of orders by force', () => {
  const input = {
    title: 'Orders by force',
    description: 'Made and in force',
    series: ['Made', 'In force today'],
    rows: [
      { label: 'Kent Police', values: [4, 2] },
      { label: 'Dorset Police', values: [0, 0] },
    ],
  };

  test('given two series, then each row has a bar for each, against one scale', () => {
    const model = barChartModel(input);
    const [made, active] = model.rows[0].bars;
    expect(made.width).toBeCloseTo(active.width * 2);
    expect(model.rows[1].bars.map((bar) => bar.width)).toEqual([0, 0]);
    expect(active.y).toBeGreaterThan(made.y);
  });

  test('given a label with markup, when rendered, then it is escaped and every value is written', () => {
    const svg = barChartSvg({ ...input, rows: [{ label: '<script>&', values: [3, 1] }] }, 'forces');
    expect(svg).toContain('&lt;script&gt;&amp;');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('>3</text>');
    expect(svg).toContain('>In force today</text>');
  });
});
