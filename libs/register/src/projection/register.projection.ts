import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  activeParties,
  evolve,
  initialState,
  isCrossBorder,
  isOrderInForce,
  isSubjectEvent,
  ORDER_STREAM_PREFIX,
  type OrderEvent,
  type OrderInForceOrEnded,
  type OrderState,
  SUBJECT_STREAM_PREFIX,
  type SubjectEvent,
  upcast,
} from '#domain';
import type { Projection, RecordedEvent } from '#event-store';
import { SubjectIndexWriter } from './subject-index.writer.js';
import { aliasRows, notifiedNameAsAlias, subjectNameRows } from './subject-names.js';


/**
 * Keeps the register: folds each order event with the domain's own `evolve`, so the register
 * can never disagree with the decider about an order's status, and writes down what queries need.
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

  async apply(recorded: RecordedEvent, tx: EntityManager): Promise<void> {
    if (recorded.streamId.startsWith(SUBJECT_STREAM_PREFIX)) {
      const event = { type: recorded.type, data: recorded.data } as SubjectEvent;
      if (isSubjectEvent(event)) await this.applySubjectEvent(event, new SubjectIndexWriter(tx));
      return;
    }
    if (!recorded.streamId.startsWith(ORDER_STREAM_PREFIX)) return;
    const event = upcast(recorded.type, recorded.data, recorded.metadata.schemaVersion);
    const orderId = recorded.streamId.slice(ORDER_STREAM_PREFIX.length);
    const [row]: { state: OrderState; version: number }[] = await tx.query(
      `SELECT state, version FROM register_orders WHERE order_id = $1`,
      [orderId],
    );
    if (row && row.version >= recorded.streamVersion) return;
    const state = evolve(row?.state ?? initialState, event);
    if (state.status === 'none') return;
    await this.writeOrder(tx, state, recorded);
    await this.writeSubjectSide(event, state, new SubjectIndexWriter(tx));
    await this.writeProhibitionsInForce(tx, state);
  }

  /** A subject's identity comes from their own stream only: nothing an order says renames them. */
  private async applySubjectEvent(event: SubjectEvent, writer: SubjectIndexWriter): Promise<void> {
    const { subjectId } = event.data;
    switch (event.type) {
      case 'SubjectRegistered': {
        const { aliases, ...particulars } = event.data;
        if (!(await writer.insertSubject(subjectId, particulars, false))) return;
        await writer.addNames(subjectId, subjectNameRows({ ...particulars, aliases }));
        break;
      }
      case 'SubjectAliasesAdded':
        await writer.addNames(subjectId, aliasRows(event.data.aliases));
        break;
      case 'SubjectParticularsCorrected': {
        const current = await writer.subjectOf(subjectId);
        if (!current) return;
        const { aliases, ...changes } = event.data.changes;
        const { names: _names, ...held } = current;
        const corrected = { ...held, ...changes };
        await writer.updateSubject(subjectId, corrected);
        await writer.removeNames(subjectId, 'recorded');
        await writer.addNames(subjectId, subjectNameRows({ ...corrected, aliases: [] }));
        if (aliases) {
          await writer.removeNames(subjectId, 'aliases');
          await writer.addNames(subjectId, aliasRows(aliases));
        }
        await writer.indexSubject(subjectId, birthYearOf(corrected.dateOfBirth));
        return;
      }
    }
    const subject = await writer.subjectOf(subjectId);
    if (subject) await writer.indexSubject(subjectId, birthYearOf(subject.dateOfBirth));
  }

  /**
   * An order puts its subject among those with orders, and names the subject notifies become
   * searchable aliases (R16-R17). A log written before subjects had streams registers the subject
   * from the first order that names them.
   */
  private async writeSubjectSide(event: OrderEvent, state: OrderInForceOrEnded, writer: SubjectIndexWriter): Promise<void> {
    const { subject } = state;
    if (event.type === 'OrderMade' && !(await writer.markHasOrders(subject.subjectId))) {
      await writer.insertSubject(subject.subjectId, { ...subject, croNumber: null }, true);
      await writer.addNames(subject.subjectId, subjectNameRows(subject));
      await writer.indexSubject(subject.subjectId, birthYearOf(subject.dateOfBirth));
    }
    if (event.type === 'NotificationReceived' && event.data.names.length > 0) {
      await writer.addNames(subject.subjectId, aliasRows(event.data.names.map(notifiedNameAsAlias)));
      await writer.indexSubject(subject.subjectId, birthYearOf(subject.dateOfBirth));
    }
  }

  private async writeOrder(tx: EntityManager, state: OrderInForceOrEnded, recorded: RecordedEvent) {
    const forces = [...new Set(activeParties(state))].sort();
    const { notification } = state;
    // Only an order still in force, whose subject has not notified and has not yet been marked late, is due.
    const notificationDue =
      isOrderInForce(state) && notification.required && !notification.receivedOn && !notification.overdueSince ? notification.dueBy : null;
    await tx.query(
      `INSERT INTO register_orders (order_id, subject_id, order_type, status, owning_force, made_on, forces, version, position, state,
                                    notification_due_by, cross_border, in_force_until)
       VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8, $9, $10::jsonb, $11::date, $12, $13::date)
       ON CONFLICT (order_id) DO UPDATE SET
         status = EXCLUDED.status, owning_force = EXCLUDED.owning_force, forces = EXCLUDED.forces,
         version = EXCLUDED.version, position = EXCLUDED.position, state = EXCLUDED.state,
         notification_due_by = EXCLUDED.notification_due_by, cross_border = EXCLUDED.cross_border, in_force_until = EXCLUDED.in_force_until`,
      [
        state.orderId,
        state.subject.subjectId,
        state.orderType,
        state.status,
        state.owningForce,
        state.madeOn,
        forces,
        recorded.streamVersion,
        recorded.position,
        JSON.stringify(state),
        notificationDue,
        isCrossBorder(state),
        inForceUntil(state),
      ],
    );
  }

  private async writeProhibitionsInForce(tx: EntityManager, state: OrderInForceOrEnded) {
    await tx.query(`DELETE FROM register_prohibitions_in_force WHERE order_id = $1`, [state.orderId]);
    for (const prohibition of state.prohibitions) {
      if (prohibition.status !== 'in-force' || prohibition.until === null) continue;
      await tx.query(
        `INSERT INTO register_prohibitions_in_force (order_id, prohibition_id, until) VALUES ($1, $2, $3::date)`,
        [state.orderId, prohibition.prohibitionId, prohibition.until],
      );
    }
  }
}

/**
 * The last day the order is in force by its own dates, so a read can judge "in force today" without
 * waiting for the clock to record an expiry: 'infinity' while a prohibition runs until further
 * order (R14), null once the order has ended.
 */
function inForceUntil(state: OrderInForceOrEnded): string | null {
  if (!isOrderInForce(state)) return null;
  const inForce = state.prohibitions.filter((p) => p.status === 'in-force');
  if (inForce.length === 0) return null;
  if (inForce.some((p) => p.until === null)) return 'infinity';
  return inForce.map((p) => p.until as string).sort().at(-1) as string;
}

function birthYearOf(dateOfBirth: string | null): number | null {
  return dateOfBirth ? Number(dateOfBirth.slice(0, 4)) : null;
}
