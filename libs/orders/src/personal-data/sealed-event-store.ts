import { ORDER_STREAM_PREFIX, SUBJECT_STREAM_PREFIX } from '#domain';
import { type AppendResult, EventStore, type ExpectedVersion, type NewEvent, type RecordedEvent, type StreamAppend } from '#event-store';
import { openField, sealField } from './field-cipher.js';
import { isSealedField, mapPersonalFields, PERSONAL_FIELDS } from './personal-fields.js';
import type { SubjectKey, SubjectKeys } from './subject-keys.js';

/** What the sealing store needs of the keys (SubjectKeys in PostgreSQL). */
export type SubjectKeyring = Pick<SubjectKeys, 'keysOf' | 'keysMadeFor' | 'subjectsOfOrders' | 'linkOrders'>;

/**
 * The log as the application sees it (crypto-shredding, decision issue12-erasure): on append each
 * personal field of an event is sealed under its subject's key; on read it is opened, or read as
 * the erased marker once that key is destroyed. Events the log held before sealing began stay as
 * they were written. Everything else is the store underneath.
 */
export class SealedEventStore extends EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly keys: SubjectKeyring,
  ) {
    super();
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    const [sealed] = await this.sealAll([{ streamId, events, expected }]);
    return this.inner.append(sealed.streamId, sealed.events, sealed.expected);
  }

  override async appendEach(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    return this.inner.appendEach(await this.sealAll(appends));
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    return this.openAll(await this.inner.readStream(streamId));
  }

  async readAll(checkpoint: string | null, limit: number): Promise<RecordedEvent[]> {
    return this.openAll(await this.inner.readAll(checkpoint, limit));
  }

  isCovered(position: number, checkpoint: string | null): Promise<boolean> {
    return this.inner.isCovered(position, checkpoint);
  }

  override headPosition(): Promise<number | null> {
    return this.inner.headPosition();
  }

  override close(): Promise<void> {
    return this.inner.close();
  }

  override onAppended(listener: () => void): () => void {
    return this.inner.onAppended(listener);
  }

  override wake(): void {
    this.inner.wake();
  }

  /**
   * A subject's key is made with their registration; an order is linked to its subject when made,
   * so its later events find the key. A subject with no key was recorded before sealing began: their
   * events stay plaintext. An erased subject's new personal fields are written as the marker.
   */
  private async sealAll(appends: readonly StreamAppend[]): Promise<StreamAppend[]> {
    const personal = appends.flatMap(({ streamId, events }) => events.filter((event) => PERSONAL_FIELDS[event.type]).map((event) => ({ streamId, event })));
    if (personal.length === 0) return [...appends];
    const registered = personal.filter(({ event }) => event.type === 'SubjectRegistered').map(({ streamId }) => subjectOfStream(streamId) as string);
    const links = new Map<string, string>();
    for (const { streamId, event } of personal) {
      if (event.type === 'OrderMade') links.set(orderOfStream(streamId) as string, (event.data.subject as { subjectId: string }).subjectId);
    }
    const orderIds = personal.map(({ streamId }) => orderOfStream(streamId)).filter((id): id is string => id !== null && !links.has(id));
    const linked = await this.keys.subjectsOfOrders(orderIds);
    const subjectOf = (streamId: string): string | undefined => subjectOfStream(streamId) ?? links.get(orderOfStream(streamId) ?? '') ?? linked.get(orderOfStream(streamId) ?? '');
    const keys = await this.keys.keysMadeFor(registered);
    const others = personal.map(({ streamId }) => subjectOf(streamId)).filter((id): id is string => id !== undefined && !keys.has(id));
    for (const [subjectId, key] of await this.keys.keysOf(others)) keys.set(subjectId, key);
    await this.keys.linkOrders(new Map([...links].filter(([, subjectId]) => keys.has(subjectId))));
    return appends.map((append) => {
      const subjectId = subjectOf(append.streamId);
      const key = subjectId === undefined ? undefined : keys.get(subjectId);
      if (subjectId === undefined || key === undefined) return append;
      return { ...append, events: append.events.map((event) => sealEvent(event, subjectId, key)) };
    });
  }

  private async openAll(recorded: RecordedEvent[]): Promise<RecordedEvent[]> {
    const subjects = new Set<string>();
    for (const event of recorded) {
      mapPersonalFields(event.type, event.data, (value) => {
        if (isSealedField(value)) subjects.add(value.subject);
        return value;
      });
    }
    if (subjects.size === 0) return recorded;
    const keys = await this.keys.keysOf([...subjects]);
    return recorded.map((event) => openEvent(event, keys));
  }
}

export function sealEvent<E extends NewEvent>(event: E, subjectId: string, key: SubjectKey): E {
  const data = mapPersonalFields(event.type, event.data, (value, field) => (key === 'erased' ? field.erased : sealField(key, subjectId, event.eventId, field.path, value)));
  return { ...event, data };
}

/** Opens what this subject's key opens; a destroyed (or missing) key reads as the marker. */
export function openEvent<E extends NewEvent>(event: E, keys: ReadonlyMap<string, SubjectKey>): E {
  const data = mapPersonalFields(event.type, event.data, (value, field) => {
    if (!isSealedField(value)) return value;
    const key = keys.get(value.subject);
    if (key === undefined || key === 'erased') return field.erased;
    const opened = openField(key, event.eventId, field.path, value);
    if (opened === undefined) throw new Error(`a personal field of event ${event.eventId} does not open under its subject's key`);
    return opened;
  });
  return data === event.data ? event : { ...event, data };
}

function subjectOfStream(streamId: string): string | null {
  return streamId.startsWith(SUBJECT_STREAM_PREFIX) ? streamId.slice(SUBJECT_STREAM_PREFIX.length) : null;
}

function orderOfStream(streamId: string): string | null {
  return streamId.startsWith(ORDER_STREAM_PREFIX) ? streamId.slice(ORDER_STREAM_PREFIX.length) : null;
}
