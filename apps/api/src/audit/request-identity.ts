import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';

/** A request id a trusted proxy may pass on: letters, digits and . _ : -, 8 to 128 of them (a UUID, a trace id). */
const WELL_FORMED_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
/** The most of a User-Agent header the audit trail keeps. */
export const LONGEST_USER_AGENT = 256;

/**
 * Each request's id: a fresh UUID, unless STOR sits behind a proxy it trusts (TRUST_PROXY=true) and
 * that proxy sent a well-formed X-Request-Id, which is kept so one id follows the request end to end.
 * A client's own id is never believed: it could make two requests look like one in the trail.
 */
export function requestIdFor(header: string | string[] | undefined, trustProxy: boolean): string {
  const given = Array.isArray(header) ? undefined : header;
  if (trustProxy && given !== undefined && WELL_FORMED_REQUEST_ID.test(given)) return given;
  return randomUUID();
}

/**
 * Who sent the request: the socket's address, or behind a trusted proxy the first hop of
 * X-Forwarded-For (the client as the proxy saw it) when it is an IP address. The one rule: the audit
 * trail records it and the rate limits count by it.
 */
export function clientAddressFor(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustProxy: boolean): string | null {
  if (trustProxy) {
    const header = Array.isArray(forwardedFor) ? forwardedFor[0] : forwardedFor;
    const firstHop = header?.split(',')[0]?.trim();
    if (firstHop && isIP(firstHop)) return firstHop;
  }
  return socketAddress && isIP(socketAddress) ? socketAddress : null;
}

/** The User-Agent header, cut to a bounded length; null when absent. */
export function userAgentOf(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  return value.length > LONGEST_USER_AGENT ? `${value.slice(0, LONGEST_USER_AGENT - 1)}…` : value;
}

/** The most of what was asked the trail keeps: so many fields, each so long (a forged query's bulk is not stored). */
const MOST_FIELDS_KEPT = 16;
const LONGEST_FIELD_KEPT = 200;

/** What a request asked, bounded: the first fields, each value's text cut short, nesting flattened to text. */
export function boundedQuery(query: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  const entries = Object.entries(query);
  for (const [key, value] of entries.slice(0, MOST_FIELDS_KEPT)) {
    kept[cut(key, 64)] = Array.isArray(value) ? value.slice(0, 4).map((inner) => cut(textOf(inner), LONGEST_FIELD_KEPT)) : cut(textOf(value), LONGEST_FIELD_KEPT);
  }
  if (entries.length > MOST_FIELDS_KEPT) kept['…'] = `${entries.length - MOST_FIELDS_KEPT} more fields not kept`;
  return kept;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

function cut(text: string, most: number): string {
  return text.length > most ? `${text.slice(0, most - 1)}…` : text;
}
