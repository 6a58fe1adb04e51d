import {
  type AppendResult,
  DuplicateEvent,
  EventStore,
  type ExpectedVersion,
  type NewEvent,
  type RecordedEvent,
  WrongExpectedVersion,
} from '../event-store.port.js';

/** For unit tests of handlers and projections: the same contract, no database. */
export class InMemoryEventStore extends EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly versions = new Map<string, number>();
  private readonly eventIds = new Set<string>();

  async append(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    const actual = this.versions.get(streamId) ?? 0;
    if (expected !== 'any' && expected !== actual) throw new WrongExpectedVersion(streamId, expected, actual);
    const duplicate = events.find((event) => this.eventIds.has(event.eventId));
    if (duplicate) throw new DuplicateEvent(duplicate.eventId);
    let version = actual;
    for (const event of events) {
      version += 1;
      const position = this.log.length + 1;
      this.log.push(structuredClone({ ...event, streamId, streamVersion: version, position, checkpoint: String(position) }));
      this.eventIds.add(event.eventId);
    }
    this.versions.set(streamId, version);
    this.notifyAppended();
    return { version, position: this.log.length };
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    return structuredClone(this.log.filter((event) => event.streamId === streamId));
  }

  async readAll(checkpoint: string | null, limit: number): Promise<RecordedEvent[]> {
    const after = checkpoint === null ? 0 : Number(checkpoint);
    return structuredClone(this.log.slice(after, after + limit));
  }

  override async headPosition(): Promise<number | null> {
    return this.log.length || null;
  }

  async isCovered(position: number, checkpoint: string | null): Promise<boolean> {
    return checkpoint !== null && position <= Number(checkpoint);
  }
}
