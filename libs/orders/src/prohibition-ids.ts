import type { ProhibitionTerms } from '#domain';
import { deterministicId } from '#platform';
import type { NewProhibition } from './make-order/make-order.command.js';

/** New prohibitions get ids from the command, so a replayed command names them the same. */
export function prohibitionTerms(commandId: string, prohibitions: NewProhibition[]): ProhibitionTerms[] {
  return prohibitions.map((prohibition, index) => ({
    prohibitionId: deterministicId(commandId, 'prohibition', String(index)),
    text: prohibition.text,
    until: prohibition.until,
    ...(prohibition.foreignTravel ? { foreignTravel: prohibition.foreignTravel } : {}),
  }));
}
