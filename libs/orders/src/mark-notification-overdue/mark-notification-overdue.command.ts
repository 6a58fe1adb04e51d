import type { IsoDate } from '#domain';

/** R16/R17: the clock notes that the subject has not notified by the deadline. */
export class MarkNotificationOverdueCommand {
  constructor(
    readonly orderId: string,
    readonly today: IsoDate,
  ) {}
}
