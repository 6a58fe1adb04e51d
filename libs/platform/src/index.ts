export { readConfig, ConfigError, type StorConfig, type EventStoreKind, type WebSignIn } from './config/stor-config.js';
export { Clock, SystemClock, SettableClock } from './clock/clock.js';
export { IdSource, RandomIdSource, deterministicId } from './ids/id-source.js';
export { openDatabase, type DatabaseOptions } from './database/data-source.js';
export { PreparedStatement } from './database/prepared-statement.js';
export { rowsAffected, rowsReturned } from './database/rows-affected.js';
export { whyDatabaseUnreachable } from './database/database-unreachable.js';
export { loadLegalConfig, mergeLegalConfig } from './config/legal-config-file.js';
export { LEGAL_CONFIG, STOR_CONFIG } from './config/injection-tokens.js';
