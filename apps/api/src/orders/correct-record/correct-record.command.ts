import type { CorrectRecord, OrderId } from '#domain';
import type { OrderCommandAsSent } from '#orders';
import type { CorrectRecordRequest } from './correct-record.request.dto.js';

/** The domain's command from the request (the API's JSON body or a page's form), less the ids STOR gives. */
export function correctRecordCommand(orderId: OrderId, body: CorrectRecordRequest): OrderCommandAsSent {
  const { subject, prohibitionTexts, court, servedOn, madeOn } = body.changes;
  const changes = {
    ...(court !== undefined ? { court } : {}),
    // Passed on to be refused by the domain with the rule that says why (correction-changes-legal-period).
    ...(madeOn !== undefined ? { madeOn } : {}),
    ...(servedOn !== undefined ? { servedOn } : {}),
    // Refused by the domain, pointing at the subject's own correction (subject-identity).
    ...(subject ? { subject: {} } : {}),
    ...(prohibitionTexts
      ? { prohibitionTexts: prohibitionTexts.map(({ prohibitionId, text, until }) => ({ prohibitionId, text, ...(until !== undefined ? { until } : {}) })) }
      : {}),
  };
  const correction = { type: 'CorrectRecord' as const, orderId, correctedOn: body.correctedOn, reason: body.reason, changes: changes as CorrectRecord['changes'] };
  return correction;
}
