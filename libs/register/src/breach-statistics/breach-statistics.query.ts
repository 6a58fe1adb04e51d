import type { IsoDate } from '#domain';

/** What breaches are counted by: what last became of each (its latest outcome), or the force where it happened. */
export const BREACH_STATISTICS_KEYS = ['outcome', 'force'] as const;
export type BreachStatisticsKey = (typeof BREACH_STATISTICS_KEYS)[number];

/** A breach with no outcome recorded yet is counted under this key. */
export const NO_OUTCOME_YET = 'none-yet';

/**
 * Breaches counted by a key. The caller has narrowed `forces` (where the breaches happened) to what
 * the user may see: a region's breaches are those that happened in its forces.
 */
export class BreachStatisticsQuery {
  constructor(
    readonly by: BreachStatisticsKey,
    /** null: every force (national users). */
    readonly forces: readonly string[] | null,
    /** The last twelve months end on this day. */
    readonly today: IsoDate,
  ) {}
}

export interface BreachStatisticsRow {
  key: string;
  /** Breaches recorded, ever. */
  breaches: number;
  /** Of those, the ones that happened in the twelve months up to today. */
  lastTwelveMonths: number;
}
