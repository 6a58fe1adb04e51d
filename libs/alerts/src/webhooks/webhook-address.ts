import { isIP } from 'node:net';

/** Where STOR may send a force's alerts (WEBHOOK_ALLOW_HTTP_LOOPBACK, WEBHOOK_ALLOW_PRIVATE). */
export interface WebhookAddressPolicy {
  allowHttpLoopback: boolean;
  allowPrivate: boolean;
}

export const WEBHOOK_URL_MAX_LENGTH = 2048;

/** What kind of place an IP address is. */
export type AddressKind = 'public' | 'private' | 'loopback' | 'link-local' | 'unique-local' | 'shared' | 'unspecified' | 'multicast' | 'broadcast' | 'reserved';

const KIND_WORDS: Record<Exclude<AddressKind, 'public'>, string> = {
  private: 'a private network address (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16)',
  loopback: 'this machine (a loopback address)',
  'link-local': 'a link-local address (169.254.0.0/16 or fe80::/10, where cloud metadata services answer)',
  'unique-local': 'a unique-local IPv6 address (fc00::/7)',
  shared: 'a carrier-grade NAT address (100.64.0.0/10)',
  unspecified: 'the unspecified address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
};

/**
 * Why a webhook URL may not be used, in words for the order manager who gave it; null when it may,
 * as far as the URL alone says (a host name is checked again, resolved, before each delivery).
 */
export function webhookUrlRefusal(raw: string, policy: WebhookAddressPolicy): string | null {
  if (raw.length > WEBHOOK_URL_MAX_LENGTH) return `The URL is longer than ${WEBHOOK_URL_MAX_LENGTH} characters.`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'The URL is not an absolute URL such as https://alerts.example.police.uk/stor.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The URL must start with https://.';
  if (url.username || url.password) return 'The URL must not carry a user name or password: the receiver checks the signature made with the secret instead.';
  const host = hostOf(url);
  if (host === '') return 'The URL names no host.';
  const kind = isIP(host) ? addressKind(host) : host === 'localhost' || host.endsWith('.localhost') ? 'loopback' : null;
  if (url.protocol === 'http:') {
    if (!policy.allowHttpLoopback) return 'The URL must start with https://: alerts are not sent over plain http.';
    if (kind !== 'loopback') return 'Plain http is allowed only to this machine (localhost, 127.0.0.1 or ::1): use https://.';
  }
  return kind === null ? null : kindRefusal(kind, policy, 'The URL points at');
}

/**
 * Why STOR may not connect to the addresses a URL's host resolved to, just before a delivery (a
 * name can resolve somewhere else than when it was registered): every one must be allowed.
 */
export function resolvedRefusal(url: URL, addresses: readonly string[], policy: WebhookAddressPolicy): string | null {
  if (addresses.length === 0) return 'The URL’s host name resolves to no address.';
  for (const address of addresses) {
    const kind = addressKind(address);
    const refusal = kindRefusal(kind, policy, 'The URL’s host name resolves to');
    if (refusal) return refusal;
    if (url.protocol === 'http:' && kind !== 'loopback') return 'Plain http is allowed only to this machine, and the URL’s host name resolves elsewhere: use https://.';
  }
  return null;
}

/** The host of a URL as an address or name, without the brackets of an IPv6 literal. */
export function hostOf(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

function kindRefusal(kind: AddressKind, policy: WebhookAddressPolicy, lead: string): string | null {
  if (kind === 'public' || mayReach(kind, policy)) return null;
  return `${lead} ${KIND_WORDS[kind]}: STOR sends alerts only to addresses on the internet.`;
}

function mayReach(kind: AddressKind, policy: WebhookAddressPolicy): boolean {
  switch (kind) {
    case 'public':
      return true;
    case 'loopback':
      return policy.allowPrivate || policy.allowHttpLoopback;
    case 'private':
    case 'link-local':
    case 'unique-local':
    case 'shared':
      return policy.allowPrivate;
    // Not a host anyone can be: never, whatever is configured.
    case 'unspecified':
    case 'multicast':
    case 'broadcast':
    case 'reserved':
      return false;
  }
}

/** What kind of place an IPv4 or IPv6 address (as text) is; anything unreadable is reserved. */
export function addressKind(address: string): AddressKind {
  const v4 = ipv4(address);
  if (v4 !== null) return ipv4Kind(v4);
  const v6 = ipv6(address);
  return v6 === null ? 'reserved' : ipv6Kind(v6);
}

function ipv4Kind(n: number): AddressKind {
  const within = (base: string, bits: number) => (bits === 0 ? true : n >>> (32 - bits) === (ipv4(base) as number) >>> (32 - bits));
  if (n === 0xffffffff) return 'broadcast';
  if (within('0.0.0.0', 8)) return 'unspecified';
  if (within('127.0.0.0', 8)) return 'loopback';
  if (within('10.0.0.0', 8) || within('172.16.0.0', 12) || within('192.168.0.0', 16)) return 'private';
  if (within('169.254.0.0', 16)) return 'link-local';
  if (within('100.64.0.0', 10)) return 'shared';
  if (within('224.0.0.0', 4)) return 'multicast';
  if (within('240.0.0.0', 4)) return 'reserved';
  return 'public';
}

function ipv6Kind(groups: number[]): AddressKind {
  if (groups.every((group) => group === 0)) return 'unspecified';
  if (groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1) return 'loopback';
  // An IPv4 address carried in IPv6 (::ffff:a.b.c.d, or NAT64's 64:ff9b::a.b.c.d) is judged as that address.
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0);
  if (mapped || nat64) return ipv4Kind(((groups[6] << 16) | groups[7]) >>> 0);
  if ((groups[0] & 0xffc0) === 0xfe80) return 'link-local';
  if ((groups[0] & 0xfe00) === 0xfc00) return 'unique-local';
  if ((groups[0] & 0xff00) === 0xff00) return 'multicast';
  return 'public';
}

/** A dotted-quad IPv4 address as a number, or null. */
function ipv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return null;
  return parts.reduce((n, part) => n * 256 + Number(part), 0);
}

/** An IPv6 address as its eight 16-bit groups, or null; a zone (%eth0) is ignored. */
function ipv6(text: string): number[] | null {
  const bare = text.split('%')[0].toLowerCase();
  if (!/^[0-9a-f:.]+$/.test(bare) || bare.split('::').length > 2) return null;
  const [head, tail] = bare.includes('::') ? bare.split('::') : [bare, null];
  const read = (part: string): number[] | null => {
    if (part === '') return [];
    const groups: number[] = [];
    for (const piece of part.split(':')) {
      if (piece.includes('.')) {
        const v4 = ipv4(piece);
        if (v4 === null) return null;
        groups.push(v4 >>> 16, v4 & 0xffff);
      } else if (/^[0-9a-f]{1,4}$/.test(piece)) groups.push(parseInt(piece, 16));
      else return null;
    }
    return groups;
  };
  const front = read(head);
  const back = tail === null ? [] : read(tail);
  if (!front || !back) return null;
  if (tail === null) return front.length === 8 ? front : null;
  const missing = 8 - front.length - back.length;
  return missing < 1 ? null : [...front, ...new Array<number>(missing).fill(0), ...back];
}
