import type { AlertKind } from '../alert.types.js';

/** Which of a force's alerts to read: null means any. */
export interface AlertFilter {
  kind: AlertKind | null;
  acknowledged: boolean | null;
}

export const ANY_ALERT: AlertFilter = { kind: null, acknowledged: null };

/**
 * A force's inbox, newest first, `limit` at a time. `before` is the `next` cursor of the page before
 * (see alert-pages.ts); null starts from the newest.
 */
export class GetAlertsQuery {
  constructor(
    readonly force: string,
    readonly limit: number,
    readonly filter: AlertFilter = ANY_ALERT,
    readonly before: string | null = null,
  ) {}
}

/**
 * An alert as the projection raised it: what it is about (order, subject, breach) and the event
 * that raised it. `subjectId`, `eventId` and `eventType` are null only on alerts raised before the
 * inbox kept them whose event the log could not name (an EventStoreDB log).
 */
export interface Alert {
  alertId: string;
  kind: string;
  orderId: string;
  subjectId: string | null;
  breachId: string | null;
  eventId: string | null;
  eventType: string | null;
  raisedAt: string;
  reason: string;
  why: string;
  position: number;
}

/** Who acknowledged an alert, as their token named them. */
export interface Acknowledger {
  name: string;
  role: string;
  force: string | null;
}

/** An alert in a force's inbox: what was raised, and whether someone of the force has acknowledged it. */
export interface InboxAlert extends Alert {
  acknowledged: boolean;
  acknowledgedAt: string | null;
  acknowledgedBy: Acknowledger | null;
}

export interface AlertPage {
  alerts: InboxAlert[];
  /** Give as `before` for the next (older) page; null on the last page. */
  next: string | null;
}
