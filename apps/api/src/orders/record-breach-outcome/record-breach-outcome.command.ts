import type { OrderId } from '#domain';
import type { OrderCommandAsSent } from '#orders';
import type { RecordBreachOutcomeRequest } from './record-breach-outcome.request.dto.js';

/** The domain's command from the request (the API's JSON body or a page's form), less the ids STOR gives. */
export function recordBreachOutcomeCommand(orderId: OrderId, breachId: string, body: RecordBreachOutcomeRequest): OrderCommandAsSent {
  return {
    type: 'RecordBreachOutcome' as const,
    orderId,
    breachId,
    outcome: body.outcome,
    decidedOn: body.decidedOn,
    ...(body.sentence ? { sentence: { kind: body.sentence.kind, months: body.sentence.months, court: body.sentence.court } } : {}),
  };
}
