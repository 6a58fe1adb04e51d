import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ERASED_PARTICULARS, erasedOrderState, ORDER_STREAM_PREFIX, type SubjectErased, type SubjectParticularsCorrected } from '#domain';
import type { Projection, RecordedEvent } from '#event-store';
import { OrderRowsWriter } from './order-rows.writer.js';
import { correctedSubject, registerChangesOf } from './register-changes.js';
import { SubjectChanges } from './subject-changes.js';
import { SubjectIndexWriter } from './subject-index.writer.js';

/**
 * Keeps the register: `registerChangesOf` folds a batch over the orders held; this reads them,
 * and writes what changed in a few statements — order rows, subjects and the name index the
 * check searches.
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
    const orderIds = batch.filter((recorded) => recorded.streamId.startsWith(ORDER_STREAM_PREFIX)).map((recorded) => recorded.streamId.slice(ORDER_STREAM_PREFIX.length));
    const held = await orders.heldStates([...new Set(orderIds)]);
    const changes = registerChangesOf(held, batch);
    await orders.write(changes.orders, new Set(held.keys()));
    for (const step of changes.subjects) {
      if (step instanceof SubjectChanges) await subjects.write(step);
      else if (step.type === 'SubjectErased') await this.erase(step, subjects, orders);
      else await this.correct(step, subjects);
    }
  }

  /**
   * Crypto-shredding: the subject's key is destroyed, so their rows become what a rebuild from the
   * log now reads — the marker for every personal field, no names in the index, the orders' dates,
   * forces and statuses as they were.
   */
  private async erase(event: SubjectErased, subjects: SubjectIndexWriter, orders: OrderRowsWriter): Promise<void> {
    const { subjectId } = event.data;
    if (await subjects.subjectOf(subjectId)) await subjects.updateSubject(subjectId, { ...ERASED_PARTICULARS });
    const tokens = await subjects.tokensOf(subjectId);
    await subjects.removeNames(subjectId, 'recorded');
    await subjects.removeNames(subjectId, 'aliases');
    await subjects.index([subjectId]);
    await subjects.forgetUnborne(tokens);
    const held = await orders.statesOfSubject(subjectId);
    await orders.replaceStates(held.map(({ orderId, state }) => ({ orderId, state: erasedOrderState(state) })));
  }

  /** The only event that changes who a subject is. */
  private async correct(event: SubjectParticularsCorrected, subjects: SubjectIndexWriter): Promise<void> {
    const { subjectId } = event.data;
    const held = await subjects.subjectOf(subjectId);
    if (!held) return;
    const corrected = correctedSubject(held, event);
    await subjects.updateSubject(subjectId, corrected.particulars);
    await subjects.removeNames(subjectId, 'recorded');
    if (corrected.aliasesReplaced) await subjects.removeNames(subjectId, 'aliases');
    await subjects.addNames(corrected.names.map((name) => ({ subjectId, name })));
    await subjects.index([subjectId]);
  }
}
