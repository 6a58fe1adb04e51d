import type { OrderId } from './order-id.js';
import type { ForceCode } from '#forces';
import type { IsoDate } from '../dates/iso-date.js';
import type { OrderEvent, OrderVaried } from './events.js';
import { evolve, replay } from './evolve.js';
import { orderAsAt } from './queries/order-as-at.js';
import { initialState, type OrderInForceOrEnded, type OrderState } from './state.js';
import { allCountriesBan, makeOrder, ORDER_ID, orderMade, prohibition, subject, SURRENDER, travelBan } from './testing/fixtures.js';

const court = 'Maidstone Crown Court';
const made = orderMade(makeOrder({ prohibitions: [prohibition('p-1', null), travelBan('p-2', '2026-03-10')] }));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function order(events: OrderEvent[]): OrderInForceOrEnded {
  const state = replay(events);
  if (state.status === 'none') throw new Error('expected an order');
  return state;
}

describe('evolve', () => {
  it('OrderMade gives an active order whose prohibitions are in force from the day it was made', () => {
    expect(replay([made])).toEqual({
      status: 'active',
      orderId: ORDER_ID,
      orderType: 'STPO',
      owningForce: 'kent',
      court,
      madeOn: '2025-03-10',
      servedOn: '2025-03-11',
      subject,
      subjectAddress: null,
      prohibitions: [
        { ...prohibition('p-1', null), startsOn: '2025-03-10', status: 'in-force', endedOn: null, renewals: [] },
        { ...travelBan('p-2', '2026-03-10'), startsOn: '2025-03-10', status: 'in-force', endedOn: null, renewals: [] },
      ],
      breaches: [],
      lastVariedOn: null,
      legalBasis: null,
      applicant: null,
      notifiedForce: null,
      qualifyingOffence: null,
      notification: { required: false, notifyTo: null, dueBy: null, receivedOn: null, overdueSince: null },
      passports: { surrenderDue: null, surrendered: [], returned: [], returnDue: null },
      appeals: [],
      notifications: [],
      previousOwningForces: [],
      transfers: [],
      partyForces: [],
      interimOrderId: null,
      supersededBy: null,
      corrections: [],
      expiryWarnedFor: null,
    });
  });

  it('an interim order in force has status interim', () => {
    expect(replay([orderMade(makeOrder({ orderType: 'NI_INTERIM_STPO', prohibitions: [prohibition('p-1', '2025-09-01')] }))]).status).toBe('interim');
  });

  it('OrderVaried ends removed prohibitions on the variation day and starts added ones on it', () => {
    const state = order([
      made,
      { type: 'OrderVaried', data: { orderId: ORDER_ID, court, variedOn: '2025-06-01', addedProhibitions: [prohibition('p-3', null)], removedProhibitionIds: ['p-2'], passportSurrender: null } },
    ]);
    expect(state.prohibitions.map(({ prohibitionId, status, startsOn, endedOn }) => ({ prohibitionId, status, startsOn, endedOn }))).toEqual([
      { prohibitionId: 'p-1', status: 'in-force', startsOn: '2025-03-10', endedOn: null },
      { prohibitionId: 'p-2', status: 'removed', startsOn: '2025-03-10', endedOn: '2025-06-01' },
      { prohibitionId: 'p-3', status: 'in-force', startsOn: '2025-06-01', endedOn: null },
    ]);
    expect(state.lastVariedOn).toBe('2025-06-01');
  });

  it('OrderDischarged ends what was in force on the discharge day, and records a lapsed fixed prohibition as expired', () => {
    const state = order([made, { type: 'OrderDischarged', data: { orderId: ORDER_ID, court: 'Canterbury Crown Court', dischargedOn: '2026-05-01', consent: { subject: true, chiefOfficer: false } } }]);
    expect(state).toMatchObject({ status: 'discharged', dischargedOn: '2026-05-01', dischargedBy: 'Canterbury Crown Court', consent: { subject: true, chiefOfficer: false } });
    expect(state.prohibitions.map(({ status, endedOn }) => ({ status, endedOn }))).toEqual([
      { status: 'removed', endedOn: '2026-05-01' },
      { status: 'expired', endedOn: '2026-03-11' },
    ]);
  });

  it('BreachRecorded adds the breach without the order id', () => {
    const state = order([
      made,
      { type: 'BreachRecorded', data: { orderId: ORDER_ID, breachId: 'b-1', occurredOn: '2025-05-05', locationForce: 'sussex', description: 'At a car wash', prohibitionIds: ['p-1'], requirements: [] } },
    ]);
    expect(state.breaches).toEqual([
      { breachId: 'b-1', occurredOn: '2025-05-05', locationForce: 'sussex', description: 'At a car wash', prohibitionIds: ['p-1'], requirements: [], outcomes: [] },
    ]);
  });

  it('ProhibitionExpired and OrderExpired end the prohibition and then the order', () => {
    const state = order([
      orderMade(makeOrder({ orderType: 'STRO', prohibitions: [prohibition('p-1', '2027-03-09')] })),
      { type: 'ProhibitionExpired', data: { orderId: ORDER_ID, prohibitionId: 'p-1', expiredOn: '2027-03-10' } },
      { type: 'OrderExpired', data: { orderId: ORDER_ID, expiredOn: '2027-03-10' } },
    ]);
    expect(state).toMatchObject({ status: 'expired', expiredOn: '2027-03-10' });
    expect(state.prohibitions[0]).toMatchObject({ status: 'expired', endedOn: '2027-03-10' });
  });

  it('leaves the state alone for an event that cannot apply to it, so replay never throws', () => {
    const varied: OrderEvent = { type: 'OrderVaried', data: { orderId: ORDER_ID, court, variedOn: '2025-06-01', addedProhibitions: [], removedProhibitionIds: ['p-1'], passportSurrender: null } };
    expect(evolve(initialState, varied)).toBe(initialState);
    const active = replay([made]);
    expect(evolve(active, made)).toBe(active);
    const discharged = replay([made, { type: 'OrderDischarged', data: { orderId: ORDER_ID, court, dischargedOn: '2025-05-01', consent: { subject: true, chiefOfficer: true } } }]);
    expect(evolve(discharged, { type: 'OrderExpired', data: { orderId: ORDER_ID, expiredOn: '2026-03-11' } })).toBe(discharged);
    expect(evolve(discharged, varied)).toBe(discharged);
  });

  it('never changes the state or the event it is given', () => {
    const before: OrderState = deepFreeze(replay([made]));
    const event = deepFreeze<OrderVaried>({
      type: 'OrderVaried',
      data: { orderId: ORDER_ID, court, variedOn: '2025-06-01', addedProhibitions: [prohibition('p-3', null)], removedProhibitionIds: ['p-1'], passportSurrender: null },
    });
    expect(() => evolve(before, event)).not.toThrow();
    const after = evolve(before, event) as OrderInForceOrEnded;
    after.prohibitions[2]!.text = 'changed';
    expect(event.data.addedProhibitions[0]!.text).not.toBe('changed');
  });

  it('survives a JSON round trip, so a projection may store it', () => {
    const state = replay([made]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe('evolve: the later life of an order', () => {
  it('OrderMade records the legal particulars and the notification deadline (R16: served + 2)', () => {
    const state = order([
      orderMade(
        makeOrder({
          legalBasis: 's15',
          applicant: { kind: 'nca-dg' },
          notifiedForce: 'sussex',
          qualifyingOffence: { offence: 'MSA 2015 s1', outcome: 'caution', decidedOn: '2024-01-01', jurisdiction: 'NI' },
          notification: { required: true, notifyTo: 'Kent Police PPU' },
          interimOrderId: 'interim-1' as OrderId,
        }),
      ),
    ]);
    expect(state).toMatchObject({
      legalBasis: 's15',
      applicant: { kind: 'nca-dg' },
      notifiedForce: 'sussex',
      qualifyingOffence: { outcome: 'caution', jurisdiction: 'NI' },
      notification: { required: true, notifyTo: 'Kent Police PPU', dueBy: '2025-03-13', receivedOn: null, overdueSince: null },
      interimOrderId: 'interim-1' as OrderId,
    });
  });

  it('OrderRenewed moves until and keeps the history of each renewed prohibition', () => {
    const state = order([
      made,
      { type: 'OrderRenewed', data: { orderId: ORDER_ID, court, renewedOn: '2026-01-05', prohibitions: [{ prohibitionId: 'p-2', previousUntil: '2026-03-10', until: '2031-03-10' }] } },
    ]);
    expect(state.prohibitions[1]).toMatchObject({ until: '2031-03-10', renewals: [{ renewedOn: '2026-01-05', previousUntil: '2026-03-10', until: '2031-03-10' }] });
    expect(state.lastVariedOn).toBe('2026-01-05');
  });

  it('AppealLodged leaves the order in force (R30); AppealDetermined quashed ends it on the decision day', () => {
    const lodged: OrderEvent = { type: 'AppealLodged', data: { orderId: ORDER_ID, appealId: 'a-1', court: 'Canterbury Crown Court', lodgedOn: '2025-04-01' } };
    expect(order([made, lodged])).toMatchObject({ status: 'active', appeals: [{ appealId: 'a-1', court: 'Canterbury Crown Court', lodgedOn: '2025-04-01', outcome: null, decidedOn: null }] });
    const quashed = order([made, lodged, { type: 'AppealDetermined', data: { orderId: ORDER_ID, appealId: 'a-1', outcome: 'quashed', decidedOn: '2025-06-01', variation: null } }]);
    expect(quashed).toMatchObject({ status: 'quashed', quashedOn: '2025-06-01', quashedBy: 'Canterbury Crown Court', appealId: 'a-1', court });
    expect(quashed.prohibitions.map((p) => [p.status, p.endedOn])).toEqual([
      ['removed', '2025-06-01'],
      ['removed', '2025-06-01'],
    ]);
  });

  it('AppealDetermined varied applies the variation from the decision day and keeps the original court (R29)', () => {
    const state = order([
      made,
      { type: 'AppealLodged', data: { orderId: ORDER_ID, appealId: 'a-1', court: 'Canterbury Crown Court', lodgedOn: '2025-04-01' } },
      {
        type: 'AppealDetermined',
        data: { orderId: ORDER_ID, appealId: 'a-1', outcome: 'varied', decidedOn: '2025-06-01', variation: { addedProhibitions: [], removedProhibitionIds: ['p-2'], passportSurrender: null } },
      },
    ]);
    expect(state).toMatchObject({ status: 'active', court, lastVariedOn: '2025-06-01', appeals: [{ outcome: 'varied', decidedOn: '2025-06-01' }] });
    expect(state.prohibitions[1]).toMatchObject({ status: 'removed', endedOn: '2025-06-01' });
  });

  it('OrderSuperseded and MainApplicationDetermined end the order and its prohibitions', () => {
    const superseded = order([made, { type: 'OrderSuperseded', data: { orderId: ORDER_ID, supersededBy: 'order-2' as OrderId, supersededOn: '2025-09-01' } }]);
    expect(superseded).toMatchObject({ status: 'superseded', supersededOn: '2025-09-01', supersededBy: 'order-2' as OrderId });
    expect(superseded.prohibitions.every((p) => p.status === 'removed' && p.endedOn === '2025-09-01')).toBe(true);
    const interim = orderMade(makeOrder({ orderType: 'INTERIM_STPO', prohibitions: [prohibition('p-1', '2025-09-01')] }));
    const ended = order([interim, { type: 'MainApplicationDetermined', data: { orderId: ORDER_ID, determinedBy: 'order-2' as OrderId, endedOn: '2025-05-01' } }]);
    expect(ended).toMatchObject({ status: 'ended', endedOn: '2025-05-01', determinedBy: 'order-2' as OrderId });
    expect(ended.prohibitions[0]).toMatchObject({ status: 'removed', endedOn: '2025-05-01' });
  });

  it('OwningForceChanged moves the order and keeps the previous owner (R39)', () => {
    const state = order([
      made,
      { type: 'OwningForceChanged', data: { orderId: ORDER_ID, fromForce: 'kent', toForce: 'sussex', transferredOn: '2025-05-01' } },
      { type: 'OwningForceChanged', data: { orderId: ORDER_ID, fromForce: 'sussex', toForce: 'kent', transferredOn: '2025-07-01' } },
    ]);
    expect(state).toMatchObject({ owningForce: 'kent', previousOwningForces: ['sussex'] });
    expect(state.transfers).toHaveLength(2);
  });

  it('NotificationReceived meets the initial requirement once, and makes another force a party', () => {
    const required = orderMade(makeOrder({ notification: { required: true, notifyTo: 'PPU' } }));
    const notice = (notificationId: string, notifiedOn: IsoDate, force: ForceCode): OrderEvent => ({
      type: 'NotificationReceived',
      data: { orderId: ORDER_ID, notificationId, notifiedOn, names: ['Jan Kowalski'], address: { line1: '1 High St', postcode: 'ME1 1AA', force }, previousAddressForce: null, lateBy: 0, changedOn: null },
    });
    const state = order([required, notice('n-1', '2025-03-12', 'kent'), notice('n-2', '2025-05-01', 'essex')]);
    expect(state.notification.receivedOn).toBe('2025-03-12');
    expect(state.partyForces).toEqual(['essex']);
    expect(state.notifications.map((n) => n.notificationId)).toEqual(['n-1', 'n-2']);
  });

  it('OrderMade keeps where the subject lived, and a force whose area that is becomes a party (R37)', () => {
    const address = { line1: '3 Mill Lane, Lancaster', postcode: 'LA1 1AA', force: 'lancashire' as const };
    expect(order([orderMade(makeOrder({ subjectAddress: address }))])).toMatchObject({ subjectAddress: address, partyForces: ['lancashire'] });
    expect(order([orderMade(makeOrder({ subjectAddress: { ...address, force: 'kent' } }))]).partyForces).toEqual([]);
  });

  it('NotificationOverdue records the first day overdue, once', () => {
    const required = orderMade(makeOrder({ notification: { required: true, notifyTo: 'PPU' } }));
    const overdue: OrderEvent = { type: 'NotificationOverdue', data: { orderId: ORDER_ID, dueBy: '2025-03-13', markedOn: '2025-03-20' } };
    expect(order([required, overdue]).notification.overdueSince).toBe('2025-03-14');
    const again: OrderEvent = { type: 'NotificationOverdue', data: { orderId: ORDER_ID, dueBy: '2025-03-13', markedOn: '2025-03-21' } };
    const once = replay([required, overdue]);
    expect(evolve(once, again)).toBe(once);
  });

  it('OrderExpiringSoon records the last day warned of, and changes nothing else: status and the order as at any day stay as they were', () => {
    const fixed = orderMade(makeOrder({ prohibitions: [prohibition('p-1', '2030-03-09'), travelBan('p-2', '2026-03-10')] }));
    const before = order([fixed]);
    const warned: OrderEvent = { type: 'OrderExpiringSoon', data: { orderId: ORDER_ID, lastDay: '2030-03-09', warnedOn: '2030-02-20' } };
    const after = order([fixed, warned]);
    expect(after).toEqual({ ...before, expiryWarnedFor: '2030-03-09' });
    for (const day of ['2026-03-10', '2026-03-11', '2030-02-20', '2030-03-09', '2030-03-10'] as const) {
      expect(orderAsAt(after, day)).toEqual(orderAsAt(before, day));
    }
  });

  it('a renewal after a warning keeps the day warned of, so the new last day is warned of when it comes near', () => {
    const fixed = orderMade(makeOrder({ prohibitions: [prohibition('p-1', '2030-03-09')] }));
    const warned: OrderEvent = { type: 'OrderExpiringSoon', data: { orderId: ORDER_ID, lastDay: '2030-03-09', warnedOn: '2030-02-20' } };
    const renewed: OrderEvent = {
      type: 'OrderRenewed',
      data: { orderId: ORDER_ID, court, renewedOn: '2030-03-01', prohibitions: [{ prohibitionId: 'p-1', previousUntil: '2030-03-09', until: '2035-03-08' }] },
    };
    const state = order([fixed, warned, renewed]);
    expect(state.expiryWarnedFor).toBe('2030-03-09');
    expect(state.prohibitions[0]?.until).toBe('2035-03-08');
  });

  it('passports fall due for return when the all-countries ban ends, and not before (R12)', () => {
    const banned = orderMade(makeOrder({ prohibitions: [prohibition('p-1', null), allCountriesBan('p-2', '2026-03-10')], passportSurrender: SURRENDER }));
    const surrendered: OrderEvent = { type: 'PassportsSurrendered', data: { orderId: ORDER_ID, surrenderedOn: '2025-03-11', passports: ['PL123'], lateBy: 0 } };
    expect(order([banned, surrendered]).passports).toEqual({ surrenderDue: SURRENDER, surrendered: [{ surrenderedOn: '2025-03-11', passports: ['PL123'], lateBy: 0 }], returned: [], returnDue: null });
    const expired: OrderEvent = { type: 'ProhibitionExpired', data: { orderId: ORDER_ID, prohibitionId: 'p-2', expiredOn: '2026-03-11' } };
    expect(order([banned, surrendered, expired]).passports.returnDue).toBe('2026-03-11');
    const back: OrderEvent = { type: 'PassportsReturned', data: { orderId: ORDER_ID, returnedOn: '2026-03-12', passports: ['PL123'], returnedTo: 'subject' } };
    expect(order([banned, surrendered, expired, back]).passports).toMatchObject({ returnDue: null, returned: [{ returnedOn: '2026-03-12', passports: ['PL123'], returnedTo: 'subject' }] });
  });

  it('BreachOutcomeRecorded adds the outcome to its breach', () => {
    const breach: OrderEvent = {
      type: 'BreachRecorded',
      data: { orderId: ORDER_ID, breachId: 'b-1', occurredOn: '2025-05-05', locationForce: 'sussex', description: 'At a car wash', prohibitionIds: ['p-1'], requirements: [] },
    };
    const outcome: OrderEvent = {
      type: 'BreachOutcomeRecorded',
      data: { orderId: ORDER_ID, breachId: 'b-1', outcome: 'convicted', decidedOn: '2025-09-01', sentence: { kind: 'custody', months: 4, court: 'magistrates' } },
    };
    expect(order([made, breach, outcome]).breaches[0]!.outcomes).toEqual([{ outcome: 'convicted', decidedOn: '2025-09-01', sentence: { kind: 'custody', months: 4, court: 'magistrates' } }]);
  });

  it('RecordCorrected changes exactly the corrected fields and keeps the correction', () => {
    const required = orderMade(makeOrder({ notification: { required: true, notifyTo: 'PPU' } }));
    const correction: OrderEvent = {
      type: 'RecordCorrected',
      data: {
        orderId: ORDER_ID,
        correctionId: 'c-1',
        correctedOn: '2025-04-01',
        reason: 'Typed from the wrong court register',
        changes: { court: 'Canterbury Crown Court', servedOn: '2025-03-12', subject: { surname: 'Kowalsky' }, prohibitionTexts: [{ prohibitionId: 'p-1', text: 'Must not enter car washes' }] },
        previous: { court, servedOn: '2025-03-11', subject: { surname: 'Kowalski' }, prohibitionTexts: [{ prohibitionId: 'p-1', text: 'Must not do thing p-1' }] },
      },
    };
    const state = order([required, correction]);
    expect(state).toMatchObject({ court: 'Canterbury Crown Court', servedOn: '2025-03-12', subject: { forenames: 'Jan', surname: 'Kowalsky' }, notification: { dueBy: '2025-03-14' } });
    expect(state.prohibitions[0]!.text).toBe('Must not enter car washes');
    expect(state.corrections).toHaveLength(1);
  });
});
