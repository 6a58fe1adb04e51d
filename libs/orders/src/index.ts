export { OrdersModule } from './orders.module.js';
export { type RequestContext, type CommandOutcome, VersionMismatch, IdempotencyKeyReused } from './command-handling/request-context.js';
export { eventIdOf, type NewIds, type NewProhibition, type OrderCommandAsSent, prohibitionTerms, recordedIdOf } from './command-handling/new-ids.js';
export { HandleOrderCommand } from './command-handling/handle-order-command.js';
export { MakeOrderCommand, type MakeOrderAsSent } from './make-order/make-order.command.js';
export { CorrectSubjectCommand } from './correct-subject/correct-subject.command.js';
export { SubjectCommandHandling, type SubjectOutcome, type SubjectHistory } from './command-handling/subject-command-handling.js';
export { issuedBySystem, SYSTEM_ACTOR, type SystemCommand, systemCommands } from './command-handling/system-request.js';
export { fingerprintOf } from './command-handling/events-to-append.js';
