import type { AlertKind } from '../alert.types.js';

/** Where a delivery stands: on its way (or waiting to retry), received, given up on, or stopped by the webhook's deletion. */
export const DELIVERY_STATUSES = ['pending', 'delivered', 'dead', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** A force's webhook as its users see it: never its secret. */
export interface Webhook {
  webhookId: string;
  force: string;
  url: string;
  registeredAt: string;
}

/** A webhook in its force's list, with how many deliveries wait and how many are dead. */
export interface ListedWebhook extends Webhook {
  deliveries: { pending: number; dead: number };
}

/** One alert's delivery to one webhook. Times are the database's (delivery plumbing, decision 0027). */
export interface WebhookDelivery {
  deliveryId: string;
  webhookId: string;
  alertId: string;
  /** The alert it carries, as its body says: its kind, why it was raised, and which order. */
  alert: { kind: AlertKind; reason: string; orderId: string };
  status: DeliveryStatus;
  attempts: number;
  createdAt: string;
  /** When the next attempt is due; null unless pending. */
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  /** The HTTP status of the last response, if there was one. */
  lastStatus: number | null;
  /** Why the last attempt failed: `http-503`, `timeout`, `connection-refused`, `address-refused`…; null when it did not. */
  lastError: string | null;
  deliveredAt: string | null;
  deadAt: string | null;
}

export interface DeliveryPage {
  deliveries: WebhookDelivery[];
  /** Give as `before` for the next (older) page; null on the last page. */
  next: string | null;
}

/** At most this many live webhooks per force. */
export const MAX_WEBHOOKS_PER_FORCE = 10;
export const WEBHOOK_SECRET_MIN_LENGTH = 16;
export const WEBHOOK_SECRET_MAX_LENGTH = 256;
