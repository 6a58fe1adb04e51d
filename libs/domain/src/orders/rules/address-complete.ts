import { RuleViolation } from '../../errors/domain-error.js';
import type { RuleId } from '../../errors/rule-id.js';
import type { NotifiedAddress } from '../events.js';

const PARTS = ['line1', 'postcode', 'force'] as const;

/**
 * A home address names its first line, postcode and force area, none blank — the force area is
 * what decides who must know where the subject lives (R18). Returns the address with those three
 * parts only; `at` is the field path of the address in the request.
 */
export function completeAddress(address: Partial<NotifiedAddress> | null | undefined, refusal: { rule: RuleId; message: string; at: string }): NotifiedAddress {
  const given = address ?? {};
  for (const part of PARTS) {
    const value = given[part];
    if (typeof value !== 'string' || value.trim() === '') throw new RuleViolation(refusal.rule, refusal.message, `${refusal.at}.${part}`);
  }
  return { line1: given.line1 as string, postcode: given.postcode as string, force: given.force as NotifiedAddress['force'] };
}
