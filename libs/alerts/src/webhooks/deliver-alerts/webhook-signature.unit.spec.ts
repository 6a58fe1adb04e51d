import { createHmac } from 'node:crypto';
import { signatureOf } from './webhook-signature.js';

describe('the signature a receiver checks', () => {
  test('given the body and the secret, then sha256= and the hex HMAC-SHA256 (the published GitHub example)', () => {
    expect(signatureOf('Hello, World!', "It's a Secret to Everybody")).toBe('sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17');
  });

  test('given a body with characters beyond ASCII, then the HMAC is of its UTF-8 bytes, as sent', () => {
    const body = JSON.stringify({ reason: 'Order owned by Dyfed-Powys Police — Sir Gâr' });
    expect(signatureOf(body, 'a-secret-of-sixteen')).toBe(`sha256=${createHmac('sha256', 'a-secret-of-sixteen').update(Buffer.from(body, 'utf8')).digest('hex')}`);
  });

  test('given another secret or one byte more, then another signature', () => {
    const signed = signatureOf('{"alertId":"a"}', 'a-secret-of-sixteen');
    expect(signatureOf('{"alertId":"a"}', 'a-secret-of-sixteen!')).not.toBe(signed);
    expect(signatureOf('{"alertId":"a"} ', 'a-secret-of-sixteen')).not.toBe(signed);
  });
});
