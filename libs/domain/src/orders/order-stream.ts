/** Each order is one stream in the log, named after its id. */
export const ORDER_STREAM_PREFIX = 'order-';

export function orderStreamId(orderId: string): string {
  return `${ORDER_STREAM_PREFIX}${orderId}`;
}
