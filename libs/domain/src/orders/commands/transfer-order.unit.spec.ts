import type { ForceCode } from '#forces';
import type { IsoDate } from '../../dates/iso-date.js';
import { NotPermitted, OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { OrderEvent } from '../events.js';
import { replay } from '../evolve.js';
import { as, clock, kent, managerOf, NOT_ORDER_MANAGERS, ORDER_ID, orderMade, sussex } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { TransferOrder } from './transfer-order.js';

// The default order: a Kent STPO made 2025-03-10.
const made = orderMade();

function transfer(overrides: Partial<TransferOrder> = {}): TransferOrder {
  return { type: 'TransferOrder', orderId: ORDER_ID, toForce: 'sussex', transferredOn: '2026-01-01', ...overrides };
}

function changed(fromForce: ForceCode, toForce: ForceCode, transferredOn: IsoDate): OrderEvent {
  return { type: 'OwningForceChanged', data: { orderId: ORDER_ID, fromForce, toForce, transferredOn } };
}

describe('TransferOrder (R39)', () => {
  describe('accepted', () => {
    it('the owning force hands management to another force, which now owns it; Kent keeps read access', () => {
      const [event] = given([made]).when(transfer(), kent).then([changed('kent', 'sussex', '2026-01-01')]);
      expect(replay([made, event!])).toMatchObject({ owningForce: 'sussex', previousOwningForces: ['kent'] });
    });

    it('the new owner may transfer it on, on the same day or later', () => {
      given([made, changed('kent', 'sussex', '2026-01-01')]).when(transfer({ toForce: 'met' }), sussex).then([changed('sussex', 'met', '2026-01-01')]);
    });

    it('across a border, to Police Scotland', () => {
      given([made]).when(transfer({ toForce: 'police-scotland' }), kent).then([changed('kent', 'police-scotland', '2026-01-01')]);
    });
  });

  describe('refused: who may transfer it', () => {
    it.each(NOT_ORDER_MANAGERS.map((actor) => [actor.role, actor] as const))('a %s', (_role, actor) => {
      given([made]).when(transfer(), as(actor)).thenRejects(NotPermitted);
    });

    it('the receiving force: only the owner gives an order away', () => {
      given([made]).when(transfer(), sussex).thenRejects(NotPermitted);
    });

    it('the previous owner after the transfer', () => {
      given([made, changed('kent', 'sussex', '2026-01-01')]).when(transfer({ toForce: 'kent', transferredOn: '2026-02-01' }), kent).thenRejects(NotPermitted);
    });

    it('the clock', () => {
      given([made]).when(transfer(), clock).thenRejects(NotPermitted);
    });
  });

  describe('refused: the order and the transfer', () => {
    it('the order is not on the register', () => {
      given([]).when(transfer(), kent).thenRejects(OrderNotFound);
    });

    it('the order is no longer in force (order-not-in-force)', () => {
      const discharged: OrderEvent = { type: 'OrderDischarged', data: { orderId: ORDER_ID, court: 'Court', dischargedOn: '2025-06-01', consent: { subject: true, chiefOfficer: true } } };
      given([made, discharged]).when(transfer(), kent).thenRejects(RuleViolation, 'order-not-in-force');
    });

    it('to the force that already owns it (transfer-to-same-force)', () => {
      given([made]).when(transfer({ toForce: 'kent' }), kent).thenRejects(RuleViolation, 'transfer-to-same-force');
    });

    it('dated after today, before the order was made, or before the last transfer', () => {
      given([made]).when(transfer({ transferredOn: '2026-11-24' }), kent).thenRejects(RuleViolation, 'date-in-future');
      given([made]).when(transfer({ transferredOn: '2025-03-09' }), kent).thenRejects(RuleViolation, 'date-before-order-made');
      given([made, changed('kent', 'sussex', '2026-01-01')]).when(transfer({ toForce: 'met', transferredOn: '2025-12-31' }), as(managerOf('sussex'))).thenRejects(RuleViolation, 'date-before-last-transfer');
    });
  });
});
