import type { RequestContext } from './request-context.js';

/** STOR itself — its clock and its policies — as the actor of the commands it issues. */
export function systemRequest(commandId: string): RequestContext {
  return { actor: { userId: 'stor-system', role: 'system', name: 'STOR' }, correlationId: commandId };
}
