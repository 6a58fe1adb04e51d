import { WebhookSecrets } from './webhook-secrets.js';

const KEY = new TextEncoder().encode('a-test-secret-that-is-long-enough-for-hs256');
const WEBHOOK = '9d2c4e0a-6b1f-4f1e-8d3a-0c5b7e9f1a21';
const SECRET = 'kent-receiver-secret-0001';

describe("a webhook's secret at rest", () => {
  const secrets = new WebhookSecrets(KEY);

  test('given a sealed secret, then it opens to the secret, and the secret is not in it', () => {
    const sealed = secrets.seal(SECRET, WEBHOOK);
    expect(sealed).not.toContain(SECRET);
    expect(sealed).not.toContain(Buffer.from(SECRET).toString('base64url'));
    expect(secrets.open(sealed, WEBHOOK)).toBe(SECRET);
  });

  test('given the same secret sealed twice, then two different texts', () => {
    expect(secrets.seal(SECRET, WEBHOOK)).not.toBe(secrets.seal(SECRET, WEBHOOK));
  });

  test('given another webhook, another signing key, or one character changed, then it does not open', () => {
    const sealed = secrets.seal(SECRET, WEBHOOK);
    expect(secrets.open(sealed, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(new WebhookSecrets(new TextEncoder().encode('another-signing-key-entirely-0000000')).open(sealed, WEBHOOK)).toBeNull();
    const [version, iv, body, tag] = sealed.split('.');
    const flipped = body[0] === 'A' ? `B${body.slice(1)}` : `A${body.slice(1)}`;
    expect(secrets.open([version, iv, flipped, tag].join('.'), WEBHOOK)).toBeNull();
    expect(secrets.open('not sealed', WEBHOOK)).toBeNull();
  });
});
