import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { type FieldError, InvalidRequest } from '../problem-details/invalid-request.exception.js';

/** NUL and unpaired UTF-16 surrogates: valid in JSON, impossible to store in PostgreSQL text or jsonb. */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** The same text with anything unstorable replaced, for recording what a refused request asked. */
export function storableCopy(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(new RegExp(UNSTORABLE.source, 'g'), '\uFFFD');
  if (Array.isArray(value)) return value.map(storableCopy);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [storableCopy(key) as string, storableCopy(inner)]));
  }
  return value;
}

/**
 * Runs before validation on every body, query and path parameter: text the database cannot hold
 * is a 400 naming the field, never a failed write or a projection stuck on an event.
 */
@Injectable()
export class StorableTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const errors: FieldError[] = [];
    collect(value, metadata.data ?? '', errors);
    if (errors.length) throw new InvalidRequest(errors);
    return value;
  }
}

function collect(value: unknown, path: string, errors: FieldError[]): void {
  if (typeof value === 'string') {
    if (!isStorableText(value)) errors.push({ field: path || 'body', message: `${path || 'the body'} contains a NUL or broken Unicode character` });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => collect(item, `${path}[${index}]`, errors));
    return;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      if (!isStorableText(key)) errors.push({ field: 'body', message: 'a field name contains a NUL or broken Unicode character' });
      collect(inner, field, errors);
    }
  }
}
