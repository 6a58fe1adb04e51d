import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { hostOf, resolvedRefusal, type WebhookAddressPolicy, webhookUrlRefusal } from './webhook-address.js';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Every address a host name resolves to now. */
export type HostLookup = (hostname: string) => Promise<ResolvedAddress[]>;

const LOOKUP_TIMEOUT_MS = 5_000;

/** The system's resolver (as a connection would use it), every address, given up after five seconds. */
export const systemLookup: HostLookup = (hostname) => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('lookup timed out'), { code: 'ETIMEOUT' })), LOOKUP_TIMEOUT_MS);
  });
  return Promise.race([lookup(hostname, { all: true, verbatim: true }), late]).finally(() => clearTimeout(timer));
};

/**
 * Where a webhook may be reached now: its URL checked, its host name resolved and every address
 * checked, and the one address to connect to, so that a name resolving elsewhere between the check
 * and the connection (DNS rebinding) cannot redirect a delivery. Refused in words otherwise.
 */
export async function reachableAddress(raw: string, policy: WebhookAddressPolicy, resolve: HostLookup): Promise<{ address: ResolvedAddress } | { refused: string }> {
  const refusal = webhookUrlRefusal(raw, policy);
  if (refusal) return { refused: refusal };
  const url = new URL(raw);
  const host = hostOf(url);
  const family = isIP(host);
  if (family !== 0) return { address: { address: host, family } };
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolve(host);
  } catch {
    return { refused: 'The URL’s host name could not be found.' };
  }
  const resolvedRefused = resolvedRefusal(url, addresses.map((found) => found.address), policy);
  return resolvedRefused ? { refused: resolvedRefused } : { address: addresses[0] };
}
