import { type BeforeApplicationShutdown, type DynamicModule, Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AlertsInboxProjection, AlertsModule, WebhookDeliveryWorker } from '#alerts';
import { describeOutage, EventStore, PostgresLogListener, ProjectionRunner } from '#event-store';
import { STOR_CONFIG, type StorConfig } from '#platform';
import { OrdersModule } from '#orders';

import { RegisterUpkeep, RegisterModule, RegisterProjection } from '#register';
import { ExpiryClock } from './expiry-clock.js';
import { ProjectorLeadership } from './leadership.js';
import { OrderPolicies } from './policies/order-policies.reactor.js';

export const PROJECTOR_SETTINGS = Symbol('PROJECTOR_SETTINGS');

export interface ProjectorSettings {
  /** How often the expiry clock ticks; 0 = only when told (tests drive it by hand). */
  clockIntervalMs: number;
  /** How often a standby projector tries to take the lead (PostgreSQL server only). */
  leadershipRetryMs?: number;
  /** False while a seed fills the register: its tables are only analysed as they grow, and vacuumed once at the end. */
  vacuumWhileRunning?: boolean;
  /** Events a projection applies in one transaction (1,000 unless said). */
  batchSize?: number;
}

/**
 * How often the register's upkeep is asked whether its tables need analysing or vacuuming (it
 * looks at most every 30 s). Its own timer, not the clock's: a seed or a catch-up runs with the
 * clock stopped, and is exactly when the register's tables outgrow their statistics.
 */
const UPKEEP_INTERVAL_MS = 5_000;

/** Whether this instance is the one projector that runs (one per database). */
@Injectable()
export class ProjectorRole {
  leading = false;
}

/**
 * Runs the projections from the log and the clock that expires prohibitions (one active instance),
 * and the webhook delivery worker (in every instance: they share the outbox by claiming from it).
 */
@Module({})
export class ProjectorModule implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('projector');
  private timer: NodeJS.Timeout | null = null;
  private upkeepTimer: NodeJS.Timeout | null = null;
  private upkeepRunning = false;
  private listener: PostgresLogListener | null = null;
  private leadership: ProjectorLeadership | null = null;

  constructor(
    private readonly runner: ProjectionRunner,
    private readonly clock: ExpiryClock,
    private readonly upkeep: RegisterUpkeep,
    private readonly role: ProjectorRole,
    private readonly store: EventStore,
    private readonly webhooks: WebhookDeliveryWorker,
    @Inject(PROJECTOR_SETTINGS) private readonly settings: ProjectorSettings,
    @Inject(STOR_CONFIG) private readonly config: StorConfig,
  ) {}

  static with(settings: ProjectorSettings): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [OrdersModule, RegisterModule, AlertsModule],
      providers: [
        { provide: PROJECTOR_SETTINGS, useValue: settings },
        {
          provide: ProjectionRunner,
          inject: [EventStore, DataSource, RegisterProjection, AlertsInboxProjection, OrderPolicies],
          useFactory: (store: EventStore, db: DataSource, register: RegisterProjection, alerts: AlertsInboxProjection, policies: OrderPolicies) => {
            const logger = new Logger('projections');
            return new ProjectionRunner(store, db, [register, alerts], {
              batchSize: settings.batchSize ?? 1000,
              pollMs: 1_000,
              // Event data can name a person: report only which projection and event failed.
              onError: (projection, eventId, error) =>
                logger.error(`${projection} failed at event ${eventId}: ${(error as Error)?.name ?? 'error'}`),
              onOutage: (what) =>
                what ? logger.warn(`${what} cannot be reached; projections wait and retry every second`) : logger.log('projections are reading the log again'),
            }, [policies]);
          },
        },
        OrderPolicies,
        ExpiryClock,
        ProjectorRole,
      ],
      exports: [ProjectionRunner, ExpiryClock, ProjectorRole],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    const warn = (message: string) => this.logger.warn(message);
    const url = this.config.databaseUrl;
    // Other processes' appends reach this one by NOTIFY when the log is a PostgreSQL server table.
    if (url && this.config.eventStore === 'postgres') this.listener = new PostgresLogListener(url, this.store, warn);
    this.leadership = new ProjectorLeadership(url, this.settings.leadershipRetryMs ?? 2_000, () => this.lead(), () => this.standDown(), warn);
    await this.leadership.start();
    this.webhooks.start();
  }

  /** Before the database closes: an attempt in flight is left due again rather than lost. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.webhooks.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.leadership?.stop();
  }

  private async lead(): Promise<void> {
    this.role.leading = true;
    await this.runner.start();
    await this.listener?.start();
    await this.tickSafely();
    await this.keepUpSafely();
    this.upkeepTimer = setInterval(() => void this.keepUpSafely(), UPKEEP_INTERVAL_MS);
    this.upkeepTimer.unref();
    if (this.settings.clockIntervalMs > 0) {
      this.timer = setInterval(() => void this.tickSafely(), this.settings.clockIntervalMs);
      this.timer.unref();
    }
  }

  private async standDown(): Promise<void> {
    this.role.leading = false;
    if (this.timer) clearInterval(this.timer);
    if (this.upkeepTimer) clearInterval(this.upkeepTimer);
    this.timer = null;
    this.upkeepTimer = null;
    await this.listener?.stop();
    await this.runner.stop();
  }

  private tickSafely(): Promise<void> {
    return this.safely('expiry clock tick', () => this.clock.tick());
  }

  private async keepUpSafely(): Promise<void> {
    if (this.upkeepRunning) return;
    this.upkeepRunning = true;
    await this.safely('register upkeep', () => this.upkeep.keepUp({ vacuum: this.settings.vacuumWhileRunning ?? true }));
    this.upkeepRunning = false;
  }

  /** Periodic work never stops the projector: an outage is a warning (the next round tries again), anything else an error naming only its kind. */
  private async safely(what: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      const outage = describeOutage(error);
      if (outage) this.logger.warn(`${what} skipped: ${outage} cannot be reached; the next round tries again`);
      else this.logger.error(`${what} failed: ${(error as Error)?.name ?? 'error'}`);
    }
  }
}
