import type { OrderId } from '../order-id.js';
import { NotPermitted, OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import { kent, makeOrder, orderMade, prohibition } from './fixtures.js';
import { firstDifference, given } from './given.js';

describe('given / when / then', () => {
  it('passes when the events match and returns them', () => {
    expect(given([]).when(makeOrder(), kent).then([orderMade()])).toEqual([orderMade()]);
  });

  it('fails when the events differ, naming where', () => {
    expect(() => given([]).when(makeOrder(), kent).then([orderMade(makeOrder({ court: 'Elsewhere' }))])).toThrow(/events\[0\]\.data\.court/);
  });

  it('fails when a refusal was expected but events came', () => {
    expect(() => given([]).when(makeOrder(), kent).thenRejects(RuleViolation)).toThrow(/Expected a refusal/);
  });

  it('fails when events were expected but the command was refused', () => {
    expect(() => given([]).when(makeOrder({ prohibitions: [] }), kent).then([])).toThrow(/refused/);
  });

  it('fails on the wrong error class or the wrong rule', () => {
    expect(() => given([]).when(makeOrder({ prohibitions: [] }), kent).thenRejects(NotPermitted)).toThrow(/Expected NotPermitted/);
    expect(() => given([]).when(makeOrder({ prohibitions: [] }), kent).thenRejects(RuleViolation, 'R9')).toThrow(/Expected rule R9 but it was refused under R8/);
  });

  it('returns the error for further checks', () => {
    const error = given([]).when({ type: 'ExpireProhibitions', orderId: 'x' as OrderId, today: '2026-01-01' }, { ...kent, actor: { userId: 'c', role: 'system' } }).thenRejects(OrderNotFound);
    expect(error.orderId).toBe('x');
  });
});

describe('firstDifference', () => {
  it('treats a missing key as undefined and compares arrays by position', () => {
    expect(firstDifference({ a: 1 }, { a: 1, b: undefined }, '$')).toBeNull();
    expect(firstDifference([1, 2], [2, 1], '$')).toBe('$[0]');
    expect(firstDifference([prohibition('p-1', null)], [prohibition('p-1', '2030-01-01')], '$')).toBe('$[0].until');
    expect(firstDifference({ a: [1] }, { a: { 0: 1 } }, '$')).toBe('$.a');
  });
});
