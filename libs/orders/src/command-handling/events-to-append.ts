import { hash } from 'node:crypto';
import type { NewEvent, RecordedEvent } from '#event-store';
import { eventIdOf } from './new-ids.js';
import { IdempotencyKeyReused, type RequestContext } from './request-context.js';

/** A hash of the command as decided: the same Idempotency-Key with another request is caught by it. */
export function fingerprintOf(command: unknown): string {
  return hash('sha256', JSON.stringify(command), 'hex');
}

/**
 * Decided events as the log keeps them: ids derived from the command id (so a retry carries the
 * same ids), who asked, and the schema version each event type is written in.
 */
export function eventsToAppend(
  decided: readonly { type: string; data: unknown }[],
  schemaVersions: Readonly<Record<string, number>>,
  commandId: string,
  fingerprint: string,
  request: RequestContext,
  recordedAt: Date,
  idPrefix = '',
): NewEvent[] {
  return decided.map((event, index) => ({
    eventId: eventIdOf(commandId, index, idPrefix),
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: {
      schemaVersion: schemaVersions[event.type] as number,
      recordedAt: recordedAt.toISOString(),
      actor: { userId: request.actor.userId, role: request.actor.role, force: request.actor.force },
      commandId,
      commandFingerprint: fingerprint,
      correlationId: request.correlationId,
    },
  }));
}

/** The command already recorded in this stream, if it is a replay; a different command under its id is refused. */
export function ownEventsIn(history: readonly RecordedEvent[], commandId: string, fingerprint: string): RecordedEvent | null {
  const own = history.filter((event) => event.metadata.commandId === commandId);
  const last = own.at(-1);
  if (!last) return null;
  if (last.metadata.commandFingerprint !== fingerprint) throw new IdempotencyKeyReused();
  return last;
}
