import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SIGNING_KEY } from '#identity';

const SEALED = /^v1\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]*)\.([A-Za-z0-9_-]{22})$/;

/**
 * A webhook's secret at rest: AES-256-GCM under a key derived from STOR's signing key (as the web
 * session's key is), bound to its webhook's id, so a sealed secret copied onto another row does not
 * open. The secret is needed in clear to sign each delivery, so it cannot be hashed.
 */
@Injectable()
export class WebhookSecrets {
  private readonly key: Buffer;

  constructor(@Inject(SIGNING_KEY) signingKey: Uint8Array) {
    this.key = Buffer.from(hkdfSync('sha256', signingKey, 'stor', 'stor webhook secrets v1', 32));
  }

  seal(secret: string, webhookId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(webhookId, 'utf8'));
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `v1.${iv.toString('base64url')}.${sealed.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}`;
  }

  /** The secret, or null when the text was not sealed for this webhook under this key (tampered, or AUTH_SECRET changed). */
  open(sealed: string, webhookId: string): string | null {
    const parts = SEALED.exec(sealed);
    if (!parts) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(parts[1], 'base64url'));
      decipher.setAAD(Buffer.from(webhookId, 'utf8'));
      decipher.setAuthTag(Buffer.from(parts[3], 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(parts[2], 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
