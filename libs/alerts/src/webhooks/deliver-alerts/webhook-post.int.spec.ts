import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { failureKind, postDelivery } from './webhook-post.js';

// A receiver on a loopback port, answering as each test says; what it was sent is kept.
let server: Server;
let port: number;
let answer: (request: IncomingMessage, response: ServerResponse) => void;
const taken: { host: string | undefined; body: string }[] = [];
const LOOPBACK = { address: '127.0.0.1', family: 4 };

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      taken.push({ host: request.headers.host, body: Buffer.concat(chunks).toString('utf8') });
      answer(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const post = (url: string, timeoutMs = 2_000, signal = new AbortController().signal) => postDelivery(new URL(url), LOOPBACK, '{"alertId":"a-1"}', { 'content-type': 'application/json' }, timeoutMs, signal);

describe('one POST to a receiver', () => {
  test('given a host name, then it connects to the address checked for it, never looking the name up again, and says the name in Host', async () => {
    answer = (_request, response) => response.writeHead(204).end();
    expect(await post(`http://receiver.kent.invalid:${port}/stor`)).toEqual({ status: 204 });
    expect(taken.at(-1)).toEqual({ host: `receiver.kent.invalid:${port}`, body: '{"alertId":"a-1"}' });
  });

  test('given a redirect, then it is not followed: the 3xx is the outcome', async () => {
    answer = (_request, response) => response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' }).end();
    const before = taken.length;
    expect(await post(`http://127.0.0.1:${port}/stor`)).toEqual({ status: 302 });
    expect(taken.length).toBe(before + 1);
  });

  test('given a receiver that does not answer in time, then a timeout', async () => {
    answer = () => undefined;
    expect(await post(`http://127.0.0.1:${port}/stor`, 200)).toEqual({ error: 'timeout' });
  });

  test('given a receiver that answers at length, then only its status counts and the connection is closed after a few KiB', async () => {
    let closed!: () => void;
    const hungUp = new Promise<void>((resolve) => (closed = resolve));
    answer = (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.on('close', closed);
      const chunk = 'x'.repeat(64 * 1024);
      const more = () => {
        while (!response.destroyed && response.write(chunk));
        if (!response.destroyed) response.once('drain', more);
      };
      more();
    };
    // The deadline is far off: the receiver is hung up on because enough was read, not because time ran out.
    expect(await post(`http://127.0.0.1:${port}/stor`, 60_000)).toEqual({ status: 200 });
    await expect(Promise.race([hungUp.then(() => 'hung up'), new Promise((resolve) => setTimeout(() => resolve('still reading'), 5_000))])).resolves.toBe('hung up');
  });

  test('given nothing listening, then connection refused', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const freePort = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await post(`http://127.0.0.1:${freePort}/stor`)).toEqual({ error: 'connection-refused' });
  });

  test('given the worker stopping, then the attempt is cut short', async () => {
    answer = () => undefined;
    const stopping = new AbortController();
    const outcome = post(`http://127.0.0.1:${port}/stor`, 5_000, stopping.signal);
    setTimeout(() => stopping.abort(), 50);
    expect(await outcome).toEqual({ error: 'interrupted' });
  });
});

describe('a failure in a word', () => {
  test.each([
    ['ETIMEDOUT', 'timeout'],
    ['ECONNREFUSED', 'connection-refused'],
    ['ECONNRESET', 'connection-reset'],
    ['ENETUNREACH', 'unreachable'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['HPE_INVALID_CONSTANT', 'bad-response'],
    ['EWHATEVER', 'network'],
  ])('%s is %s', (code, kind) => {
    expect(failureKind(Object.assign(new Error('x'), { code }))).toBe(kind);
  });
});
