import { RuleViolation } from '../../errors/domain-error.js';
import type { Sentence } from '../events.js';

/** R33 (s30(4)): a court convicting of the s30 breach offence may not conditionally discharge. */
export function r33NoConditionalDischarge(sentence: Sentence): void {
  if (sentence.kind !== 'conditional-discharge') return;
  throw new RuleViolation('R33', 'A person convicted of breaching a slavery and trafficking order cannot be given a conditional discharge (s30(4)).', 'sentence.kind');
}
