import type { OrderId } from '#domain';
import type { OrderCommandAsSent } from '#orders';
import { toNewProhibition } from '../prohibition.request.dto.js';
import type { VaryOrderRequest } from './vary-order.request.dto.js';

/** The domain's command from the request (the API's JSON body or a page's form), less the ids STOR gives. */
export function varyOrderCommand(orderId: OrderId, body: VaryOrderRequest): OrderCommandAsSent {
  return {
    type: 'VaryOrder' as const,
    orderId,
    court: body.court,
    variedOn: body.variedOn,
    addProhibitions: (body.addProhibitions ?? []).map(toNewProhibition),
    removeProhibitionIds: body.removeProhibitionIds ?? [],
    ...(body.passportSurrender ? { passportSurrender: { policeStation: body.passportSurrender.policeStation, dueOn: body.passportSurrender.dueOn } } : {}),
  };
}
