import type { SubjectId } from '../subjects/subject-id.js';
import type { OrderId } from '../orders/order-id.js';
import type { RuleId } from './rule-id.js';

export type DomainErrorKind = 'rule-violation' | 'not-permitted' | 'not-found' | 'conflict';

/** A refusal the decider gives for a reason the user can act on; the HTTP edge maps `kind` once. */
export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;

  protected constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The law or a register rule forbids the change (→ 422). */
export class RuleViolation extends DomainError {
  readonly kind = 'rule-violation';

  /**
   * @param rule 'R9' for a numbered rule of DOMAIN.md, or a named register rule such as 'order-not-in-force'
   * @param message a sentence an order manager understands, citing the section
   * @param field the input it concerns, e.g. 'prohibitions[0].until'
   */
  constructor(
    readonly rule: RuleId,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The actor's role or force may not do this (→ 403). */
export class NotPermitted extends DomainError {
  readonly kind = 'not-permitted';

  constructor(message: string) {
    super(message);
  }
}

/** A command other than MakeOrder for an order the register does not hold (→ 404). */
export class OrderNotFound extends DomainError {
  readonly kind = 'not-found';

  constructor(readonly orderId: OrderId) {
    super(`There is no order ${orderId} on the register.`);
  }
}

/** MakeOrder for an order id the register already holds (→ 409). */
export class OrderAlreadyExists extends DomainError {
  readonly kind = 'conflict';

  constructor(readonly orderId: OrderId) {
    super(`Order ${orderId} is already on the register.`);
  }
}

/**
 * A refusal that concerns several fields at once (→ 422 naming each): e.g. an order given an
 * existing subject whose name and date of birth both differ from the recorded ones.
 */
export class FieldsRuleViolation extends RuleViolation {
  constructor(
    rule: RuleId,
    message: string,
    readonly fields: { field: string; message: string }[],
  ) {
    super(rule, message, fields[0]?.field);
  }
}

/** A subject id the register does not hold, on a command about that subject (→ 404). */
export class SubjectNotFound extends DomainError {
  readonly kind = 'not-found';

  constructor(readonly subjectId: SubjectId) {
    super(`There is no subject ${subjectId} on the register.`);
  }
}

/** The register's state forbids the command, whatever is sent (→ 409). */
export class Conflict extends DomainError {
  readonly kind = 'conflict';

  constructor(message: string) {
    super(message);
  }
}
