import type { DeliveryStatus } from '../webhook.types.js';

/**
 * A webhook's deliveries, newest first, `limit` at a time, optionally of one status. `before` is
 * the `next` of the page before (a delivery's place in the outbox); null starts from the newest.
 */
export class GetDeliveriesQuery {
  constructor(
    readonly force: string,
    readonly webhookId: string,
    readonly status: DeliveryStatus | null,
    readonly limit: number,
    readonly before: string | null = null,
  ) {}
}

/** A `before` this outbox wrote: a delivery's place, a whole number. */
export function isDeliveryCursor(cursor: string): boolean {
  return /^[1-9]\d{0,17}$/.test(cursor);
}
