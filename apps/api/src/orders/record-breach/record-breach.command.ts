import type { OrderId } from '#domain';
import type { OrderCommandAsSent } from '#orders';
import type { RecordBreachRequest } from './record-breach.request.dto.js';

/** The domain's command from the request (the API's JSON body or a page's form), less the ids STOR gives. */
export function recordBreachCommand(orderId: OrderId, body: RecordBreachRequest): OrderCommandAsSent {
  return {
    type: 'RecordBreach' as const,
    orderId,
    occurredOn: body.occurredOn,
    locationForce: body.locationForce,
    description: body.description,
    prohibitionIds: body.prohibitionIds ?? [],
    ...(body.requirements ? { requirements: [...body.requirements] } : {}),
  };
}
