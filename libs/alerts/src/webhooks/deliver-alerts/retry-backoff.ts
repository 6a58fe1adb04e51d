/** No delivery waits longer than an hour between attempts. */
export const RETRY_CAP_MS = 3_600_000;

/**
 * How long to wait after the `attempts`-th failed attempt: `baseMs`, doubling with each attempt, up
 * to an hour; then jittered down by up to half, so the deliveries to a receiver that was down for a
 * while do not all come back at the same moment.
 */
export function retryDelayMs(attempts: number, baseMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), RETRY_CAP_MS);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
