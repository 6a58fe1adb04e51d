import { whyDatabaseUnreachable } from '#platform';
import { LogUnavailable } from './event-store.port.js';

/**
 * What is out of reach, when an error says the log or the database cannot be reached just now:
 * "the log (UnavailableError)", "the database (ECONNREFUSED)". null for any other error. Names a
 * class or code only, never a message (it may quote a subject's data).
 */
export function describeOutage(error: unknown): string | null {
  if (error instanceof LogUnavailable) return `the log (${error.reason})`;
  const why = whyDatabaseUnreachable(error);
  return why ? `the database (${why})` : null;
}
