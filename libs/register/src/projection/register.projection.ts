import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { activeParties, evolve, initialState, isCrossBorder, isOrderInForce, nameTokens, ORDER_STREAM_PREFIX, type OrderInForceOrEnded, type OrderState, upcast } from '#domain';
import type { Projection, RecordedEvent } from '#event-store';


/**
 * Keeps the register: folds each order event with the domain's own `evolve`, so the register
 * can never disagree with the decider about an order's status, and writes down what queries need.
 */
@Injectable()
export class RegisterProjection implements Projection {
  readonly name = 'register';
  readonly tables = ['register_orders', 'register_subjects', 'register_subject_names', 'register_prohibitions_in_force'] as const;

  async apply(recorded: RecordedEvent, tx: EntityManager): Promise<void> {
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
    if (event.type === 'OrderMade' || event.type === 'RecordCorrected') await this.writeSubject(tx, state);
    await this.writeProhibitionsInForce(tx, state);
  }

  private async writeOrder(tx: EntityManager, state: OrderInForceOrEnded, recorded: RecordedEvent) {
    const forces = [...new Set(activeParties(state))].sort();
    const { notification } = state;
    // Only an order still in force, whose subject has not notified and has not yet been marked late, is due.
    const notificationDue =
      isOrderInForce(state) && notification.required && !notification.receivedOn && !notification.overdueSince ? notification.dueBy : null;
    await tx.query(
      `INSERT INTO register_orders (order_id, subject_id, order_type, status, owning_force, made_on, forces, version, position, state,
                                    notification_due_by, cross_border)
       VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8, $9, $10::jsonb, $11::date, $12)
       ON CONFLICT (order_id) DO UPDATE SET
         status = EXCLUDED.status, owning_force = EXCLUDED.owning_force, forces = EXCLUDED.forces,
         version = EXCLUDED.version, position = EXCLUDED.position, state = EXCLUDED.state,
         notification_due_by = EXCLUDED.notification_due_by, cross_border = EXCLUDED.cross_border`,
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
      ],
    );
  }

  /** The latest order's details of a subject win; every name ever recorded stays searchable. */
  private async writeSubject(tx: EntityManager, state: OrderInForceOrEnded) {
    const { subject } = state;
    await tx.query(
      `INSERT INTO register_subjects (subject_id, forenames, surname, date_of_birth, pnc_id)
       VALUES ($1, $2, $3, $4::date, $5)
       ON CONFLICT (subject_id) DO UPDATE SET
         forenames = EXCLUDED.forenames, surname = EXCLUDED.surname,
         date_of_birth = COALESCE(EXCLUDED.date_of_birth, register_subjects.date_of_birth),
         pnc_id = COALESCE(EXCLUDED.pnc_id, register_subjects.pnc_id)`,
      [subject.subjectId, subject.forenames, subject.surname, subject.dateOfBirth, subject.pncId],
    );
    const names = [
      { forenames: subject.forenames, surname: subject.surname, isAlias: false },
      ...subject.aliases.map((alias) => ({ ...alias, isAlias: true })),
    ];
    for (const name of names) {
      await tx.query(
        `INSERT INTO register_subject_names (subject_id, forenames, surname, is_alias, tokens)
         VALUES ($1, $2, $3, $4, $5::text[])
         ON CONFLICT (subject_id, forenames, surname) DO UPDATE SET is_alias = register_subject_names.is_alias AND EXCLUDED.is_alias`,
        [subject.subjectId, name.forenames, name.surname, name.isAlias, nameTokens(`${name.forenames} ${name.surname}`)],
      );
    }
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

