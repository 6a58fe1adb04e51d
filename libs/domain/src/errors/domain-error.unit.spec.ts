import type { OrderId } from '../orders/order-id.js';
import { DomainError, NotPermitted, OrderAlreadyExists, OrderNotFound, RuleViolation } from './domain-error.js';

describe('domain errors', () => {
  it('carry the kind the HTTP edge maps, and their own name', () => {
    const errors: [DomainError, string, string][] = [
      [new RuleViolation('R9', 'Too short (s17(4)).', 'prohibitions[0].until'), 'rule-violation', 'RuleViolation'],
      [new NotPermitted('No.'), 'not-permitted', 'NotPermitted'],
      [new OrderNotFound('o-1' as OrderId), 'not-found', 'OrderNotFound'],
      [new OrderAlreadyExists('o-1' as OrderId), 'conflict', 'OrderAlreadyExists'],
    ];
    for (const [error, kind, name] of errors) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toBeInstanceOf(Error);
      expect(error.kind).toBe(kind);
      expect(error.name).toBe(name);
    }
  });

  it('a rule violation names its rule and field', () => {
    const error = new RuleViolation('R9', 'Too short (s17(4)).', 'prohibitions[0].until');
    expect({ rule: error.rule, field: error.field, message: error.message }).toEqual({ rule: 'R9', field: 'prohibitions[0].until', message: 'Too short (s17(4)).' });
  });
});
