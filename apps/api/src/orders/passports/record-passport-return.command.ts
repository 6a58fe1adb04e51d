import type { OrderId } from '#domain';
import type { OrderCommandAsSent } from '#orders';
import type { PassportReturnRequest } from './passports.request.dto.js';

/** The domain's command from the request (the API's JSON body or a page's form). */
export function recordPassportReturnCommand(orderId: OrderId, body: PassportReturnRequest): OrderCommandAsSent {
  return {
    type: 'RecordPassportReturn' as const,
    orderId,
    returnedOn: body.returnedOn,
    passports: [...body.passports],
    ...(body.returnedTo ? { returnedTo: body.returnedTo } : {}),
  };
}
