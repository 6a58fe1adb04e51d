import type { OrderId } from '#domain';
import type { OrderCommandAsSent } from '#orders';
import type { RecordNotificationRequest } from './record-notification.request.dto.js';

/** The domain's command from the request (the API's JSON body or a page's form), less the ids STOR gives. */
export function recordNotificationCommand(orderId: OrderId, body: RecordNotificationRequest): OrderCommandAsSent {
  return {
    type: 'RecordNotification' as const,
    orderId,
    notifiedOn: body.notifiedOn,
    ...(body.changedOn ? { changedOn: body.changedOn } : {}),
    names: [...body.names],
    address: { line1: body.address.line1, postcode: body.address.postcode.toUpperCase(), force: body.address.force },
  };
}
