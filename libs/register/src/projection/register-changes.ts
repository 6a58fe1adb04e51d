import {
  evolve,
  initialState,
  isSubjectEvent,
  ORDER_STREAM_PREFIX,
  type OrderState,
  SUBJECT_STREAM_PREFIX,
  type SubjectErased,
  type SubjectEvent,
  type SubjectParticularsCorrected,
  upcast,
} from '#domain';
import type { RecordedEvent } from '#event-store';
import { type OrderRow, orderRowOf } from './order-row.js';
import { type HeldParticulars, isGathered, SubjectChanges } from './subject-changes.js';
import { aliasRows, type SubjectNameRow, subjectNameRows } from './subject-names.js';

/** An order as the register holds it: the decider's state and the last version folded in. */
export interface HeldOrder {
  state: OrderState;
  version: number;
}

/**
 * What a batch does to the register: the row of each order it changed, and the subject side as
 * runs of changes with each correction between them (a correction reads the subject as held, so
 * what came before it is written first).
 */
export interface RegisterChanges {
  orders: OrderRow[];
  subjects: (SubjectChanges | SubjectParticularsCorrected | SubjectErased)[];
}

/**
 * Folds a batch over the orders the register holds, with the domain's own `evolve`, so the register
 * can never disagree with the decider about an order's status. An event the register already holds
 * (a replay) changes nothing. Subjects are as their own streams say: nothing an order says renames one.
 */
export function registerChangesOf(held: ReadonlyMap<string, HeldOrder>, batch: readonly RecordedEvent[]): RegisterChanges {
  const folded = new Map(held);
  const orders = new Map<string, OrderRow>();
  const subjects: RegisterChanges['subjects'] = [];
  let pending = new SubjectChanges();
  for (const recorded of batch) {
    if (recorded.streamId.startsWith(SUBJECT_STREAM_PREFIX)) {
      const event = { type: recorded.type, data: recorded.data } as SubjectEvent;
      if (!isSubjectEvent(event)) continue;
      if (isGathered(event)) {
        pending.subjectEvent(event);
        continue;
      }
      subjects.push(pending, event);
      pending = new SubjectChanges();
      continue;
    }
    if (!recorded.streamId.startsWith(ORDER_STREAM_PREFIX)) continue;
    const orderId = recorded.streamId.slice(ORDER_STREAM_PREFIX.length);
    const current = folded.get(orderId);
    if (current && current.version >= recorded.streamVersion) continue;
    const event = upcast(recorded.type, recorded.data, recorded.metadata.schemaVersion);
    const state = evolve(current?.state ?? initialState, event);
    if (state.status === 'none') continue;
    folded.set(orderId, { state, version: recorded.streamVersion });
    orders.set(orderId, orderRowOf(state, recorded.streamVersion, recorded.position));
    pending.orderEvent(event, state);
  }
  subjects.push(pending);
  return { orders: [...orders.values()], subjects: subjects.filter((step) => !(step instanceof SubjectChanges) || !step.isEmpty) };
}

/** A subject as corrected: their particulars, the names to hold now, and whether their aliases were replaced. */
export function correctedSubject(held: HeldParticulars, event: SubjectParticularsCorrected): { particulars: HeldParticulars; names: SubjectNameRow[]; aliasesReplaced: boolean } {
  const { aliases, ...changes } = event.data.changes;
  const particulars = { ...held, ...changes };
  const names = subjectNameRows({ ...particulars, aliases: [] });
  if (aliases) names.push(...aliasRows(aliases));
  return { particulars, names, aliasesReplaced: Boolean(aliases) };
}
