import { Injectable } from '@nestjs/common';
import { decideSubject, evolveSubject, isSubjectEvent, replaySubject, SUBJECT_EVENT_SCHEMA_VERSIONS, type SubjectCommand, type SubjectEvent, type SubjectState, subjectStreamId, type SubjectId } from '#domain';
import { DuplicateEvent, EventStore, type RecordedEvent, WrongExpectedVersion } from '#event-store';
import { Clock } from '#platform';
import { eventsToAppend, fingerprintOf, ownEventsIn } from './events-to-append.js';
import { IdempotencyKeyReused, type RequestContext, VersionMismatch } from './request-context.js';

const MOST_ATTEMPTS = 5;

export interface SubjectOutcome {
  subjectId: string;
  version: number;
  position: number;
  /** The subject as the register holds them once the command is recorded. */
  state: SubjectState;
}

/** A subject's stream as the decider sees it. */
export interface SubjectHistory {
  state: SubjectState;
  version: number;
  events: RecordedEvent[];
}

/**
 * The command-handling shell for a subject's identity stream: read, fold, decide, append with
 * the version read. A replay of a command already recorded changes nothing.
 */
@Injectable()
export class SubjectCommandHandling {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async historyOf(subjectId: SubjectId): Promise<SubjectHistory> {
    const events = await this.store.readStream(subjectStreamId(subjectId));
    return { events, version: events.at(-1)?.streamVersion ?? 0, state: replaySubject(events.map(asSubjectEvent)) };
  }

  async handle(command: SubjectCommand, commandId: string, request: RequestContext): Promise<SubjectOutcome> {
    const fingerprint = fingerprintOf(command);
    for (let attempt = 1; ; attempt++) {
      const history = await this.historyOf(command.subjectId);
      const replayed = ownEventsIn(history.events, commandId, fingerprint);
      if (replayed) return { subjectId: command.subjectId, version: replayed.streamVersion, position: replayed.position, state: history.state };
      if (request.ifMatch !== undefined && request.ifMatch !== history.version) {
        throw new VersionMismatch('subject', request.ifMatch, history.version);
      }
      const decided = decideSubject(command, history.state, { actor: request.actor, today: this.clock.today() });
      if (decided.length === 0) {
        return { subjectId: command.subjectId, version: history.version, position: history.events.at(-1)?.position ?? 0, state: history.state };
      }
      const events = eventsToAppend(decided, SUBJECT_EVENT_SCHEMA_VERSIONS, commandId, fingerprint, request, this.clock.now(), 'subject-');
      try {
        const appended = await this.store.append(subjectStreamId(command.subjectId), events, history.version);
        return { subjectId: command.subjectId, version: appended.version, position: appended.position, state: decided.reduce(evolveSubject, history.state) };
      } catch (error) {
        if (error instanceof DuplicateEvent) throw new IdempotencyKeyReused();
        const retry = error instanceof WrongExpectedVersion && request.ifMatch === undefined && attempt < MOST_ATTEMPTS;
        if (!retry) throw error instanceof WrongExpectedVersion ? new VersionMismatch('subject', history.version, error.actual) : error;
      }
    }
  }
}

export function asSubjectEvent(recorded: { type: string; data: unknown }): SubjectEvent {
  const event = { type: recorded.type, data: recorded.data } as SubjectEvent;
  if (!isSubjectEvent(event)) throw new Error(`not a subject event: ${recorded.type}`);
  return event;
}
