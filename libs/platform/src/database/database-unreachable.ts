/**
 * Error codes that mean the database could not be reached or went away, not that a statement was
 * wrong: network failures, PostgreSQL's connection exceptions (class 08), a server shutting down or
 * starting up (57P01–57P03), no connection slots left (53300).
 */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);

// node-postgres reports a dropped or never-made connection by message alone.
const UNREACHABLE_MESSAGES = /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Client was closed and is not queryable)/;

/**
 * Why the database is unreachable, if that is what an error from TypeORM or node-postgres says (a
 * PostgreSQL server down or cut off), as opposed to a statement it refused: the code or name, for
 * logs and metrics, never a message (it may quote data). null: not an unreachable database. Looks
 * through TypeORM's `driverError` and Node's AggregateError (one error per address tried).
 */
export function whyDatabaseUnreachable(error: unknown): string | null {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const candidate = pending.pop() as { code?: unknown; message?: unknown; driverError?: unknown; errors?: unknown } | null;
    if (!candidate || typeof candidate !== 'object' || seen.has(candidate)) continue;
    seen.add(candidate);
    const code = typeof candidate.code === 'string' ? candidate.code : null;
    if (code && (UNREACHABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return code;
    if (typeof candidate.message === 'string' && UNREACHABLE_MESSAGES.test(candidate.message)) return 'connection-lost';
    pending.push(candidate.driverError);
    if (Array.isArray(candidate.errors)) pending.push(...candidate.errors);
  }
  return null;
}
