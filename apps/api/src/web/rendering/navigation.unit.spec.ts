import type { Principal } from '#identity';
import { navigationFor } from './navigation.js';

const user = (role: Principal['role'], force?: Principal['force'], region?: string): Principal => ({ userId: 'u1', name: 'A User', role, force, region });
const links = (principal: Principal, path = '/') => navigationFor(principal, path).map((item) => `${item.text} ${item.href}${item.active ? ' (here)' : ''}`);

describe('the navigation for each role', () => {
  test('given an order manager, then their force’s alerts and webhooks beside checking and recording', () => {
    expect(links(user('order-manager', 'kent'), '/forces/kent/webhooks/7d3c8a4e-0000-4000-8000-000000000002')).toEqual([
      'Check a subject /',
      'Record an order /orders/new',
      'Alerts /forces/kent/alerts',
      'Webhooks /forces/kent/webhooks (here)',
    ]);
  });

  test('given an officer, then their force’s alerts and no webhooks', () => {
    expect(links(user('officer', 'kent'))).toEqual(['Check a subject / (here)', 'Alerts /forces/kent/alerts']);
  });

  test('given a national user, then no one force’s pages: they choose the force from Alerts', () => {
    expect(links(user('national'))).toEqual(['Check a subject / (here)', 'Regions /regions', 'Statistics /statistics', 'Alerts /alerts']);
  });

  test('given no one signed in, then nothing', () => {
    expect(navigationFor(null, '/')).toEqual([]);
  });
});
