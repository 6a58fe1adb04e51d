import type { SubjectId } from '#domain';
import type { OrderId } from '#domain';
import { decide, type MakeOrder, type OrderEvent, type OrderInForceOrEnded, replay, type IsoDate } from '#domain';
import { orderRowOf } from './order-row.js';

const kent = { actor: { userId: 'u', role: 'order-manager' as const, force: 'kent' as const }, today: '2026-11-23' as const };
const clock = { actor: { userId: 'clock', role: 'system' as const }, today: '2026-11-23' as const };

function made(prohibitions: { prohibitionId: string; text: string; until: IsoDate | null }[], madeOn: IsoDate = '2020-03-14'): OrderEvent[] {
  const command: MakeOrder = {
    type: 'MakeOrder',
    orderId: 'o-1' as OrderId,
    orderType: 'STRO',
    owningForce: 'kent',
    court: 'Maidstone Magistrates',
    madeOn,
    servedOn: madeOn,
    subject: { subjectId: 's-1' as SubjectId, forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02' as const, aliases: [], pncId: null },
    prohibitions,
    legalBasis: 's23',
    applicant: { kind: 'chief-officer', force: 'kent' as const },
  };
  return decide(command, { status: 'none' }, kent);
}

function given(events: OrderEvent[]) {
  return { thenRow: () => orderRowOf(replay(events) as OrderInForceOrEnded, events.length, 100 + events.length) };
}

describe('the register row of an order', () => {
  test('an order with a prohibition until further order is in force indefinitely', () => {
    const row = given(made([{ prohibitionId: 'p-1', text: 'Must not enter car washes', until: null }])).thenRow();
    expect(row).toMatchObject({ orderId: 'o-1' as OrderId, subjectId: 's-1' as SubjectId, status: 'active', inForceUntil: 'infinity', prohibitionsInForce: [], forces: ['kent'] });
  });

  test('fixed prohibitions: in force until the latest of them, each one listed for the clock', () => {
    const row = given(
      made([
        { prohibitionId: 'p-1', text: 'Must not enter car washes', until: '2023-03-14' },
        { prohibitionId: 'p-2', text: 'Must not contact named persons', until: '2025-06-30' },
      ]),
    ).thenRow();
    expect(row.inForceUntil).toBe('2025-06-30');
    expect(row.prohibitionsInForce).toEqual([
      { prohibitionId: 'p-1', until: '2023-03-14' },
      { prohibitionId: 'p-2', until: '2025-06-30' },
    ]);
  });

  test('an order the clock has expired is no longer in force at all', () => {
    const history = made([{ prohibitionId: 'p-1', text: 'Must not enter car washes', until: '2023-03-14' }]);
    const expired = decide({ type: 'ExpireProhibitions', orderId: 'o-1' as OrderId, today: '2026-11-23' as const }, replay(history), clock);
    const row = given([...history, ...expired]).thenRow();
    expect(row).toMatchObject({ status: 'expired', inForceUntil: null, prohibitionsInForce: [] });
  });

  test('an order that ends by its dates is due a warning of its last day until warned; one until further order never is', () => {
    const history = made([{ prohibitionId: 'p-1', text: 'Must not enter car washes', until: '2026-12-01' }]);
    expect(given(history).thenRow().lastDayToWarn).toBe('2026-12-01');
    expect(given(made([{ prohibitionId: 'p-1', text: 'Must not enter car washes', until: null }])).thenRow().lastDayToWarn).toBeNull();

    const warned = decide({ type: 'WarnOfExpiry', orderId: 'o-1' as OrderId, today: '2026-11-23', warningDays: 28 }, replay(history), clock);
    expect(warned).toEqual([expect.objectContaining({ type: 'OrderExpiringSoon' })]);
    expect(given([...history, ...warned]).thenRow()).toMatchObject({ status: 'active', inForceUntil: '2026-12-01', lastDayToWarn: null });
  });

  test('an order the clock has expired is due no warning', () => {
    const history = made([{ prohibitionId: 'p-1', text: 'Must not enter car washes', until: '2023-03-14' }]);
    const expired = decide({ type: 'ExpireProhibitions', orderId: 'o-1' as OrderId, today: '2026-11-23' as const }, replay(history), clock);
    expect(given([...history, ...expired]).thenRow().lastDayToWarn).toBeNull();
  });

  test('who obtained the order stays the force that owned it when made; breaches are counted', () => {
    const history = made([{ prohibitionId: 'p-1', text: 'Must not enter car washes', until: null }]);
    const transferred = decide({ type: 'TransferOrder', orderId: 'o-1' as OrderId, toForce: 'sussex', transferredOn: '2024-01-02' }, replay(history), kent);
    const breached = decide(
      { type: 'RecordBreach', orderId: 'o-1' as OrderId, breachId: 'b-1', occurredOn: '2025-01-02', locationForce: 'sussex', description: 'Seen at a car wash', prohibitionIds: ['p-1'] },
      replay([...history, ...transferred]),
      { ...kent, actor: { ...kent.actor, force: 'sussex' as const } },
    );
    const row = given([...history, ...transferred, ...breached]).thenRow();
    expect(row).toMatchObject({ owningForce: 'sussex', obtainedBy: 'kent', breachesRecorded: 1 });
  });
});
