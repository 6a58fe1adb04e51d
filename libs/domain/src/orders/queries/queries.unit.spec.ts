import type { IsoDate } from '../../dates/iso-date.js';
import type { OrderEvent } from '../events.js';
import { replay } from '../evolve.js';
import { consentRequiredUntil } from '../rules/consent-bar.js';
import { initialState } from '../state.js';
import { makeOrder, ORDER_ID, orderMade, prohibition, travelBan } from '../testing/fixtures.js';
import { orderInForceUntil } from './order-in-force-until.js';
import { orderStatus, orderStatusOn } from './order-status.js';
import { prohibitionsInForce, prohibitionsInForceOn } from './prohibitions-in-force-on.js';

const court = 'Maidstone Crown Court';
// Made 2025-03-10 with p-1 (until further order) and p-2 (a travel ban to 2026-03-10); on 2025-09-01
// p-1 is removed and p-3 (until further order) added; discharged 2026-06-01.
const made = orderMade(makeOrder({ prohibitions: [prohibition('p-1', null), travelBan('p-2', '2026-03-10')] }));
const varied: OrderEvent = {
  type: 'OrderVaried',
  data: { orderId: ORDER_ID, court, variedOn: '2025-09-01', addedProhibitions: [prohibition('p-3', null)], removedProhibitionIds: ['p-1'], passportSurrender: null },
};
const discharged: OrderEvent = {
  type: 'OrderDischarged',
  data: { orderId: ORDER_ID, court, dischargedOn: '2026-06-01', consent: { subject: true, chiefOfficer: true } },
};
const ids = (day: IsoDate, events: OrderEvent[]) => prohibitionsInForceOn(replay(events), day).map((p) => p.prohibitionId);

describe('prohibitionsInForceOn', () => {
  it('is empty for an order that does not exist, and before the order was made', () => {
    expect(prohibitionsInForceOn(initialState, '2025-03-10')).toEqual([]);
    expect(ids('2025-03-09', [made])).toEqual([]);
  });

  it('follows the order as it stood on each day', () => {
    const history = [made, varied, discharged];
    expect(ids('2025-03-10', history)).toEqual(['p-1', 'p-2']);
    expect(ids('2025-08-31', history)).toEqual(['p-1', 'p-2']);
    expect(ids('2025-09-01', history)).toEqual(['p-2', 'p-3']);
    expect(ids('2026-03-10', history)).toEqual(['p-2', 'p-3']);
    expect(ids('2026-03-11', history)).toEqual(['p-3']);
    expect(ids('2026-05-31', history)).toEqual(['p-3']);
    expect(ids('2026-06-01', history)).toEqual([]);
  });

  it("treats a fixed prohibition as ended after its last day even before the clock's expiry event", () => {
    expect(ids('2026-03-11', [made])).toEqual(['p-1']);
  });
});

describe('prohibitionsInForce', () => {
  it('lists what the register holds as in force now', () => {
    expect(prohibitionsInForce(replay([made, varied])).map((p) => p.prohibitionId)).toEqual(['p-2', 'p-3']);
    expect(prohibitionsInForce(initialState)).toEqual([]);
  });
});

describe('orderStatus and orderStatusOn', () => {
  it("gives the register's status now", () => {
    expect(orderStatus(initialState)).toBe('none');
    expect(orderStatus(replay([made]))).toBe('active');
    expect(orderStatus(replay([made, varied, discharged]))).toBe('discharged');
  });

  it('gives the status the order had on a day', () => {
    const state = replay([made, varied, discharged]);
    expect(orderStatusOn(state, '2025-03-09')).toBe('none');
    expect(orderStatusOn(state, '2025-03-10')).toBe('active');
    expect(orderStatusOn(state, '2026-05-31')).toBe('active');
    expect(orderStatusOn(state, '2026-06-01')).toBe('discharged');
    expect(orderStatusOn(initialState, '2026-06-01')).toBe('none');
  });

  it('says interim for an interim order in force that day, and expired once its period ran out', () => {
    const interim = replay([orderMade(makeOrder({ orderType: 'INTERIM_STRO', prohibitions: [prohibition('p-1', '2025-06-01')] }))]);
    expect(orderStatusOn(interim, '2025-06-01')).toBe('interim');
    expect(orderStatusOn(interim, '2025-06-02')).toBe('expired');
  });
});

describe('orderInForceUntil', () => {
  it('is the latest until of the fixed prohibitions in force', () => {
    const fixed = replay([orderMade(makeOrder({ prohibitions: [prohibition('p-1', '2031-01-01'), travelBan('p-2', '2026-03-10')] }))]);
    expect(orderInForceUntil(fixed)).toBe('2031-01-01');
  });

  it('is null while a prohibition runs until further order, and for an order not in force', () => {
    expect(orderInForceUntil(replay([made]))).toBeNull();
    expect(orderInForceUntil(replay([made, varied, discharged]))).toBeNull();
    expect(orderInForceUntil(initialState)).toBeNull();
  });
});

describe('consentRequiredUntil (R22, R23, R40)', () => {
  it('is the last day of five years for an STPO and two for an STRO; null for other types', () => {
    expect(consentRequiredUntil('STPO', '2020-03-10')).toBe('2025-03-09');
    expect(consentRequiredUntil('STRO', '2023-05-01')).toBe('2025-04-30');
    expect(consentRequiredUntil('INTERIM_STPO', '2023-05-01')).toBeNull();
  });
});
