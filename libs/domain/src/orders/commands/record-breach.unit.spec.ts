import type { OrderId } from '../order-id.js';
import type { IsoDate } from '../../dates/iso-date.js';
import type { Actor } from '../../actors/actor.js';
import { NotPermitted, OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { OrderEvent } from '../events.js';
import { allCountriesBan, as, clock, kent, makeOrder, managerOf, ORDER_ID, orderMade, prohibition, SURRENDER, travelBan } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { RecordBreach } from './record-breach.js';

// The default order: a Kent STPO made 2025-03-10 with p-1 (until further order) and p-2 (to 2030-03-09).
// Breaches happen in Sussex, so Sussex's order manager records them.
const sussex = as(managerOf('sussex'));
const made = orderMade();

function breach(overrides: Partial<RecordBreach> = {}): RecordBreach {
  return {
    type: 'RecordBreach',
    orderId: ORDER_ID,
    breachId: 'breach-1',
    occurredOn: '2026-06-01',
    locationForce: 'sussex',
    description: 'Seen working at a car wash in Brighton',
    prohibitionIds: ['p-1'],
    ...overrides,
  };
}

function recorded(command: RecordBreach): OrderEvent {
  const { type: _type, ...data } = command;
  return { type: 'BreachRecorded', data: { ...data, requirements: data.requirements ?? [] } };
}

function variation(variedOn: IsoDate, removed: string[], added = [] as ReturnType<typeof prohibition>[]): OrderEvent {
  return { type: 'OrderVaried', data: { orderId: ORDER_ID, court: 'Maidstone Crown Court', variedOn, addedProhibitions: added, removedProhibitionIds: removed, passportSurrender: null } };
}

const dischargedOn2026_07_01: OrderEvent = {
  type: 'OrderDischarged',
  data: { orderId: ORDER_ID, court: 'Maidstone Crown Court', dischargedOn: '2026-07-01', consent: { subject: true, chiefOfficer: true } },
};

// An interim STPO whose only prohibition runs to 2025-06-01, then expires on 2025-06-02.
const interim = orderMade(makeOrder({ orderType: 'INTERIM_STPO', prohibitions: [prohibition('p-1', '2025-06-01')] }));
const interimExpired: OrderEvent[] = [
  { type: 'ProhibitionExpired', data: { orderId: ORDER_ID, prohibitionId: 'p-1', expiredOn: '2025-06-02' } },
  { type: 'OrderExpired', data: { orderId: ORDER_ID, expiredOn: '2025-06-02' } },
];

describe('RecordBreach', () => {
  describe('accepted', () => {
    it("by the order manager of the force where it happened, against another force's order", () => {
      const command = breach();
      given([made]).when(command, sussex).then([recorded(command)]);
    });

    it('by the owning force when it happened in its own area', () => {
      const command = breach({ locationForce: 'kent' });
      given([made]).when(command, kent).then([recorded(command)]);
    });

    it('on the day the order was made, and on today', () => {
      const onMadeDay = breach({ occurredOn: '2025-03-10' });
      given([made]).when(onMadeDay, sussex).then([recorded(onMadeDay)]);
      const onToday = breach({ occurredOn: '2026-11-23' });
      given([made]).when(onToday, sussex).then([recorded(onToday)]);
    });

    it('citing several prohibitions in force that day', () => {
      const command = breach({ prohibitionIds: ['p-1', 'p-2'] });
      given([made]).when(command, sussex).then([recorded(command)]);
    });

    it('the day before a variation removed the prohibition: it was still in force then', () => {
      const command = breach({ occurredOn: '2026-07-31', prohibitionIds: ['p-2'] });
      given([made, variation('2026-08-01', ['p-2'])]).when(command, sussex).then([recorded(command)]);
    });

    it('on the last day of a fixed prohibition, recorded after it expired (late report)', () => {
      const command = breach({ occurredOn: '2025-06-01' });
      given([interim, ...interimExpired]).when(command, sussex).then([recorded(command)]);
    });

    it('dated while the order was in force but recorded after it was discharged (late report)', () => {
      const command = breach({ occurredOn: '2026-06-30' });
      given([made, dischargedOn2026_07_01]).when(command, sussex).then([recorded(command)]);
    });

    it('citing a prohibition added by variation, on the day it was added', () => {
      const command = breach({ occurredOn: '2026-08-01', prohibitionIds: ['p-3'] });
      given([made, variation('2026-08-01', [], [prohibition('p-3', null)])]).when(command, sussex).then([recorded(command)]);
    });

    it('a second breach with a new id', () => {
      const first = breach();
      const second = breach({ breachId: 'breach-2', occurredOn: '2026-06-02' });
      given([made, recorded(first)]).when(second, sussex).then([recorded(second)]);
    });
  });

  describe('refused: who may record it (API.md roles)', () => {
    const others: Actor[] = [
      { userId: 'u', role: 'officer', force: 'sussex' },
      { userId: 'u', role: 'rocu', region: 'south-east' },
      { userId: 'u', role: 'national' },
      { userId: 'u', role: 'auditor' },
    ];
    it.each(others.map((actor) => [actor.role, actor] as const))('a %s may not record a breach', (_role, actor) => {
      given([made]).when(breach(), as(actor)).thenRejects(NotPermitted);
    });

    it('the clock may not record a breach', () => {
      given([made]).when(breach(), clock).thenRejects(NotPermitted);
    });

    it('the owning force may not record a breach that happened in another force area', () => {
      given([made]).when(breach({ locationForce: 'sussex' }), kent).thenRejects(NotPermitted);
    });
  });

  describe('refused: the order and the day', () => {
    it('the order is not on the register', () => {
      given([]).when(breach(), sussex).thenRejects(OrderNotFound);
    });

    it('a breach day after today (date-in-future)', () => {
      given([made]).when(breach({ occurredOn: '2026-11-24' }), sussex).thenRejects(RuleViolation, 'date-in-future');
    });

    it('a breach day before the order was made (date-before-order-made)', () => {
      given([made]).when(breach({ occurredOn: '2025-03-09' }), sussex).thenRejects(RuleViolation, 'date-before-order-made');
    });

    it('on the day the order was discharged (breach-after-discharge)', () => {
      given([made, dischargedOn2026_07_01]).when(breach({ occurredOn: '2026-07-01' }), sussex).thenRejects(RuleViolation, 'breach-after-discharge');
    });

    it('after the order was discharged (breach-after-discharge)', () => {
      given([made, dischargedOn2026_07_01]).when(breach({ occurredOn: '2026-09-01' }), sussex).thenRejects(RuleViolation, 'breach-after-discharge');
    });
  });

  describe('refused: the prohibitions it cites', () => {
    it('none (breach-cites-no-prohibition)', () => {
      given([made]).when(breach({ prohibitionIds: [] }), sussex).thenRejects(RuleViolation, 'breach-cites-no-prohibition');
    });

    it('a prohibition the order does not have (unknown-prohibition)', () => {
      const error = given([made]).when(breach({ prohibitionIds: ['p-1', 'p-9'] }), sussex).thenRejects(RuleViolation, 'unknown-prohibition');
      expect(error.field).toBe('prohibitionIds[1]');
    });

    it('on the day a variation removed the prohibition (prohibition-not-in-force)', () => {
      given([made, variation('2026-08-01', ['p-2'])])
        .when(breach({ occurredOn: '2026-08-01', prohibitionIds: ['p-2'] }), sussex)
        .thenRejects(RuleViolation, 'prohibition-not-in-force');
    });

    it('on the day the prohibition expired (prohibition-not-in-force)', () => {
      given([interim, ...interimExpired]).when(breach({ occurredOn: '2025-06-02' }), sussex).thenRejects(RuleViolation, 'prohibition-not-in-force');
    });

    it('after the prohibition ran out, before the clock recorded its expiry (prohibition-not-in-force)', () => {
      given([interim]).when(breach({ occurredOn: '2025-06-02' }), sussex).thenRejects(RuleViolation, 'prohibition-not-in-force');
    });

    it('before a variation added the prohibition (prohibition-not-in-force)', () => {
      given([made, variation('2026-08-01', [], [travelBan('p-3', '2028-01-01')])])
        .when(breach({ occurredOn: '2026-07-31', prohibitionIds: ['p-3'] }), sussex)
        .thenRejects(RuleViolation, 'prohibition-not-in-force');
    });
  });

  describe('refused: the record itself', () => {
    it('no description (breach-description-empty)', () => {
      given([made]).when(breach({ description: '  ' }), sussex).thenRejects(RuleViolation, 'breach-description-empty');
    });

    it('a breach id already recorded on the order (duplicate-breach-id)', () => {
      given([made, recorded(breach())]).when(breach({ occurredOn: '2026-06-05' }), sussex).thenRejects(RuleViolation, 'duplicate-breach-id');
    });
  });

  describe('an order ended by a decision: judged as of the breach day', () => {
    const superseded: OrderEvent = { type: 'OrderSuperseded', data: { orderId: ORDER_ID, supersededBy: 'order-2' as OrderId, supersededOn: '2026-07-01' } };
    const quashed: OrderEvent[] = [
      { type: 'AppealLodged', data: { orderId: ORDER_ID, appealId: 'a-1', court: 'Court of Appeal', lodgedOn: '2025-04-01' } },
      { type: 'AppealDetermined', data: { orderId: ORDER_ID, appealId: 'a-1', outcome: 'quashed', decidedOn: '2026-07-01', variation: null } },
    ];
    const interimLong = orderMade(makeOrder({ orderType: 'INTERIM_STPO', prohibitions: [prohibition('p-1', '2026-12-31')] }));
    const ended: OrderEvent = { type: 'MainApplicationDetermined', data: { orderId: ORDER_ID, determinedBy: 'order-2' as OrderId, endedOn: '2026-07-01' } };

    it('accepted: the day before it was superseded, quashed or ended', () => {
      const command = breach({ occurredOn: '2026-06-30' });
      given([made, superseded]).when(command, sussex).then([recorded(command)]);
      given([made, ...quashed]).when(command, sussex).then([recorded(command)]);
      given([interimLong, ended]).when(command, sussex).then([recorded(command)]);
    });

    it('refused: on or after the day it was superseded (breach-after-order-ended)', () => {
      given([made, superseded]).when(breach({ occurredOn: '2026-07-01' }), sussex).thenRejects(RuleViolation, 'breach-after-order-ended');
    });

    it('refused: on or after the day it was quashed (breach-after-order-ended)', () => {
      given([made, ...quashed]).when(breach({ occurredOn: '2026-08-01' }), sussex).thenRejects(RuleViolation, 'breach-after-order-ended');
    });

    it('refused: on or after the day an interim order ended with its main application (breach-after-order-ended)', () => {
      given([interimLong, ended]).when(breach({ occurredOn: '2026-07-01' }), sussex).thenRejects(RuleViolation, 'breach-after-order-ended');
    });
  });

  describe('a breach of a notification or passport requirement (R31, s30(1)(b))', () => {
    const required = orderMade(makeOrder({ notification: { required: true, notifyTo: 'PPU' }, prohibitions: [prohibition('p-1', null), allCountriesBan('p-2', '2027-01-01')], passportSurrender: SURRENDER }));

    it('accepted: a failure to notify, citing no prohibition', () => {
      const command = breach({ prohibitionIds: [], requirements: ['notification'], description: 'Did not notify a new address' });
      given([required]).when(command, sussex).then([recorded(command)]);
    });

    it('accepted: a failure to surrender passports alongside a prohibition', () => {
      const command = breach({ prohibitionIds: ['p-1'], requirements: ['passport-surrender'] });
      given([required]).when(command, sussex).then([recorded(command)]);
    });

    it('refused: a requirement the order does not impose (R31)', () => {
      given([made]).when(breach({ prohibitionIds: [], requirements: ['notification'] }), sussex).thenRejects(RuleViolation, 'R31');
      given([made]).when(breach({ requirements: ['passport-surrender'] }), sussex).thenRejects(RuleViolation, 'R31');
    });

    it('refused: a requirement of an order not in force that day (R31)', () => {
      const interimNotify = orderMade(makeOrder({ orderType: 'INTERIM_STPO', notification: { required: true, notifyTo: 'PPU' }, prohibitions: [prohibition('p-1', '2025-06-01')] }));
      given([interimNotify]).when(breach({ occurredOn: '2025-06-02', prohibitionIds: [], requirements: ['notification'] }), sussex).thenRejects(RuleViolation, 'R31');
    });

    it('refused: a requirement the register does not know (unknown-requirement)', () => {
      given([required]).when(breach({ requirements: ['curfew' as 'notification'] }), sussex).thenRejects(RuleViolation, 'unknown-requirement');
    });
  });
});
