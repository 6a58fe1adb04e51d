import { createHash, randomUUID } from 'node:crypto';

/** New identifiers come from here so that tests and replays can make them predictable. */
export abstract class IdSource {
  abstract newId(): string;
}

export class RandomIdSource extends IdSource {
  newId(): string {
    return randomUUID();
  }
}

/**
 * A UUID-shaped id that is the same every time for the same parts: used for event ids, so that
 * a retried command produces the same ids and the store's unique constraint rejects the copy.
 */
export function deterministicId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
