import { EVENT_SCHEMA_VERSIONS, type OrderEventType, SUBJECT_EVENT_SCHEMA_VERSIONS, type SubjectEvent } from '#domain';
import type { NewEvent } from '#event-store';
import type { DecidedEvent } from './order-life.js';

/**
 * The events as the app's command handling appends them (libs/orders order-command-handling.ts):
 * the same metadata, with `recordedAt` the day the fact was recorded — a synthetic register holds
 * ten years of history, not ten years recorded this afternoon.
 */
export function toNewEvents(decided: DecidedEvent[], correlationId: string): NewEvent[] {
  return decided.map((fact, index) => ({
    eventId: fact.eventId,
    type: fact.event.type,
    data: fact.event.data as Record<string, unknown>,
    metadata: {
      schemaVersion: schemaVersionOf(fact.event.type),
      recordedAt: `${fact.recordedOn}T09:${String(Math.floor(index / 60) % 60).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}.000Z`,
      actor: { userId: fact.actor.userId, role: fact.actor.role, force: fact.actor.force },
      commandId: fact.commandId,
      ...(fact.commandFingerprint ? { commandFingerprint: fact.commandFingerprint } : {}),
      correlationId,
    },
  }));
}

function schemaVersionOf(type: string): number {
  if (Object.hasOwn(SUBJECT_EVENT_SCHEMA_VERSIONS, type)) return SUBJECT_EVENT_SCHEMA_VERSIONS[type as SubjectEvent['type']];
  return EVENT_SCHEMA_VERSIONS[type as OrderEventType];
}
