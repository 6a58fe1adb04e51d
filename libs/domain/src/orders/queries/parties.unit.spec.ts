import type { ForceCode } from '#forces';
import type { OrderEvent } from '../events.js';
import { replay } from '../evolve.js';
import type { OrderInForceOrEnded } from '../state.js';
import { breachRecorded, makeOrder, ORDER_ID, orderMade, prohibition } from '../testing/fixtures.js';
import { activeParties, isCrossBorder } from './parties.js';

function order(events: OrderEvent[]): OrderInForceOrEnded {
  return replay(events) as OrderInForceOrEnded;
}

const moved = (force: ForceCode, notificationId = 'n-1'): OrderEvent => ({
  type: 'NotificationReceived',
  data: { orderId: ORDER_ID, notificationId, notifiedOn: '2025-06-01', names: ['Jan'], address: { line1: '1 Road', postcode: 'XX1 1XX', force }, previousAddressForce: null, lateBy: 0, changedOn: null },
});
const transferred = (fromForce: ForceCode, toForce: ForceCode): OrderEvent => ({ type: 'OwningForceChanged', data: { orderId: ORDER_ID, fromForce, toForce, transferredOn: '2025-07-01' } });

describe('activeParties', () => {
  it('is the owning force alone for a fresh order', () => {
    expect(activeParties(order([orderMade()]))).toEqual(['kent']);
  });

  it('adds previous owners, notified-address forces and breach forces, owner first, each once', () => {
    const state = order([orderMade(), moved('essex'), breachRecorded('b-1', '2025-05-01'), breachRecorded('b-2', '2025-05-02'), transferred('kent', 'essex')]);
    expect(activeParties(state)).toEqual(['essex', 'kent', 'sussex']);
  });
});

describe('isCrossBorder (R37)', () => {
  it('is false for an E&W order with only its E&W owner', () => {
    expect(isCrossBorder(order([orderMade()]))).toBe(false);
  });

  it('is true once another force is party: a breach elsewhere, or a notified address elsewhere', () => {
    expect(isCrossBorder(order([orderMade(), breachRecorded('b-1', '2025-05-01')]))).toBe(true);
    expect(isCrossBorder(order([orderMade(), moved('police-scotland')]))).toBe(true);
  });

  it('is true when the owning force is in another jurisdiction from the law of the order', () => {
    expect(isCrossBorder(order([orderMade(makeOrder({ orderType: 'TEPO', prohibitions: [prohibition('p-1', '2030-03-09')] }))]))).toBe(true);
    expect(isCrossBorder(order([orderMade(makeOrder({ owningForce: 'psni' }))]))).toBe(true);
  });

  it('is false for a Scottish order managed by Police Scotland, and for BTP (no jurisdiction of its own)', () => {
    expect(isCrossBorder(order([orderMade(makeOrder({ orderType: 'TEPO', owningForce: 'police-scotland', prohibitions: [prohibition('p-1', '2030-03-09')] }))]))).toBe(false);
    expect(isCrossBorder(order([orderMade(makeOrder({ owningForce: 'btp' }))]))).toBe(false);
  });

  it('uses the jurisdiction lookup it is given', () => {
    expect(isCrossBorder(order([orderMade()]), () => 'SCO')).toBe(true);
  });
});
