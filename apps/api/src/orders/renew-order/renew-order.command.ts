import type { OrderId } from '#domain';
import type { OrderCommandAsSent } from '#orders';
import type { RenewOrderRequest } from './renew-order.request.dto.js';

/** The domain's command from the request (the API's JSON body or a page's form), less the ids STOR gives. */
export function renewOrderCommand(orderId: OrderId, body: RenewOrderRequest): OrderCommandAsSent {
  return {
    type: 'RenewOrder' as const,
    orderId,
    court: body.court,
    renewedOn: body.renewedOn,
    prohibitions: body.prohibitions.map(({ prohibitionId, until }) => ({ prohibitionId, until })),
  };
}
