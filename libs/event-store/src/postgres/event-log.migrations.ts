import { CreateAppendFunction1764500000000 } from './append-function.migration.js';
import { CreateEventStore1763870000000 } from './event-store.migration.js';

/** Every migration of the PostgreSQL log, in order: what any database holding the log needs. */
export const EVENT_LOG_MIGRATIONS = [CreateEventStore1763870000000, CreateAppendFunction1764500000000];
