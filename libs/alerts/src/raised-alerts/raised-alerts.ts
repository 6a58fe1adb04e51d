import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { channelListener, type ChannelListener } from '#platform';
import { type ForcesWithNewAlerts, forcesNotified, RAISED_ALERTS_CHANNEL } from './raised-alerts.channel.js';

type Listener = (forces: ForcesWithNewAlerts) => void;

/**
 * Tells this process, as each commit lands, that alerts were raised and for which forces — by
 * whichever instance's projector raised them (LISTEN/NOTIFY on the shared database). Live streams
 * and the webhook worker wake on it; they still look now and then by themselves, so a lost
 * notification costs latency, never an alert.
 */
@Injectable()
export class RaisedAlerts implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('raised-alerts');
  private readonly listeners = new Set<Listener>();
  private readonly listener: ChannelListener;

  constructor(db: DataSource) {
    this.listener = channelListener(db, RAISED_ALERTS_CHANNEL, {
      notified: (payload) => this.tell(forcesNotified(payload)),
      // Whatever was raised while no one listened: every reader looks once.
      listening: () => this.tell('every-force'),
      trouble: (message) => this.logger.warn(message),
    });
  }

  /** Calls `listener` on each notification; returns how to stop. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async onModuleInit(): Promise<void> {
    await this.listener.start();
  }

  async onModuleDestroy(): Promise<void> {
    this.listeners.clear();
    await this.listener.stop();
  }

  private tell(forces: ForcesWithNewAlerts): void {
    for (const listener of this.listeners) listener(forces);
  }
}
