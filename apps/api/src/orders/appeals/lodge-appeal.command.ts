import type { OrderId } from '#domain';
import type { OrderCommandAsSent } from '#orders';
import type { LodgeAppealRequest } from './appeal.request.dto.js';

/** The domain's command from the request (the API's JSON body or a page's form), less the ids STOR gives. */
export function lodgeAppealCommand(orderId: OrderId, body: LodgeAppealRequest): OrderCommandAsSent {
  return { type: 'LodgeAppeal' as const, orderId, court: body.court, lodgedOn: body.lodgedOn };
}
