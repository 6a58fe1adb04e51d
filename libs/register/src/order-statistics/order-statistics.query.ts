import type { IsoDate } from '#domain';

/**
 * What the national figures group orders by: the force that obtained them, the year made, their
 * type, or all three at once (the cross-tabulation, keyed `year|type|force`).
 */
export const STATISTICS_KEYS = ['force', 'year', 'type', 'year-type-force'] as const;
export type StatisticsKey = (typeof STATISTICS_KEYS)[number];

/** Orders counted by a key; the caller has narrowed `forces` (who obtained them) to what the user may see. */
export class OrderStatisticsQuery {
  constructor(
    readonly by: StatisticsKey,
    /** null: every force (national users). */
    readonly forces: readonly string[] | null,
    /** In force is judged as at this day. */
    readonly today: IsoDate,
  ) {}
}

export interface StatisticsRow {
  key: string;
  /** Orders made. */
  made: number;
  /** Of those, in force as at today. */
  active: number;
  /** Breaches recorded against them. */
  breaches: number;
}
