import type { FieldError } from '../../problem-details/invalid-request.exception.js';

/** A form's errors by field name, in the order the fields appear. */
export type FieldErrors = Record<string, string>;

/** A field of a posted form or a query parameter as it arrives: once, repeated, or not at all. */
export type QueryValue = string | string[] | undefined;

/** One field of a posted form as text: a repeated field keeps its first value, a missing one is ''. */
export function text(value: QueryValue): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** A box typed one entry a line: each line trimmed, blank ones left out, at most `most` read. */
export function linesOf(typed: string, most: number): string[] {
  return typed
    .split(/\r?\n/, most)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The GOV.UK error summary's list (each linking to its field) and each field's inline message. */
export function fieldErrorsView(errors: FieldErrors): { errorList: { text: string; href: string }[]; errors: Record<string, { text: string }> } {
  return {
    // A date's error is kept against its first box, `<name>-day`, where the summary links.
    errorList: Object.entries(errors).map(([field, message]) => ({ text: message, href: `#${fieldId(field)}` })),
    errors: Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, { text: message }])),
  };
}

/** A field's HTML id from its name in a command (dots and brackets become dashes). */
export function fieldId(field: string): string {
  return field.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '');
}

/** The API's field errors (validation, rule refusals) keyed by field for a form. */
export function fieldErrorsFrom(errors: readonly FieldError[], fallbackField: string): FieldErrors {
  const byField: FieldErrors = {};
  for (const error of errors) {
    const field = error.field && error.field !== 'body' ? error.field : fallbackField;
    byField[field] ??= error.message;
  }
  return byField;
}

