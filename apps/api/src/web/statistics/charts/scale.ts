/**
 * The top of a chart's value axis: the smallest 1, 2 or 5 × 10ⁿ at or above the largest value, so
 * the gridlines fall on round numbers; 1 for an empty chart (every bar then has zero length).
 */
export function niceMaximum(largest: number): number {
  if (!(largest > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(largest));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= largest) return step * magnitude;
  return 10 * magnitude;
}

/** Gridline values from 0 to the maximum: four steps when the maximum divides by four, else as many whole steps as fit. */
export function ticks(maximum: number): number[] {
  const steps = maximum % 4 === 0 ? 4 : maximum % 5 === 0 ? 5 : maximum % 2 === 0 ? 2 : 1;
  return Array.from({ length: steps + 1 }, (_, index) => (maximum / steps) * index);
}
