/** One Server-Sent Event as a client reads it. */
export interface ServerSentEvent {
  id: string | null;
  event: string;
  data: string;
}

/**
 * A Server-Sent Events response read as a test reads it: open with fetch, then wait for events.
 * Parses the wire format itself (id, event, data; comments skipped), so a test checks the framing.
 */
export class EventStreamReader {
  readonly events: ServerSentEvent[] = [];
  comments = 0;
  private buffer = '';
  private readonly waiters: (() => void)[] = [];
  private done = false;

  private constructor(
    readonly response: Response,
    private readonly abort: AbortController,
  ) {
    void this.pump();
  }

  static async open(url: string, headers: Record<string, string>): Promise<EventStreamReader> {
    const abort = new AbortController();
    const response = await fetch(url, { headers, signal: abort.signal });
    return new EventStreamReader(response, abort);
  }

  /** Waits until `count` events have arrived (or throws after `ms`). */
  async waitFor(count: number, ms = 5_000): Promise<ServerSentEvent[]> {
    const deadline = Date.now() + ms;
    while (this.events.length < count) {
      if (this.done) throw new Error(`the stream ended after ${this.events.length} of ${count} events`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`only ${this.events.length} of ${count} events within ${ms} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.events.slice(0, count);
  }

  close(): void {
    this.abort.abort();
  }

  private async pump(): Promise<void> {
    const reader = this.response.body?.getReader();
    if (!reader) return;
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        this.buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = this.buffer.indexOf('\n\n')) >= 0) {
          this.frame(this.buffer.slice(0, end));
          this.buffer = this.buffer.slice(end + 2);
        }
      }
    } catch {
      // aborted by close()
    } finally {
      this.done = true;
      this.wake();
    }
  }

  private frame(text: string): void {
    const event: ServerSentEvent = { id: null, event: 'message', data: '' };
    let fields = 0;
    for (const line of text.split('\n')) {
      if (line.startsWith(':')) this.comments += 1;
      const match = /^(id|event|data): ?(.*)$/.exec(line);
      if (!match) continue;
      fields += 1;
      if (match[1] === 'id') event.id = match[2];
      else if (match[1] === 'event') event.event = match[2];
      else event.data += match[2];
    }
    if (fields > 0 && event.data) this.events.push(event);
    this.wake();
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}
