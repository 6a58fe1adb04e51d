import type { IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import { prohibitionsInForceOn } from '../queries/prohibitions-in-force-on.js';
import { isOrderInForce, type OrderInForce, type OrderInForceOrEnded } from '../state.js';

/** Only an order in force can be varied or discharged (s20, s27): an ended order has nothing left to change. */
export function requireOrderInForce(state: OrderInForceOrEnded, doing: string): asserts state is OrderInForce {
  if (!isOrderInForce(state)) {
    throw new RuleViolation('order-not-in-force', `Order ${state.orderId} is ${state.status}; an order no longer in force cannot be ${doing}.`);
  }
}

/** An order whose every prohibition had run out by `day` had ended then, whether or not the clock has said so yet. */
export function requireOrderInForceOn(state: OrderInForce, day: IsoDate, doing: string, field: string): void {
  if (prohibitionsInForceOn(state, day).length === 0) {
    throw new RuleViolation(
      'order-not-in-force',
      `No prohibition of order ${state.orderId} was in force on ${day}, so the order had ended and cannot be ${doing} on that day.`,
      field,
    );
  }
}
