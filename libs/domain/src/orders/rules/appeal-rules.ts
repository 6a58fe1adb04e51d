import { RuleViolation } from '../../errors/domain-error.js';
import type { Appeal, OrderInForceOrEnded } from '../state.js';

/** Appeals are named by id in their outcome, so an id means one appeal. */
export function requireNewAppealId(state: OrderInForceOrEnded, appealId: string): void {
  if (appealId.trim() === '') {
    throw new RuleViolation('appeal-id-missing', 'Each appeal needs an id.', 'appealId');
  }
  if (state.appeals.some((a) => a.appealId === appealId)) {
    throw new RuleViolation('duplicate-appeal-id', `An appeal with id ${appealId} is already recorded on order ${state.orderId}.`, 'appealId');
  }
}

/** One appeal at a time: the register records the appeal court's decision before another is lodged. */
export function requireNoAppealPending(state: OrderInForceOrEnded): void {
  const pending = state.appeals.find((a) => a.outcome === null);
  if (pending) {
    throw new RuleViolation(
      'appeal-pending',
      `Appeal ${pending.appealId} (lodged ${pending.lodgedOn} with ${pending.court}) is still undecided; record its outcome before lodging another.`,
      'appealId',
    );
  }
}

/** The outcome of an appeal is recorded once, against an appeal the register holds. */
export function requirePendingAppeal(state: OrderInForceOrEnded, appealId: string): Appeal {
  const appeal = state.appeals.find((a) => a.appealId === appealId);
  if (!appeal) {
    throw new RuleViolation('unknown-appeal', `Order ${state.orderId} has no appeal ${appealId}.`, 'appealId');
  }
  if (appeal.outcome !== null) {
    throw new RuleViolation('appeal-already-determined', `Appeal ${appealId} was already determined (${appeal.outcome}) on ${appeal.decidedOn}.`, 'appealId');
  }
  return appeal;
}
