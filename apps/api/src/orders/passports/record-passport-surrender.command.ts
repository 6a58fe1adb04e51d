import type { OrderId } from '#domain';
import type { OrderCommandAsSent } from '#orders';
import type { PassportSurrenderRequest } from './passports.request.dto.js';

/** The domain's command from the request (the API's JSON body or a page's form). */
export function recordPassportSurrenderCommand(orderId: OrderId, body: PassportSurrenderRequest): OrderCommandAsSent {
  return { type: 'RecordPassportSurrender' as const, orderId, surrenderedOn: body.surrenderedOn, passports: [...body.passports] };
}
