import { createHash } from 'node:crypto';
import { deterministicId } from './id-source.js';

describe('ids derived from names', () => {
  test('given the same parts, the same id; other parts or another order, another id', () => {
    expect(deterministicId('command-1', 'breach')).toBe(deterministicId('command-1', 'breach'));
    expect(deterministicId('command-1', 'breach')).not.toBe(deterministicId('command-2', 'breach'));
    expect(deterministicId('a', 'b')).not.toBe(deterministicId('b', 'a'));
    expect(deterministicId('ab', 'c')).not.toBe(deterministicId('a', 'bc'));
  });

  test('the scheme never changes: ids already in stored logs are derived again exactly', () => {
    expect(deterministicId('command-1', 'breach')).toBe('c5f91f38-c8a3-5972-b2b9-8863f2023438');
    expect(deterministicId('command-1', 'breach')).toBe(pinned('command-1', 'breach'));
    expect(deterministicId('7', 'subject', '42')).toBe(pinned('7', 'subject', '42'));
  });

  test('written as a UUID: version nibble 5, RFC 9562 variant', () => {
    expect(deterministicId('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
  });
});

/** The scheme written out independently: SHA-256 over the parts joined by NUL, its first 128 bits, version 5 and variant bits set. */
function pinned(...parts: string[]): string {
  const bytes = createHash('sha256').update(parts.join('\u0000')).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
