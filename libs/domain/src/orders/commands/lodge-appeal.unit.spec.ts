import type { IsoDate } from '../../dates/iso-date.js';
import { NotPermitted, OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { OrderEvent } from '../events.js';
import { as, clock, kent, makeOrder, managerOf, NOT_ORDER_MANAGERS, ORDER_ID, orderMade, prohibition } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { LodgeAppeal } from './lodge-appeal.js';

// The default order: a Kent STPO made 2025-03-10.
const made = orderMade();

function lodge(overrides: Partial<LodgeAppeal> = {}): LodgeAppeal {
  return { type: 'LodgeAppeal', orderId: ORDER_ID, appealId: 'appeal-1', court: 'Court of Appeal (Criminal Division)', lodgedOn: '2025-04-01', ...overrides };
}

function lodged(command: LodgeAppeal): OrderEvent {
  const { type: _type, ...data } = command;
  return { type: 'AppealLodged', data };
}

function determined(appealId: string, outcome: 'dismissed' | 'quashed', decidedOn: IsoDate): OrderEvent {
  return { type: 'AppealDetermined', data: { orderId: ORDER_ID, appealId, outcome, decidedOn, variation: null } };
}

describe('LodgeAppeal (R27-R30)', () => {
  describe('accepted', () => {
    it('records the appeal and its court; the order stays in force (R30)', () => {
      const command = lodge();
      given([made]).when(command, kent).then([lodged(command)]);
    });

    it('on the day the order was made, and on today', () => {
      given([made]).when(lodge({ lodgedOn: '2025-03-10' }), kent).then([lodged(lodge({ lodgedOn: '2025-03-10' }))]);
      given([made]).when(lodge({ lodgedOn: '2026-11-23' }), kent).then([lodged(lodge({ lodgedOn: '2026-11-23' }))]);
    });

    it('a second appeal once the first has been determined', () => {
      const second = lodge({ appealId: 'appeal-2', lodgedOn: '2026-01-01' });
      given([made, lodged(lodge()), determined('appeal-1', 'dismissed', '2025-06-01')]).when(second, kent).then([lodged(second)]);
    });

    it('against an interim order (R27: to the Crown Court)', () => {
      const interim = orderMade(makeOrder({ orderType: 'INTERIM_STPO', prohibitions: [prohibition('p-1', '2025-09-01')] }));
      const command = lodge({ court: 'Maidstone Crown Court' });
      given([interim]).when(command, kent).then([lodged(command)]);
    });
  });

  describe('refused: who may record it (API.md roles)', () => {
    it.each(NOT_ORDER_MANAGERS.map((actor) => [actor.role, actor] as const))('a %s', (_role, actor) => {
      given([made]).when(lodge(), as(actor)).thenRejects(NotPermitted);
    });

    it('an order manager of another force, and the clock', () => {
      given([made]).when(lodge(), as(managerOf('sussex'))).thenRejects(NotPermitted);
      given([made]).when(lodge(), clock).thenRejects(NotPermitted);
    });
  });

  describe('refused: the order', () => {
    it('is not on the register', () => {
      given([]).when(lodge(), kent).thenRejects(OrderNotFound);
    });

    it('is no longer in force: quashed on an earlier appeal (order-not-in-force)', () => {
      given([made, lodged(lodge()), determined('appeal-1', 'quashed', '2025-06-01')])
        .when(lodge({ appealId: 'appeal-2', lodgedOn: '2025-07-01' }), kent)
        .thenRejects(RuleViolation, 'order-not-in-force');
    });

    it('is no longer in force: discharged (order-not-in-force)', () => {
      const discharged: OrderEvent = { type: 'OrderDischarged', data: { orderId: ORDER_ID, court: 'Court', dischargedOn: '2025-06-01', consent: { subject: true, chiefOfficer: true } } };
      given([made, discharged]).when(lodge(), kent).thenRejects(RuleViolation, 'order-not-in-force');
    });
  });

  describe('refused: the appeal', () => {
    it('lodged after today (date-in-future) or before the order was made (date-before-order-made)', () => {
      given([made]).when(lodge({ lodgedOn: '2026-11-24' }), kent).thenRejects(RuleViolation, 'date-in-future');
      given([made]).when(lodge({ lodgedOn: '2025-03-09' }), kent).thenRejects(RuleViolation, 'date-before-order-made');
    });

    it('with no court (appeal-court-missing)', () => {
      given([made]).when(lodge({ court: ' ' }), kent).thenRejects(RuleViolation, 'appeal-court-missing');
    });

    it('with an id already used (duplicate-appeal-id) or none (appeal-id-missing)', () => {
      given([made, lodged(lodge()), determined('appeal-1', 'dismissed', '2025-06-01')]).when(lodge({ lodgedOn: '2025-07-01' }), kent).thenRejects(RuleViolation, 'duplicate-appeal-id');
      given([made]).when(lodge({ appealId: '' }), kent).thenRejects(RuleViolation, 'appeal-id-missing');
    });

    it('while another appeal is pending (appeal-pending)', () => {
      given([made, lodged(lodge())]).when(lodge({ appealId: 'appeal-2' }), kent).thenRejects(RuleViolation, 'appeal-pending');
    });
  });
});
