import { type DynamicModule, Global, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventStore } from '#event-store';
import { SIGNING_KEY } from '#identity';
import { Clock, IdSource } from '#platform';
import type { StorRuntime } from './stor-runtime.js';

export const STOR_CONFIG = Symbol('STOR_CONFIG');

@Global()
@Module({})
export class RuntimeModule implements OnApplicationShutdown {
  constructor(private readonly db: DataSource) {}

  /** The runtime owns the database: closing the app closes it (PGlite flushes to DATA_DIR). */
  async onApplicationShutdown(): Promise<void> {
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
    ];
    return { module: RuntimeModule, providers, exports: providers.map((p) => p.provide) };
  }
}
