import { RuleViolation } from '../../errors/domain-error.js';
import type { ProhibitionTerms } from '../prohibition-terms.js';

/** R8 (s17(1), s24(1)): an order prohibits the subject from doing things the order describes. */
export function r8ProhibitionsRequired(prohibitions: readonly ProhibitionTerms[]): void {
  if (prohibitions.length === 0) {
    throw new RuleViolation('R8', 'An order must contain at least one prohibition (s17(1), s24(1)).', 'prohibitions');
  }
}

/** R8: a prohibition has to say what the subject must not do, or it cannot be enforced. */
export function r8ProhibitionWorded(prohibition: ProhibitionTerms, field: string): void {
  if (prohibition.text.trim() === '') {
    throw new RuleViolation('R8', 'Each prohibition must say what the subject must not do (s17(1), s24(1)).', `${field}.text`);
  }
}
