import type { OrderId } from '#domain';
import { deterministicId } from '#platform';
import { commandIdOf, eventIdOf, type NewProhibition, newOrderIds, type OrderCommandAsSent, withNewIds } from './new-ids.js';

const ORDER = '0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c01' as OrderId;
const COMMAND = 'c5f91f38-c8a3-5972-b2b9-8863f2023438';

// The labels and the place of each given id are in stored logs (ids, and command fingerprints
// hashed from the command's JSON): a retry after a change here would be recorded twice or refused.
describe('the ids STOR gives to what a command records', () => {
  test('a breach: its id from the command, straight after the order id', () => {
    const sent: OrderCommandAsSent = { type: 'RecordBreach', orderId: ORDER, occurredOn: '2026-11-20', locationForce: 'sussex', description: 'Seen at a car wash', prohibitionIds: ['p-1'] };
    const { command, newIds } = withNewIds(sent, COMMAND);
    const breachId = deterministicId(COMMAND, 'breach');
    expect(newIds).toEqual({ breachId });
    expect(JSON.stringify(command)).toBe(
      `{"type":"RecordBreach","orderId":"${ORDER}","breachId":"${breachId}","occurredOn":"2026-11-20","locationForce":"sussex","description":"Seen at a car wash","prohibitionIds":["p-1"]}`,
    );
  });

  test('an appeal, a notification and a correction: each under its own label', () => {
    const appeal = withNewIds({ type: 'LodgeAppeal', orderId: ORDER, court: 'Court of Appeal', lodgedOn: '2026-01-02' }, COMMAND);
    expect(appeal.newIds).toEqual({ appealId: deterministicId(COMMAND, 'appealId') });
    expect(Object.keys(appeal.command)).toEqual(['type', 'orderId', 'appealId', 'court', 'lodgedOn']);

    const address = { line1: '1 High Street', postcode: 'ME14 1AA', force: 'kent' as const };
    const notification = withNewIds({ type: 'RecordNotification', orderId: ORDER, notifiedOn: '2026-01-02', names: [], address }, COMMAND);
    expect(notification.newIds).toEqual({ notificationId: deterministicId(COMMAND, 'notificationId') });
    expect(Object.keys(notification.command)).toEqual(['type', 'orderId', 'notificationId', 'notifiedOn', 'names', 'address']);

    const correction = withNewIds({ type: 'CorrectRecord', orderId: ORDER, correctedOn: '2026-01-02', reason: 'typo', changes: { court: 'Maidstone' } }, COMMAND);
    expect(correction.newIds).toEqual({ correctionId: deterministicId(COMMAND, 'correctionId') });
    expect(Object.keys(correction.command)).toEqual(['type', 'orderId', 'correctionId', 'correctedOn', 'reason', 'changes']);
  });

  test('new prohibitions, on a variation or an appeal that varies: numbered in the order the court worded them, in place', () => {
    const added: NewProhibition[] = [{ text: 'Must not enter any car wash premises', until: null }, { text: 'Must not travel', until: '2030-01-01', foreignTravel: { scope: 'all', countries: [] } }];
    const { command: variation } = withNewIds({ type: 'VaryOrder', orderId: ORDER, court: 'Maidstone', variedOn: '2026-01-02', addProhibitions: added, removeProhibitionIds: ['p-1'] }, COMMAND);
    expect(Object.keys(variation)).toEqual(['type', 'orderId', 'court', 'variedOn', 'addProhibitions', 'removeProhibitionIds']);
    expect(variation).toMatchObject({
      addProhibitions: [
        { prohibitionId: deterministicId(COMMAND, 'prohibition', '0'), text: added[0]?.text, until: null },
        { prohibitionId: deterministicId(COMMAND, 'prohibition', '1'), foreignTravel: { scope: 'all', countries: [] } },
      ],
    });

    const varied = withNewIds({ type: 'DetermineAppeal', orderId: ORDER, appealId: 'a-1', outcome: 'varied', decidedOn: '2026-01-02' as const, variation: { addProhibitions: added, removeProhibitionIds: [] } }, COMMAND);
    expect(varied.command).toMatchObject({ variation: { addProhibitions: [{ prohibitionId: deterministicId(COMMAND, 'prohibition', '0') }, {}] } });
    expect(varied.newIds).toEqual({});
    const dismissed = withNewIds({ type: 'DetermineAppeal', orderId: ORDER, appealId: 'a-1', outcome: 'dismissed', decidedOn: '2026-01-02' as const }, COMMAND);
    expect(Object.keys(dismissed.command)).toEqual(['type', 'orderId', 'appealId', 'outcome', 'decidedOn']);
  });

  test('a command that records nothing new passes through as it was sent', () => {
    const transfer: OrderCommandAsSent = { type: 'TransferOrder', orderId: ORDER, toForce: 'sussex', transferredOn: '2026-01-02' };
    expect(withNewIds(transfer, COMMAND)).toEqual({ command: transfer, newIds: {} });
  });

  test('the command, its events and a new order and subject: the labels that are in stored logs', () => {
    expect(commandIdOf('u-kent', 'key-1')).toBe(deterministicId('command', 'u-kent', 'key-1'));
    expect(eventIdOf(COMMAND, 2)).toBe(deterministicId(COMMAND, '2'));
    expect(eventIdOf(COMMAND, 0, 'subject-')).toBe(deterministicId(COMMAND, 'subject-0'));
    expect(newOrderIds(COMMAND)).toEqual({ orderId: deterministicId(COMMAND, 'order'), subjectId: deterministicId(COMMAND, 'subject') });
  });
});
