// The public API of the STOR domain: pure TypeScript, no framework, no I/O, no clock.

export type { IsoDate } from './dates/iso-date.js';
export { addDays, addYears, compareDates, endOfPeriodBeginningWith, isIsoDate } from './dates/iso-date.js';

export type { Actor } from './actors/actor.js';
export {
  Conflict,
  DomainError,
  FieldsRuleViolation,
  NotPermitted,
  OrderAlreadyExists,
  OrderNotFound,
  RuleViolation,
  SubjectNotFound,
} from './errors/domain-error.js';

export type { Alias, SubjectDetails } from './subjects/subject-details.js';
export type { SubjectId } from './subjects/subject-id.js';
export { nameTokens, normaliseName } from './subjects/normalise-name.js';
export { parsePncId, pncCheckCharacter, type PncId } from './subjects/pnc-id.js';
export { parseCroNumber } from './subjects/cro-number.js';
export { decideSubject } from './subjects/decide-subject.js';
export type { SubjectCommand } from './subjects/decide-subject.js';
export { newAliases } from './subjects/commands/identify-subject.js';
export { evolveSubject, initialSubjectState, replaySubject } from './subjects/subject-state.js';
export type { SubjectState } from './subjects/subject-state.js';
export { isSubjectEvent, SUBJECT_EVENT_SCHEMA_VERSIONS, SUBJECT_STREAM_PREFIX, subjectStreamId } from './subjects/subject-events.js';
export type { CorrectableParticulars, SubjectErased, SubjectEvent, SubjectParticulars, SubjectParticularsCorrected } from './subjects/subject-events.js';
export { ERASED, ERASED_PARTICULARS, erasedOrderState, isErasedName } from './subjects/erased.js';

export { isInterimOrderType, isOrderType, JURISDICTION_CODES, ORDER_TYPES, orderTypeLabel } from './orders/order-type.js';
export type { OrderType } from './orders/order-type.js';
export { FOREIGN_TRAVEL_SCOPES } from './orders/prohibition-terms.js';
export type { ForeignTravel, ProhibitionTerms } from './orders/prohibition-terms.js';
export { APPLICANT_KINDS, LEGAL_BASES, OFFENCE_JURISDICTIONS, QUALIFYING_OUTCOMES } from './orders/order-particulars.js';
export type { ApplicantKind, LegalBasis, OffenceJurisdiction, QualifyingOutcome } from './orders/order-particulars.js';
export { DEFAULT_LEGAL_CONFIG } from './orders/legal-config.js';
export type { LegalConfig } from './orders/legal-config.js';

export type {
  CorrectRecord,
  DetermineAppeal,
  EndInterimOrder,
  ExpireProhibitions,
  LodgeAppeal,
  MakeOrder,
  MarkNotificationOverdue,
  OrderCommand,
  RecordBreach,
  RecordNotification,
  SupersedeOrder,
  VaryOrder,
  WarnOfExpiry,
} from './orders/order-command.js';
export { APPEAL_OUTCOMES, BREACH_OUTCOMES, BREACH_REQUIREMENTS, EVENT_SCHEMA_VERSIONS, PASSPORTS_RETURNED_TO, SENTENCE_KINDS, SENTENCING_COURTS } from './orders/events.js';
export type {
  AppealOutcome,
  BreachOutcome,
  BreachRequirement,
  OrderEvent,
  OrderEventType,
  NotifiedAddress,
  OrderMade,
  PassportReturnedTo,
  Sentence,
} from './orders/events.js';
export { upcast } from './orders/upcast.js';

export { initialState, isOrderInForce } from './orders/state.js';
export type { OrderInForceOrEnded, OrderState, Prohibition } from './orders/state.js';
export { evolve, replay } from './orders/evolve.js';
export { ORDER_STREAM_PREFIX, orderStreamId } from './orders/order-stream.js';
export type { OrderId } from './orders/order-id.js';
export { decide } from './orders/decide.js';

export { isProhibitionInForceOn, prohibitionsInForce, prohibitionsInForceOn } from './orders/queries/prohibitions-in-force-on.js';
export { orderInForceUntil } from './orders/queries/order-in-force-until.js';
export { lastDayToWarnOf } from './orders/rules/expiry-warning.js';
export { orderAsAt } from './orders/queries/order-as-at.js';
export type { OrderAsAt } from './orders/queries/order-as-at.js';
export { subjectAddressOn, type KnownAddress } from './orders/queries/subject-address.js';
export { activeParties, isCrossBorder, obtainedBy } from './orders/queries/parties.js';
export { supersedes } from './orders/rules/r13-supersession.js';
export { breachIsOffenceIn } from './orders/rules/r34-breach-offence-in.js';
export { interimKindFor, r26InterimOfMainApplication, r26InterimToEnd } from './orders/rules/r26-interim-of-main-application.js';
export { replayStored } from './orders/replay-stored.js';
