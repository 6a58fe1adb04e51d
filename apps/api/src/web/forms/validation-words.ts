import type { FieldErrors } from './form-fields.js';

/**
 * A request class's message ("description must be shorter than or equal to 5000 characters") in
 * the words of the form: the field's label for its path, and the GOV.UK pattern's phrasing.
 */
export function validationWords(message: string, field: string, label: string | undefined): string {
  let words = label && message.startsWith(`${field} `) ? `${label}${message.slice(field.length)}` : message;
  words = words
    .replace(/ should not be empty$/, ' must not be empty')
    .replace(/ must be shorter than or equal to (\d+) characters$/, ' must be $1 characters or fewer')
    .replace(/ must be a string$/, ' must be entered');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A form's errors from the request class, each in the words of its label (`label` gives it by field). */
export function inFormWords(errors: FieldErrors, label: (field: string) => string | undefined): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, validationWords(message, field, label(field))]));
}
