/**
 * How many rows a `… RETURNING` statement touched, as TypeORM's postgres driver reports it:
 * UPDATE and DELETE come back as [rows, count], INSERT and SELECT as the rows alone.
 */
export function rowsAffected(result: unknown[]): number {
  if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[1];
  return result.length;
}
