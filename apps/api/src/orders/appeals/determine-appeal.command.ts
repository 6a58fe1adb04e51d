import type { OrderId } from '#domain';
import type { OrderCommandAsSent } from '#orders';
import { toNewProhibition } from '../prohibition.request.dto.js';
import type { AppealOutcomeRequest } from './appeal.request.dto.js';

/** The domain's command from the request (the API's JSON body or a page's form), less the ids STOR gives. */
export function determineAppealCommand(orderId: OrderId, appealId: string, body: AppealOutcomeRequest): OrderCommandAsSent {
  return {
    type: 'DetermineAppeal' as const,
    orderId,
    appealId,
    outcome: body.outcome,
    decidedOn: body.decidedOn,
    ...(body.variation
      ? {
          variation: {
            addProhibitions: (body.variation.addProhibitions ?? []).map(toNewProhibition),
            removeProhibitionIds: body.variation.removeProhibitionIds ?? [],
            ...(body.variation.passportSurrender
              ? { passportSurrender: { policeStation: body.variation.passportSurrender.policeStation, dueOn: body.variation.passportSurrender.dueOn } }
              : {}),
          },
        }
      : {}),
  };
}
