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

/**
 * The request class's errors (keyed by its field paths) as a form's: each against the form field
 * that holds it (`fieldFor`), in the words of that field's label; the first message a field gets is kept.
 */
export function inFormWords(errors: FieldErrors, fieldFor: (field: string) => string, label: (formField: string) => string | undefined): FieldErrors {
  const words: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    const formField = fieldFor(field);
    words[formField] ??= validationWords(message, field, label(formField));
  }
  return words;
}
