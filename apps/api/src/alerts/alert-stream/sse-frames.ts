/**
 * Server-Sent Events as written on the wire (the WHATWG HTML "event stream" format). JSON never
 * holds a raw line break, so one `data:` line carries one alert.
 */
export function eventFrame(id: number, event: string, data: unknown): string {
  return `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: keeps proxies from closing an idle stream, and is ignored by EventSource. */
export function commentFrame(text: string): string {
  return `: ${text.replace(/[\r\n]+/g, ' ')}\n\n`;
}

/** How long a browser waits before reconnecting after the stream drops. */
export function retryFrame(milliseconds: number): string {
  return `retry: ${Math.round(milliseconds)}\n\n`;
}

/**
 * Where a stream resumes: after the `Last-Event-ID` header a reconnecting EventSource sends, else
 * after the `lastEventId` a page put in the address, else only new alerts (null). An id this stream
 * could not have sent is refused ('invalid'), not guessed at.
 */
export function resumeAfter(header: string | string[] | undefined, query: unknown): number | null | 'invalid' {
  const given = Array.isArray(header) ? header[0] : header;
  const raw = given !== undefined && given !== '' ? given : typeof query === 'string' && query !== '' ? query : undefined;
  if (raw === undefined) return null;
  return /^\d{1,15}$/.test(raw.trim()) ? Number(raw.trim()) : 'invalid';
}
