/**
 * What a `… RETURNING` statement gave back, as TypeORM's postgres driver reports it: UPDATE and
 * DELETE come back as [rows, count], INSERT and SELECT as the rows alone.
 */
function asUpdateOrDelete(result: unknown[]): [unknown[], number] | null {
  return result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? (result as [unknown[], number]) : null;
}

/** How many rows a `… RETURNING` statement touched. */
export function rowsAffected(result: unknown[]): number {
  return asUpdateOrDelete(result)?.[1] ?? result.length;
}

/** The rows a `… RETURNING` statement returned, whichever statement it was. */
export function rowsReturned<Row>(result: unknown[]): Row[] {
  return (asUpdateOrDelete(result)?.[0] ?? result) as Row[];
}
