import { type DynamicModule, Global, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventStore } from '#event-store';
import { SIGNING_KEY } from '#identity';
import { Clock, IdSource, LEGAL_CONFIG, STOR_CONFIG } from '#platform';
import type { StorRuntime } from './stor-runtime.js';

@Global()
@Module({})
export class RuntimeModule implements OnApplicationShutdown {
  constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
  ) {}

  /** The runtime owns the log and the database: closing the app closes both (PGlite flushes to DATA_DIR). */
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    if (this.db.isInitialized) await this.db.destroy();
  }

  static of(runtime: StorRuntime): DynamicModule {
    const providers = [
      { provide: STOR_CONFIG, useValue: runtime.config },
      { provide: DataSource, useValue: runtime.db },
      { provide: EventStore, useValue: runtime.store },
      { provide: Clock, useValue: runtime.clock },
      { provide: IdSource, useValue: runtime.ids },
      { provide: SIGNING_KEY, useValue: runtime.signingKey },
      { provide: LEGAL_CONFIG, useValue: runtime.legal },
    ];
    return { module: RuntimeModule, providers, exports: providers.map((p) => p.provide) };
  }
}
