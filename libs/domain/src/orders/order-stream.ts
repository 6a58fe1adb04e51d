import type { OrderId } from './order-id.js';
/** Each order is one stream in the log, named after its id. */
export const ORDER_STREAM_PREFIX = 'order-';

export function orderStreamId(orderId: OrderId): string {
  return `${ORDER_STREAM_PREFIX}${orderId}`;
}
