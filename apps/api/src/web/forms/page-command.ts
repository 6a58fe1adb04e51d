import { randomUUID } from 'node:crypto';
import type { Principal } from '#identity';
import type { RequestContext } from '#orders';
import { actorOf } from '../../orders/request-context.from-http.js';
import type { PageRequest } from '../session/page-access.guard.js';
import type { FormBody } from './form-bodies.js';
import { text } from './form-fields.js';

/** What a form carries besides its fields: the version it was opened at, and the key made when it was drawn. */
export interface FormState {
  version: number | undefined;
  idempotencyKey: string;
}

/**
 * A form's version and key, read strictly: a missing or mangled version falls back to `openedAt`
 * (the order's own) or none, a mangled key to a new one.
 */
export function formState(form: FormBody, openedAt?: number): FormState {
  const key = text(form._idempotencyKey);
  return { version: formVersion(form, openedAt), idempotencyKey: /^[\x21-\x7e]{1,200}$/.test(key) ? key : randomUUID() };
}

/** The version of the record a form was opened at, or `openedAt` when it carries none that reads. */
export function formVersion(form: FormBody, openedAt?: number): number | undefined {
  const version = text(form._version);
  return /^\d{1,9}$/.test(version) ? Number(version) : openedAt;
}

/**
 * A form's command context, as the API's is built from its headers: the version as If-Match, so a
 * stale form is refused; the key as Idempotency-Key, so a form sent twice records once.
 */
export function pageCommandContext(request: PageRequest, principal: Principal, state: FormState): RequestContext {
  return { actor: actorOf(principal), ifMatch: state.version, idempotencyKey: state.idempotencyKey, correlationId: String(request.id) };
}
