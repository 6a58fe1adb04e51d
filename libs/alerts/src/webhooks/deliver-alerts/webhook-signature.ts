import { createHmac } from 'node:crypto';

/** The `X-Stor-Signature` of a delivery: the hex HMAC-SHA256 of the raw body under the webhook's secret. */
export function signatureOf(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}
