import { FieldsRuleViolation, RuleViolation } from '#domain';
import { IdempotencyKeyReused } from '#orders';
import { InvalidRequest } from '../../problem-details/invalid-request.exception.js';
import { type FieldErrors, fieldErrorsFrom } from './form-fields.js';
import { ruleWords } from './rule-words.js';

/** A refusal of the law against the form fields it concerns, in words, citing its rule. */
export function ruleRefusalErrors(error: RuleViolation, fieldFor: (field: string | undefined) => string): FieldErrors {
  const errors: FieldErrors = {};
  const fields = error instanceof FieldsRuleViolation ? error.fields : [{ field: error.field, message: error.message }];
  for (const { field, message } of fields) errors[fieldFor(field)] ??= ruleWords(error.rule, message);
  return errors;
}

/**
 * A new record's refusal as a form's errors: a rule of law, a malformed field, a form sent twice
 * with different answers. Anything else (not permitted, an outage) is not the form's to show:
 * null, and the caller rethrows it to the error page.
 */
export function refusalAsFormErrors(error: unknown, fieldFor: (field: string | undefined) => string): FieldErrors | null {
  if (error instanceof RuleViolation) return ruleRefusalErrors(error, fieldFor);
  if (error instanceof InvalidRequest) return Object.fromEntries(Object.entries(fieldErrorsFrom(error.errors, fieldFor(undefined))).map(([field, message]) => [fieldFor(field), message]));
  if (error instanceof IdempotencyKeyReused) return { [fieldFor(undefined)]: 'This form was already sent with different answers. Reload the page and try again.' };
  return null;
}
