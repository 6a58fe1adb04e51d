import type { OrderId } from '#domain';
import type { OrderCommandAsSent } from '#orders';
import type { DischargeOrderRequest } from './discharge-order.request.dto.js';

/** The domain's command from the request (the API's JSON body or a page's form), less the ids STOR gives. */
export function dischargeOrderCommand(orderId: OrderId, body: DischargeOrderRequest): OrderCommandAsSent {
  return {
    type: 'DischargeOrder' as const,
    orderId,
    court: body.court,
    dischargedOn: body.dischargedOn,
    consent: { subject: body.consent.subject, chiefOfficer: body.consent.chiefOfficer },
  };
}
