import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasRuleWords, ruleWords } from './rule-words.js';

/** Every rule id the domain raises (orders and subjects), read from its source (so a new rule fails this spec until it has words). */
function rulesTheDomainRaises(): string[] {
  const domainSource = join(dirname(fileURLToPath(import.meta.url)), '../../../../../libs/domain/src');
  const files = readdirSync(domainSource, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'));
  const rules = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(domainSource, file), 'utf8');
    for (const match of source.matchAll(/RuleViolation\(\s*'([^']+)'/g)) rules.add(match[1]);
    // Rules passed on as a value (R35/R36 by jurisdiction) are named as literals beside them.
    for (const match of source.matchAll(/rule(?:: RuleId)?\s*=\s*[^;]*?'(R\d+)'/g)) rules.add(match[1]);
  }
  return [...rules].sort();
}

describe('rule refusals in words', () => {
  test('given every rule the domain can raise on an order, then each has words an order manager understands', () => {
    const rules = rulesTheDomainRaises();
    expect(rules).toEqual(expect.arrayContaining(['R22', 'R9', 'order-not-in-force']));
    expect(rules.filter((rule) => !hasRuleWords(rule))).toEqual([]);
  });

  test('given R22, then the words and the rule it cites', () => {
    expect(ruleWords('R22', 'domain message')).toBe(
      'A prevention order cannot be discharged within 5 years of being made without the consent of the subject and the chief officer. (rule R22)',
    );
  });

  test('given a rule with no words here, then the domain’s own message', () => {
    expect(ruleWords('R99', 'The domain says why.')).toBe('The domain says why. (rule R99)');
  });
});
