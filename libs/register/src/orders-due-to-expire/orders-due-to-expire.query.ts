import type { IsoDate } from '#domain';
/** Orders with a fixed prohibition whose last day is before `today`: the clock's to-do list. */
export class OrdersDueToExpireQuery {
  constructor(
    readonly today: IsoDate,
    readonly limit: number,
  ) {}
}
