import type { Principal } from '#identity';
import { changesOpenTo, type OrderForActions } from './order-actions.js';

const manager = (force: string): Principal => ({ userId: `u:${force}`, name: 'DS Shah', role: 'order-manager', force }) as Principal;
const order: OrderForActions = { orderId: 'o-1', owningForce: 'kent', status: 'active', prohibitions: [{ status: 'in-force' }], passportsHeld: [] };
const texts = (principal: Principal, of: OrderForActions = order) => changesOpenTo(principal, of).map((action) => action.text);

describe('the changes offered on an order', () => {
  test('given the owning force’s order manager, then every change to the order', () => {
    expect(texts(manager('kent'))).toEqual(expect.arrayContaining(['Record a breach', 'Record a variation', 'Record a discharge', 'Transfer to another force', 'Correct the subject’s particulars']));
  });

  test('given another force’s order manager, then only a breach in their area or a notification', () => {
    expect(texts(manager('sussex'))).toEqual(['Record a breach', 'Record a notification']);
  });

  test('given an officer, then nothing', () => {
    expect(texts({ userId: 'u', name: 'PC Khan', role: 'officer', force: 'kent' } as Principal)).toEqual([]);
  });

  test('given an order that has ended, then no variation, renewal, discharge or transfer, but an appeal and a correction still', () => {
    const ended = texts(manager('kent'), { ...order, status: 'discharged' });
    expect(ended).not.toEqual(expect.arrayContaining(['Record a variation']));
    expect(ended).not.toContain('Record a discharge');
    expect(ended).toEqual(expect.arrayContaining(['Record a breach', 'Record an appeal', 'Correct a mistake in the record']));
  });

  test('given an all-countries ban in force and passports held, then passports are offered', () => {
    expect(texts(manager('kent'))).not.toContain('Record passports surrendered');
    const banned = { ...order, prohibitions: [{ status: 'in-force', foreignTravel: { scope: 'all' } }], passportsHeld: ['GBR 1'] };
    expect(texts(manager('kent'), banned)).toEqual(expect.arrayContaining(['Record passports surrendered', 'Record passports returned']));
  });
});
