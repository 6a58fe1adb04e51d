import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedAddress } from '../webhook-host.js';

/** What came of one POST: the receiver's status, or the kind of failure (never a body: it is the receiver's). */
export type PostOutcome = { status: number } | { error: string };

/** How much of a receiver's answer is read: its status is all that counts. */
const RESPONSE_BYTES_READ = 4096;

/**
 * POSTs `body` to `url`, connecting to `address` only (checked just before; never a fresh lookup),
 * with TLS checked against the URL's host name. No redirect is followed (a 3xx is not a 2xx); the
 * whole exchange is given up after `timeoutMs`, or when `signal` aborts.
 */
export function postDelivery(url: URL, address: ResolvedAddress, body: string, headers: Record<string, string>, timeoutMs: number, signal: AbortSignal): Promise<PostOutcome> {
  return new Promise((resolve) => {
    const lookup: LookupFunction = (_hostname, options, callback) => {
      if (options.all) (callback as unknown as (error: null, addresses: ResolvedAddress[]) => void)(null, [address]);
      else callback(null, address.address, address.family);
    };
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body, 'utf8')) },
      lookup,
      // A connection of its own each time: a pooled one may have been made to an address checked earlier.
      agent: false,
      signal,
    });
    const timer = setTimeout(() => request.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })), timeoutMs);
    request.on('response', (response) => {
      resolve({ status: response.statusCode ?? 0 });
      // The rest is read and dropped, a few KiB at most and within the same deadline, so the connection closes.
      let read = 0;
      response.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > RESPONSE_BYTES_READ) response.destroy();
      });
      response.on('close', () => clearTimeout(timer));
      response.on('error', () => undefined);
    });
    request.on('error', (error) => {
      clearTimeout(timer);
      resolve({ error: failureKind(error) });
    });
    request.end(body);
  });
}

/** A network failure in a word or two, for the delivery's `lastError`. */
export function failureKind(error: unknown): string {
  const code = (error as { code?: string })?.code ?? '';
  if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') return 'timeout';
  if (code === 'ABORT_ERR') return 'interrupted';
  if (code === 'ECONNREFUSED') return 'connection-refused';
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'connection-reset';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'unreachable';
  if (code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || /CERT|SIGNATURE|SELF_SIGNED/.test(code)) return 'tls';
  if (code === 'HPE_INVALID_CONSTANT' || code.startsWith('HPE_')) return 'bad-response';
  return 'network';
}
