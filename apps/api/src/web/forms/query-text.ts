/**
 * A page's query parameter as text, bounded before it is used: a repeated one keeps its first
 * value, anything but a string is '', and no value is longer than 100 characters.
 */
export function queryText(value: unknown): string {
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof first === 'string' ? first.trim().slice(0, 100) : '';
}
