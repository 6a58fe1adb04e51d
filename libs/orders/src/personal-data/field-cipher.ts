import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { SealedField } from './personal-fields.js';

const SEALED = /^v1\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]*)\.([A-Za-z0-9_-]{22})$/;

/** A new subject's data key: 32 random bytes, AES-256-GCM. */
export function newDataKey(): Buffer {
  return randomBytes(32);
}

/** `v1.<iv>.<ciphertext>.<tag>`, base64url; `aad` binds it to where it was sealed. */
export function sealText(key: Buffer, plain: string, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `v1.${iv.toString('base64url')}.${sealed.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}`;
}

/** The text, or null when it was not sealed under this key for this place (tampered, moved, another key). */
export function openText(key: Buffer, sealed: string, aad: string): string | null {
  const parts = SEALED.exec(sealed);
  if (!parts) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(parts[1], 'base64url'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(parts[3], 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(parts[2], 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** Where a field was sealed: a ciphertext copied onto another event or field does not open. */
function placeOf(eventId: string, path: readonly string[]): string {
  return `${eventId}/${path.join('.')}`;
}

export function sealField(key: Buffer, subjectId: string, eventId: string, path: readonly string[], value: unknown): SealedField {
  return { $sealed: sealText(key, JSON.stringify(value), placeOf(eventId, path)), subject: subjectId };
}

/** The value sealed, or `undefined` when it does not open under this key. */
export function openField(key: Buffer, eventId: string, path: readonly string[], field: SealedField): unknown {
  const plain = openText(key, field.$sealed, placeOf(eventId, path));
  return plain === null ? undefined : (JSON.parse(plain) as unknown);
}

/** The key that seals subjects' data keys at rest, derived from STOR's signing key (as webhook secrets are). */
export function keyEncryptionKey(signingKey: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', signingKey, 'stor', 'stor subject keys v1', 32));
}
