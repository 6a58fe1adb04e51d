import type { SubjectId } from '#domain';
import type { OrderId } from '#domain';
import type { OrderEvent, OrderInForceOrEnded, SubjectEvent } from '#domain';
import { isGathered, SubjectChanges } from './subject-changes.js';

const registered: SubjectEvent = {
  type: 'SubjectRegistered',
  data: {
    subjectId: 's-1' as SubjectId,
    forenames: 'Mohammed',
    surname: 'Al-Hassan',
    dateOfBirth: '1988-09-21',
    pncId: null,
    croNumber: null,
    aliases: [{ forenames: 'Muhammad', surname: 'Alhassan' }],
  },
};
const state = { subject: { subjectId: 's-1' as SubjectId, forenames: 'Mohammed', surname: 'Al-Hassan', dateOfBirth: '1988-09-21', aliases: [], pncId: null } } as unknown as OrderInForceOrEnded;

function given(subjectEvents: SubjectEvent[], orderEvents: OrderEvent[] = []) {
  const changes = new SubjectChanges();
  for (const event of subjectEvents) if (isGathered(event)) changes.subjectEvent(event);
  for (const event of orderEvents) changes.orderEvent(event, state);
  return changes;
}

describe('what events do to the subject side of the register', () => {
  test('a registration: the subject, their recorded name and aliases, each with its search tokens', () => {
    const changes = given([registered]);
    expect([...changes.registered.keys()]).toEqual(['s-1']);
    expect(changes.registered.get('s-1')).toEqual({ forenames: 'Mohammed', surname: 'Al-Hassan', dateOfBirth: '1988-09-21', pncId: null, croNumber: null });
    expect(changes.names.map(({ name }) => [name.forenames, name.surname, name.isAlias])).toEqual([
      ['Mohammed', 'Al-Hassan', false],
      ['Muhammad', 'Alhassan', true],
    ]);
    expect(changes.names[0]?.name.tokens).toEqual(expect.arrayContaining(['mohammed', 'alhassan']));
    expect([...changes.touched]).toEqual(['s-1']);
  });

  test('names added by a later order are aliases', () => {
    const changes = given([{ type: 'SubjectAliasesAdded', data: { subjectId: 's-1' as SubjectId, orderId: 'o-2' as OrderId, aliases: [{ forenames: 'Mo', surname: 'Hassan' }] } }]);
    expect(changes.registered.size).toBe(0);
    expect(changes.names.map(({ name }) => [name.forenames, name.surname, name.isAlias])).toEqual([['Mo', 'Hassan', true]]);
  });

  test('an order made puts its subject among those with orders; a notified name becomes a searchable alias (R16-R17)', () => {
    const notified = {
      type: 'NotificationReceived',
      data: { orderId: 'o-1' as OrderId, notificationId: 'n-1', notifiedOn: '2026-01-02', names: ['Hassan Ali'], address: { line1: '1 High St', postcode: 'ME1 1AA', force: 'kent' }, previousAddressForce: null, lateBy: 0, changedOn: null },
    } as OrderEvent;
    const changes = given([], [{ type: 'OrderMade', data: {} } as OrderEvent, notified]);
    expect([...changes.withOrders.keys()]).toEqual(['s-1']);
    expect(changes.names.map(({ name }) => [name.forenames, name.surname, name.isAlias])).toEqual([['Hassan', 'Ali', true]]);
  });

  test('events that name nobody change nothing', () => {
    expect(given([], [{ type: 'OrderVaried', data: {} } as OrderEvent]).isEmpty).toBe(true);
  });
});
