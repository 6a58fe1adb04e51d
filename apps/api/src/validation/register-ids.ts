import type { OrderId, SubjectId } from '#domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An order's id as a client wrote it, when it is one: a UUID, lower case. */
export function orderIdFrom(text: string): OrderId | null {
  return UUID.test(text) ? (text.toLowerCase() as OrderId) : null;
}

/** A subject's id as a client wrote it, when it is one: a UUID, lower case. */
export function subjectIdFrom(text: string): SubjectId | null {
  return UUID.test(text) ? (text.toLowerCase() as SubjectId) : null;
}
