import { type DynamicModule, Inject, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AlertsInboxProjection, AlertsModule } from '#alerts';
import { EventStore, ProjectionRunner } from '#event-store';
import { OrdersModule } from '#orders';

import { RegisterModule, RegisterProjection } from '#register';
import { ExpiryClock } from './expiry-clock.js';
import { OrderPolicies } from './policies/order-policies.reactor.js';

export const PROJECTOR_SETTINGS = Symbol('PROJECTOR_SETTINGS');

export interface ProjectorSettings {
  /** How often the expiry clock ticks; 0 = only when told (tests drive it by hand). */
  clockIntervalMs: number;
}

/** Runs the projections from the log and the clock that expires prohibitions. One active instance. */
@Module({})
export class ProjectorModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('projector');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly runner: ProjectionRunner,
    private readonly clock: ExpiryClock,
    @Inject(PROJECTOR_SETTINGS) private readonly settings: ProjectorSettings,
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
              batchSize: 500,
              pollMs: 1_000,
              // Event data can name a person: report only which projection and event failed.
              onError: (projection, eventId, error) =>
                logger.error(`${projection} failed at event ${eventId}: ${(error as Error)?.name ?? 'error'}`),
            }, [policies]);
          },
        },
        OrderPolicies,
        ExpiryClock,
      ],
      exports: [ProjectionRunner, ExpiryClock],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
    await this.tickSafely();
    if (this.settings.clockIntervalMs > 0) {
      this.timer = setInterval(() => void this.tickSafely(), this.settings.clockIntervalMs);
      this.timer.unref();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.runner.stop();
  }

  private async tickSafely(): Promise<void> {
    try {
      await this.clock.tick();
    } catch (error) {
      this.logger.error(`expiry clock tick failed: ${(error as Error)?.name ?? 'error'}`);
    }
  }
}

