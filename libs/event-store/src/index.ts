export {
  EventStore,
  WrongExpectedVersion,
  DuplicateEvent,
  LogUnavailable,
  type EventMetadata,
  type NewEvent,
  type RecordedEvent,
  type ExpectedVersion,
  type AppendResult,
  type StreamAppend,
} from './event-store.port.js';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store.js';
export { CreateEventStore1763870000000 } from './postgres/event-store.migration.js';
export { EVENT_LOG_MIGRATIONS } from './postgres/event-log.migrations.js';
export { InMemoryEventStore } from './in-memory/in-memory-event-store.js';
export { KurrentEventStore, type KurrentClient, type KurrentEventStoreOptions } from './eventstoredb/kurrent-event-store.js';
export {
  KurrentAllSubscription,
  type KurrentAllSubscriptionOptions,
  type AllSubscriptionSource,
  type LiveAllSubscription,
} from './eventstoredb/kurrent-all-subscription.js';
export { type Scheduler } from './scheduler.js';
export { type Projection, type Reactor, PROJECTIONS } from './subscription/projection.js';
export { ProjectionRunner, type RunnerOptions } from './subscription/projection-runner.js';
export { isReactor, storedCheckpointSql, storedCheckpoints, type StoredCheckpoint } from './subscription/stored-checkpoints.js';
export { CreateProjectionCheckpoints1763870000050 } from './subscription/checkpoints.migration.js';
export { ProjectionRebuild, type TableDifference } from './subscription/projection-rebuild.js';
export { describeOutage } from './outage.js';
export { PostgresLogListener, LOG_CHANNEL } from './postgres/postgres-log-listener.js';
