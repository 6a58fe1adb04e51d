// Callers validate force codes before an event is written, so reaching this is a bug, not bad input.
export class UnknownForceError extends Error {
  override readonly name = 'UnknownForceError';

  constructor(readonly forceCode: string) {
    super(`Unknown force code "${forceCode}"`);
  }
}
