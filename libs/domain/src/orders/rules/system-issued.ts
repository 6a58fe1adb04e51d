import type { OrderId } from '../order-id.js';
import { RuleViolation } from '../../errors/domain-error.js';

/** A fact that follows from another order names that order, and it is a different one. */
export function requireOtherOrder(otherOrderId: OrderId, orderId: OrderId, field: string, what: string): void {
  if (otherOrderId.trim() === '') {
    throw new RuleViolation('order-id-missing', `Name the order that ${what}.`, field);
  }
  if (otherOrderId === orderId) {
    throw new RuleViolation('order-id-is-self', `An order cannot be the order that ${what} itself.`, field);
  }
}
