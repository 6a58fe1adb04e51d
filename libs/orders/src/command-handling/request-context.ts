import type { Actor } from '#domain';

/** What the edge knows about the request a command came in on. */
export interface RequestContext {
  actor: Actor;
  /** The order version the client last saw (If-Match); a mismatch is a 409, never a retry. */
  ifMatch?: number;
  /** Idempotency-Key: the same key from the same user is the same command. */
  idempotencyKey?: string;
  correlationId: string;
}

export interface CommandOutcome {
  orderId: string;
  version: number;
  position: number;
}

/** The order or subject is not at the version the client last read (If-Match), or moved on under a retry. */
export class VersionMismatch extends Error {
  constructor(
    readonly stream: 'order' | 'subject',
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`The ${stream} is at version ${actual}, not ${expected}: reload it and try again.`);
  }
}

/** An Idempotency-Key already used by this user for a different request. */
export class IdempotencyKeyReused extends Error {
  constructor() {
    super('This Idempotency-Key was already used for a different request; use a new key for a new request.');
  }
}
