import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

/** One POST a receiver took, as it arrived, and what it answered. */
export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** The alert in the body, parsed. */
  alert: Record<string, unknown>;
  /** Whether X-Stor-Signature is the HMAC-SHA256 of the raw body under the receiver's secret. */
  signed: boolean;
  answered: number;
  at: number;
}

/**
 * A force's system receiving STOR's webhooks, as a real one would: node:http on a loopback port,
 * checking each signature over the raw bytes it got. `answer` says what it answers to each POST
 * (given how many it has had for that alert before), and can be changed as a test goes.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  /** How long it takes to answer: a slow receiver keeps a delivery in flight. */
  delayMs = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly secret: string,
    public answer: (earlier: number) => number,
  ) {}

  static async start(secret: string, answer: (earlier: number) => number = () => 200): Promise<WebhookReceiver> {
    let receiver: WebhookReceiver | null = null;
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = raw.toString('utf8');
        const alert = JSON.parse(body) as Record<string, unknown>;
        const earlier = receiver!.received.filter((taken) => taken.alert.alertId === alert.alertId).length;
        const answered = receiver!.answer(earlier);
        receiver!.received.push({ headers: request.headers, body, alert, signed: signedWith(secret, raw, request.headers['x-stor-signature']), answered, at: Date.now() });
        setTimeout(() => response.writeHead(answered, { 'content-type': 'text/plain' }).end(answered < 300 ? 'ok' : 'not now'), receiver!.delayMs);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    receiver = new WebhookReceiver(server, `http://127.0.0.1:${port}/stor-alerts`, secret, answer);
    return receiver;
  }

  /** What arrived for one alert, in order. */
  of(alertId: string): Received[] {
    return this.received.filter((taken) => taken.alert.alertId === alertId);
  }

  /** Waits (generously) until `condition` holds of what has arrived. */
  async until(condition: (received: Received[]) => boolean, ms = 10_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!condition(this.received)) {
      if (Date.now() > deadline) throw new Error(`the receiver did not get what was expected in ${ms} ms (it has ${this.received.length} POSTs)`);
      await pause(20);
    }
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function signedWith(secret: string, raw: Buffer, header: string | string[] | undefined): boolean {
  if (typeof header !== 'string' || !header.startsWith('sha256=')) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(raw).digest('hex'));
  const given = Buffer.from(header.slice('sha256='.length));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
