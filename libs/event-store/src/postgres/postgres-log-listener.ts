import { PostgresChannelListener } from '#platform';
import type { EventStore } from '../event-store.port.js';

export const LOG_CHANNEL = 'stor_log';

/**
 * Wakes this process's subscribers when any process appends to the log: every process that appends
 * sends a NOTIFY after its commits (PostgresLogNotifier), and this holds a LISTEN on its own
 * connection. Polling stays the fallback, so a lost notification only costs latency.
 */
export class PostgresLogListener {
  private readonly listener: PostgresChannelListener;

  constructor(url: string, store: EventStore, onTrouble: (message: string) => void) {
    this.listener = new PostgresChannelListener(url, LOG_CHANNEL, {
      notified: () => store.wake(),
      // Anything appended while we were not listening is found by this wake-up.
      listening: () => store.wake(),
      trouble: onTrouble,
    });
  }

  start(): Promise<void> {
    return this.listener.start();
  }

  stop(): Promise<void> {
    return this.listener.stop();
  }
}
