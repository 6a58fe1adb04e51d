import type { EntityManager } from 'typeorm';
import type { OrderState } from '#domain';
import type { OrderRow } from './order-row.js';

/** The SQL of the order side of the register: read the held states of a batch's orders, write their rows in one go. */
export class OrderRowsWriter {
  constructor(private readonly tx: EntityManager) {}

  async heldStates(orderIds: readonly string[]): Promise<Map<string, { state: OrderState; version: number }>> {
    if (orderIds.length === 0) return new Map();
    const rows: { order_id: string; state: OrderState; version: number }[] = await this.tx.query(
      `SELECT order_id::text AS order_id, state, version FROM register_orders WHERE order_id = ANY($1::uuid[])`,
      [orderIds],
    );
    return new Map(rows.map((row) => [row.order_id, { state: row.state, version: row.version }]));
  }

  /** The held states of a subject's orders. */
  async statesOfSubject(subjectId: string): Promise<{ orderId: string; state: OrderState }[]> {
    const rows: { order_id: string; state: OrderState }[] = await this.tx.query(`SELECT order_id::text AS order_id, state FROM register_orders WHERE subject_id = $1`, [subjectId]);
    return rows.map((row) => ({ orderId: row.order_id, state: row.state }));
  }

  /** Replaces the held states of these orders, nothing else on their rows. */
  async replaceStates(rows: readonly { orderId: string; state: OrderState }[]): Promise<void> {
    if (rows.length === 0) return;
    await this.tx.query(
      `UPDATE register_orders o SET state = r.state FROM jsonb_to_recordset($1::jsonb) AS r(order_id uuid, state jsonb) WHERE o.order_id = r.order_id`,
      [JSON.stringify(rows.map((row) => ({ order_id: row.orderId, state: row.state })))],
    );
  }

  /** `held`: the orders the register held before this batch; only theirs can have prohibitions rows to replace. */
  async write(rows: readonly OrderRow[], held: ReadonlySet<string>): Promise<void> {
    if (rows.length === 0) return;
    await this.tx.query(
      `INSERT INTO register_orders (order_id, subject_id, order_type, status, owning_force, made_on, forces, version, position, state,
                                    notification_due_by, cross_border, in_force_until, obtained_by, breaches_recorded, last_day_to_warn)
       SELECT r.order_id, r.subject_id, r.order_type, r.status, r.owning_force, r.made_on,
              ARRAY(SELECT jsonb_array_elements_text(r.forces)), r.version, r.position, r.state,
              r.notification_due_by, r.cross_border, r.in_force_until, r.obtained_by, r.breaches_recorded, r.last_day_to_warn
         FROM jsonb_to_recordset($1::jsonb) AS r(order_id uuid, subject_id uuid, order_type text, status text, owning_force text, made_on date,
                                                 forces jsonb, version integer, position bigint, state jsonb,
                                                 notification_due_by date, cross_border boolean, in_force_until date,
                                                 obtained_by text, breaches_recorded integer, last_day_to_warn date)
       ON CONFLICT (order_id) DO UPDATE SET
         status = EXCLUDED.status, owning_force = EXCLUDED.owning_force, forces = EXCLUDED.forces,
         version = EXCLUDED.version, position = EXCLUDED.position, state = EXCLUDED.state,
         notification_due_by = EXCLUDED.notification_due_by, cross_border = EXCLUDED.cross_border, in_force_until = EXCLUDED.in_force_until,
         breaches_recorded = EXCLUDED.breaches_recorded, last_day_to_warn = EXCLUDED.last_day_to_warn`,
      [
        JSON.stringify(
          rows.map((row) => ({
            order_id: row.orderId,
            subject_id: row.subjectId,
            order_type: row.orderType,
            status: row.status,
            owning_force: row.owningForce,
            made_on: row.madeOn,
            forces: row.forces,
            version: row.version,
            position: row.position,
            state: row.state,
            notification_due_by: row.notificationDueBy,
            cross_border: row.crossBorder,
            in_force_until: row.inForceUntil,
            obtained_by: row.obtainedBy,
            breaches_recorded: row.breachesRecorded,
            last_day_to_warn: row.lastDayToWarn,
          })),
        ),
      ],
    );
    // An order's row and its prohibitions are written in one transaction: an order new to the
    // register has none yet (a national seed's usual case, and a look-up of each in a large index).
    const replaced = rows.map((row) => row.orderId).filter((orderId) => held.has(orderId));
    if (replaced.length > 0) await this.tx.query(`DELETE FROM register_prohibitions_in_force WHERE order_id = ANY($1::uuid[])`, [replaced]);
    const inForce = rows.flatMap((row) => row.prohibitionsInForce.map((p) => [row.orderId, p.prohibitionId, p.until] as const));
    if (inForce.length === 0) return;
    await this.tx.query(
      `INSERT INTO register_prohibitions_in_force (order_id, prohibition_id, until)
       SELECT unnest($1::uuid[]), unnest($2::text[]), unnest($3::date[])`,
      [inForce.map(([orderId]) => orderId), inForce.map(([, id]) => id), inForce.map(([, , until]) => until)],
    );
  }
}
