import type { Principal } from '#identity';
import type { RequestContext } from '#orders';
import { actorOf } from '../../orders/request-context.from-http.js';
import type { PageRequest } from '../session/page-access.guard.js';
import type { FormBody } from './form-bodies.js';
import { text } from './form-fields.js';

/**
 * A form's command context, as the API's is built from its headers: each form carries the order
 * version it was drawn from (If-Match, so a stale form is refused) and a key made when it was drawn
 * (Idempotency-Key, so a form sent twice records once).
 */
export function pageCommandContext(request: PageRequest, principal: Principal, form: FormBody): RequestContext {
  const key = text(form._idempotencyKey);
  const version = text(form._version);
  return {
    actor: actorOf(principal),
    ifMatch: /^\d{1,9}$/.test(version) ? Number(version) : undefined,
    idempotencyKey: /^[\x21-\x7e]{1,200}$/.test(key) ? key : undefined,
    correlationId: request.id,
  };
}
