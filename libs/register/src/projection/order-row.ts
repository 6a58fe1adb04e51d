import { activeParties, isCrossBorder, obtainedBy, isOrderInForce, lastDayToWarnOf, type OrderInForceOrEnded, orderInForceUntil, prohibitionsInForce } from '#domain';

/** One order as the register table holds it: the decider's state and the columns queries filter on. */
export interface OrderRow {
  orderId: string;
  subjectId: string;
  orderType: string;
  status: string;
  owningForce: string;
  /** The force that owned it when it was made: who obtained it (a transfer moves management, not that). */
  obtainedBy: string;
  madeOn: string;
  /** Every force the order touches: owner (past and present), breach locations, notified addresses. */
  forces: string[];
  version: number;
  position: number;
  state: OrderInForceOrEnded;
  notificationDueBy: string | null;
  crossBorder: boolean;
  /** The last day in force by its own dates: 'infinity' until further order (R14), null once ended. */
  inForceUntil: string | null;
  /** Its last day in force while the owning force has still to be warned of it (the clock's expiry warning); null otherwise. */
  lastDayToWarn: string | null;
  breachesRecorded: number;
  /** Fixed prohibitions still in force, for the clock. */
  prohibitionsInForce: { prohibitionId: string; until: string }[];
}

/** The register's row for an order in this state: a pure function of the state the decider folded. */
export function orderRowOf(state: OrderInForceOrEnded, version: number, position: number): OrderRow {
  const { notification } = state;
  // Only an order still in force, whose subject has not notified and has not yet been marked late, is due.
  const notificationDueBy =
    isOrderInForce(state) && notification.required && !notification.receivedOn && !notification.overdueSince ? notification.dueBy : null;
  return {
    orderId: state.orderId,
    subjectId: state.subject.subjectId,
    orderType: state.orderType,
    status: state.status,
    owningForce: state.owningForce,
    obtainedBy: obtainedBy(state),
    madeOn: state.madeOn,
    forces: [...new Set(activeParties(state))].sort(),
    version,
    position,
    state,
    notificationDueBy,
    crossBorder: isCrossBorder(state),
    inForceUntil: inForceUntil(state),
    lastDayToWarn: lastDayToWarnOf(state),
    breachesRecorded: state.breaches.length,
    prohibitionsInForce: prohibitionsInForce(state)
      .filter((p) => p.until !== null)
      .map((p) => ({ prohibitionId: p.prohibitionId, until: p.until as string })),
  };
}

/**
 * The last day the order is in force by its own dates, so a read can judge "in force today" without
 * waiting for the clock to record an expiry: 'infinity' while a prohibition runs until further
 * order (R14), null once the order has ended.
 */
function inForceUntil(state: OrderInForceOrEnded): string | null {
  if (!isOrderInForce(state) || prohibitionsInForce(state).length === 0) return null;
  return orderInForceUntil(state) ?? 'infinity';
}
