import type { OrderId } from '../order-id.js';
import { NotPermitted, OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { OrderEvent } from '../events.js';
import { DEFAULT_LEGAL_CONFIG } from '../legal-config.js';
import { ORDER_TYPES, type OrderType } from '../order-type.js';
import { supersedes } from '../rules/r13-supersession.js';
import { as, clock, kent, makeOrder, ORDER_ID, orderMade, orderVaried, PEOPLE, prohibition, TODAY } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { SupersedeOrder } from './supersede-order.js';

// The default order: a Kent STPO made 2025-03-10 with p-1 (until further order) and p-2 (to 2030-03-09).
const made = orderMade();

function supersede(overrides: Partial<SupersedeOrder> = {}): SupersedeOrder {
  return { type: 'SupersedeOrder', orderId: ORDER_ID, supersededBy: 'order-2' as OrderId, supersededOn: '2026-06-01', ...overrides };
}

function superseded(command: SupersedeOrder): OrderEvent {
  return { type: 'OrderSuperseded', data: { orderId: ORDER_ID, supersededBy: command.supersededBy, supersededOn: command.supersededOn } };
}

describe('SupersedeOrder (R13)', () => {
  describe('accepted', () => {
    it('a later STPO ends an STPO in force (s17(6))', () => {
      const command = supersede({ byOrderType: 'STPO' });
      given([made]).when(command, clock).then([superseded(command)]);
    });

    it('without the new order type, as the application layer has already applied `supersedes`', () => {
      const command = supersede();
      given([made]).when(command, clock).then([superseded(command)]);
    });

    it('a later STRO ends an STRO (s24(6), configured default)', () => {
      const stro = orderMade(makeOrder({ orderType: 'STRO' }));
      const command = supersede({ byOrderType: 'STRO' });
      given([stro]).when(command, clock).then([superseded(command)]);
    });

    it('an STPO ends an STRO when configured to (stpoEndsStro)', () => {
      const stro = orderMade(makeOrder({ orderType: 'STRO' }));
      const command = supersede({ byOrderType: 'STPO' });
      given([stro]).when(command, as(clock.actor, TODAY, { ...DEFAULT_LEGAL_CONFIG, stpoEndsStro: true })).then([superseded(command)]);
    });

    it('on the day the order was made, and on today', () => {
      given([made]).when(supersede({ supersededOn: '2025-03-10' }), clock).then([superseded(supersede({ supersededOn: '2025-03-10' }))]);
      given([made]).when(supersede({ supersededOn: TODAY }), clock).then([superseded(supersede({ supersededOn: TODAY }))]);
    });
  });

  describe('refused', () => {
    it.each(PEOPLE.map((actor) => [actor.role, actor] as const))('issued by a %s: only the register itself supersedes', (_role, actor) => {
      given([made]).when(supersede(), as(actor)).thenRejects(NotPermitted);
    });

    it('an order manager of the owning force cannot supersede by hand', () => {
      given([made]).when(supersede(), kent).thenRejects(NotPermitted);
    });

    it('the order is not on the register', () => {
      given([]).when(supersede(), clock).thenRejects(OrderNotFound);
    });

    it('the order is no longer in force (order-not-in-force)', () => {
      given([made, superseded(supersede())]).when(supersede({ supersededBy: 'order-3' as OrderId }), clock).thenRejects(RuleViolation, 'order-not-in-force');
    });

    it('its prohibitions had all run out by the supersession day (order-not-in-force)', () => {
      const short = orderMade(makeOrder({ orderType: 'TERO', prohibitions: [prohibition('p-1', '2026-01-01')] }));
      given([short]).when(supersede(), clock).thenRejects(RuleViolation, 'order-not-in-force');
    });

    it('an STPO does not end an STRO by default (R13, unverified)', () => {
      const stro = orderMade(makeOrder({ orderType: 'STRO' }));
      given([stro]).when(supersede({ byOrderType: 'STPO' }), clock).thenRejects(RuleViolation, 'R13');
    });

    it('an STRO does not end an STRO when configured not to (R13, stroSupersedesEarlierStro)', () => {
      const stro = orderMade(makeOrder({ orderType: 'STRO' }));
      given([stro]).when(supersede({ byOrderType: 'STRO' }), as(clock.actor, TODAY, { ...DEFAULT_LEGAL_CONFIG, stroSupersedesEarlierStro: false })).thenRejects(RuleViolation, 'R13');
    });

    it('an order of another kind (R13)', () => {
      given([made]).when(supersede({ byOrderType: 'NI_STPO' }), clock).thenRejects(RuleViolation, 'R13');
    });

    it('the order naming itself, or no order (order-id-is-self, order-id-missing)', () => {
      given([made]).when(supersede({ supersededBy: ORDER_ID }), clock).thenRejects(RuleViolation, 'order-id-is-self');
      given([made]).when(supersede({ supersededBy: '' as OrderId }), clock).thenRejects(RuleViolation, 'order-id-missing');
    });

    it('dated after today, before the order was made, or before the last variation', () => {
      given([made]).when(supersede({ supersededOn: '2026-11-24' }), clock).thenRejects(RuleViolation, 'date-in-future');
      given([made]).when(supersede({ supersededOn: '2025-03-09' }), clock).thenRejects(RuleViolation, 'date-before-order-made');
      given([made, orderVaried('2026-07-01', ['p-2'])]).when(supersede(), clock).thenRejects(RuleViolation, 'date-before-last-variation');
    });
  });
});

describe('supersedes (R13)', () => {
  const config = DEFAULT_LEGAL_CONFIG;

  it.each([
    ['STPO', 'STPO'],
    ['STRO', 'STRO'],
    ['NI_STPO', 'NI_STPO'],
    ['TEPO', 'TEPO'],
    ['TERO', 'TERO'],
  ] as [OrderType, OrderType][])('a new %s ends an earlier %s', (newer, earlier) => {
    expect(supersedes(newer, earlier, config)).toBe(true);
  });

  it('an STPO does not end an STRO unless configured to; an STRO never ends an STPO', () => {
    expect(supersedes('STPO', 'STRO', config)).toBe(false);
    expect(supersedes('STPO', 'STRO', { ...config, stpoEndsStro: true })).toBe(true);
    expect(supersedes('STRO', 'STPO', { ...config, stpoEndsStro: true })).toBe(false);
  });

  it('an STRO ends an STRO only while stroSupersedesEarlierStro is set', () => {
    expect(supersedes('STRO', 'STRO', { ...config, stroSupersedesEarlierStro: false })).toBe(false);
  });

  it('interim orders neither supersede nor are superseded: R26 ends them', () => {
    for (const type of ORDER_TYPES) {
      expect(supersedes('INTERIM_STPO', type, config)).toBe(false);
      expect(supersedes(type, 'INTERIM_STPO', config)).toBe(false);
      expect(supersedes(type, 'INTERIM_TERO', config)).toBe(false);
    }
  });

  it('orders of different jurisdictions do not supersede each other', () => {
    expect(supersedes('STPO', 'NI_STPO', config)).toBe(false);
    expect(supersedes('TEPO', 'STPO', config)).toBe(false);
  });
});
