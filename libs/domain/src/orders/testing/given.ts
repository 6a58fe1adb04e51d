import type { RuleId } from '../../errors/rule-id.js';
import { type DomainError } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import { decide } from '../decide.js';
import { replay } from '../evolve.js';
import type { OrderEvent } from '../events.js';
import type { OrderCommand } from '../order-command.js';

// Test-only, and free of any test framework so that it type-checks and builds with the library:
// a failed expectation throws an Error, which every runner reports as a failure.

export interface Outcome {
  /** The decider produced exactly these events, in this order. */
  then(expected: OrderEvent[]): OrderEvent[];
  /** The decider refused with this error class and, for a RuleViolation, this rule; returns the error. */
  thenRejects<E extends DomainError>(errorClass: abstract new (...args: never[]) => E, rule?: RuleId): E;
}

export function given(history: OrderEvent[]) {
  return {
    when(command: OrderCommand, context: DecisionContext): Outcome {
      const state = replay(history);
      const run = (): { events: OrderEvent[] } | { error: unknown } => {
        try {
          return { events: decide(command, state, context) };
        } catch (error) {
          return { error };
        }
      };
      return {
        then(expected) {
          const result = run();
          if ('error' in result) {
            throw new Error(`Expected ${describe(expected)} but the command was refused: ${String(result.error)}`);
          }
          const difference = firstDifference(expected, result.events, 'events');
          if (difference !== null) {
            throw new Error(`Events differ at ${difference}.\nExpected ${describe(expected)}\nReceived ${describe(result.events)}`);
          }
          return result.events;
        },
        thenRejects<E extends DomainError>(errorClass: abstract new (...args: never[]) => E, rule?: RuleId): E {
          const result = run();
          if (!('error' in result)) {
            throw new Error(`Expected a refusal (${errorClass.name}${rule ? ` ${rule}` : ''}) but got ${describe(result.events)}`);
          }
          const { error } = result;
          if (!(error instanceof errorClass)) {
            throw new Error(`Expected ${errorClass.name} but the command failed with ${String(error)}`);
          }
          const actualRule = (error as { rule?: unknown }).rule;
          if (rule !== undefined && actualRule !== rule) {
            throw new Error(`Expected rule ${rule} but it was refused under ${String(actualRule)}: ${error.message}`);
          }
          return error;
        },
      };
    },
  };
}

function describe(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** Structural equality for event data (plain objects, arrays, primitives); a missing key equals undefined. */
export function firstDifference(expected: unknown, actual: unknown, path: string): string | null {
  if (Object.is(expected, actual)) return null;
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return path;
    if (expected.length !== actual.length) return `${path}.length`;
    for (let i = 0; i < expected.length; i++) {
      const difference = firstDifference(expected[i], actual[i], `${path}[${i}]`);
      if (difference !== null) return difference;
    }
    return null;
  }
  if (typeof expected !== 'object' || typeof actual !== 'object' || expected === null || actual === null) return path;
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const key of keys) {
    const difference = firstDifference((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], `${path}.${key}`);
    if (difference !== null) return difference;
  }
  return null;
}
