import type { OrderId } from '#domain';
import type { OrderCommandAsSent } from '#orders';
import type { TransferOrderRequest } from './transfer-order.request.dto.js';

/** The domain's command from the request (the API's JSON body or a page's form), less the ids STOR gives. */
export function transferOrderCommand(orderId: OrderId, body: TransferOrderRequest): OrderCommandAsSent {
  return { type: 'TransferOrder' as const, orderId, toForce: body.toForce, transferredOn: body.transferredOn };
}
