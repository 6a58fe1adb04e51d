import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  evolve,
  initialState,
  isSubjectEvent,
  ORDER_STREAM_PREFIX,
  type OrderState,
  SUBJECT_STREAM_PREFIX,
  type SubjectEvent,
  type SubjectParticularsCorrected,
  upcast,
} from '#domain';
import type { Projection, RecordedEvent } from '#event-store';
import { type OrderRow, orderRowOf } from './order-row.js';
import { OrderRowsWriter } from './order-rows.writer.js';
import { SubjectChanges } from './subject-changes.js';
import { SubjectIndexWriter } from './subject-index.writer.js';
import { aliasRows, subjectNameRows } from './subject-names.js';

/**
 * Keeps the register: folds each order event with the domain's own `evolve`, so the register can
 * never disagree with the decider about an order's status, and keeps each subject as their own
 * stream says (nothing an order says renames a subject) with the name index the check searches.
 * A batch of events is folded in memory and written in a few statements.
 */
@Injectable()
export class RegisterProjection implements Projection {
  readonly name = 'register';
  readonly tables = [
    'register_orders',
    'register_subjects',
    'register_subject_names',
    'register_prohibitions_in_force',
    'register_name_tokens',
    'register_token_keys',
    'register_subject_tokens',
  ] as const;
  /** The batch that last changed a subject, which the held name index follows (decision 0020). */
  readonly bookkeeping = { register_subjects: ['indexed_at'] };

  apply(recorded: RecordedEvent, tx: EntityManager): Promise<void> {
    return this.applyBatch([recorded], tx);
  }

  async applyBatch(batch: readonly RecordedEvent[], tx: EntityManager): Promise<void> {
    const orders = new OrderRowsWriter(tx);
    const subjects = new SubjectIndexWriter(tx, batch.at(-1)?.position ?? 0);
    const held = await orders.heldStates([...new Set(batch.filter(isOrderEvent).map(orderIdOf))]);
    const heldBefore = new Set(held.keys());
    const changed = new Map<string, OrderRow>();
    let pending = new SubjectChanges();
    for (const recorded of batch) {
      if (recorded.streamId.startsWith(SUBJECT_STREAM_PREFIX)) {
        const event = { type: recorded.type, data: recorded.data } as SubjectEvent;
        if (!isSubjectEvent(event)) continue;
        if (event.type !== 'SubjectParticularsCorrected') {
          pending.subjectEvent(event);
          continue;
        }
        // A correction reads what is held, so what came before it is written first.
        await subjects.write(pending);
        pending = new SubjectChanges();
        await this.correct(event, subjects);
        continue;
      }
      if (!isOrderEvent(recorded)) continue;
      const orderId = orderIdOf(recorded);
      const current = held.get(orderId);
      if (current && current.version >= recorded.streamVersion) continue;
      const event = upcast(recorded.type, recorded.data, recorded.metadata.schemaVersion);
      const state: OrderState = evolve(current?.state ?? initialState, event);
      if (state.status === 'none') continue;
      held.set(orderId, { state, version: recorded.streamVersion });
      changed.set(orderId, orderRowOf(state, recorded.streamVersion, recorded.position));
      pending.orderEvent(event, state);
    }
    await orders.write([...changed.values()], heldBefore);
    await subjects.write(pending);
  }

  /** The only event that changes who a subject is. */
  private async correct(event: SubjectParticularsCorrected, subjects: SubjectIndexWriter): Promise<void> {
    const { subjectId } = event.data;
    const held = await subjects.subjectOf(subjectId);
    if (!held) return;
    const { aliases, ...changes } = event.data.changes;
    const corrected = { ...held, ...changes };
    await subjects.updateSubject(subjectId, corrected);
    await subjects.removeNames(subjectId, 'recorded');
    const names = subjectNameRows({ ...corrected, aliases: [] }).map((name) => ({ subjectId, name }));
    if (aliases) {
      await subjects.removeNames(subjectId, 'aliases');
      names.push(...aliasRows(aliases).map((name) => ({ subjectId, name })));
    }
    await subjects.addNames(names);
    await subjects.index([subjectId]);
  }
}

function isOrderEvent(recorded: RecordedEvent): boolean {
  return recorded.streamId.startsWith(ORDER_STREAM_PREFIX);
}

function orderIdOf(recorded: RecordedEvent): string {
  return recorded.streamId.slice(ORDER_STREAM_PREFIX.length);
}
