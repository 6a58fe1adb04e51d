import { FieldsRuleViolation, RuleViolation } from '#domain';
import { IdempotencyKeyReused, VersionMismatch } from '#orders';
import { InvalidRequest } from '../../problem-details/invalid-request.exception.js';
import { type FieldErrors, fieldErrorsFrom } from './form-fields.js';

/**
 * A command's refusal as a form's errors: a rule of law in the domain's own words with its number,
 * on the field it concerns; a malformed field; a form drawn from an older version of the order.
 * Anything else (not permitted, not found, an outage) is not the form's to show: null, and the
 * caller rethrows it to the error page.
 */
export function refusalAsFormErrors(error: unknown, fallbackField: string): FieldErrors | null {
  if (error instanceof FieldsRuleViolation) {
    return Object.fromEntries(error.fields.map(({ field, message }) => [field || fallbackField, `${message} (rule ${error.rule})`]));
  }
  if (error instanceof RuleViolation) return { [error.field ?? fallbackField]: `${error.message} (rule ${error.rule})` };
  if (error instanceof InvalidRequest) return fieldErrorsFrom(error.errors, fallbackField);
  if (error instanceof VersionMismatch) {
    return { [fallbackField]: `This ${error.stream} has changed since you opened the form. Reload the page to see the changes, then try again.` };
  }
  if (error instanceof IdempotencyKeyReused) return { [fallbackField]: 'This form was already sent with different answers. Reload the page and try again.' };
  return null;
}
