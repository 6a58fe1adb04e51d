// The public API of the STOR domain: pure TypeScript, no framework, no I/O, no clock.

export type { IsoDate } from './dates/iso-date.js';
export { addDays, addYears, compareDates, daysBetween, endOfPeriodBeginningWith, isIsoDate, latestOf } from './dates/iso-date.js';

export type { Actor, Role } from './actors/actor.js';
export { DomainError, FieldsRuleViolation, NotPermitted, OrderAlreadyExists, OrderNotFound, RuleViolation, SubjectNotFound } from './errors/domain-error.js';
export type { DomainErrorKind } from './errors/domain-error.js';

export type { Alias, SubjectDetails } from './subjects/subject-details.js';
export { nameTokens, normaliseName } from './subjects/normalise-name.js';
export { parsePncId, pncCheckCharacter } from './subjects/pnc-id.js';
export type { PncParse } from './subjects/pnc-id.js';
export { parseCroNumber } from './subjects/cro-number.js';
export type { CroParse } from './subjects/cro-number.js';
export { decideSubject } from './subjects/decide-subject.js';
export type { SubjectCommand } from './subjects/decide-subject.js';
export { newAliases } from './subjects/commands/identify-subject.js';
export { evolveSubject, initialSubjectState, replaySubject } from './subjects/subject-state.js';
export type { SubjectState } from './subjects/subject-state.js';
export { isSubjectEvent, SUBJECT_EVENT_SCHEMA_VERSIONS, SUBJECT_STREAM_PREFIX, subjectStreamId } from './subjects/subject-events.js';
export type { CorrectableParticulars, SubjectEvent, SubjectParticulars, SubjectParticularsCorrected, SubjectRegistered } from './subjects/subject-events.js';

export {
  isInterimOrderType,
  isOrderType,
  JURISDICTION_CODES,
  jurisdictionCode,
  jurisdictionCodeOf,
  jurisdictionOf,
  ORDER_TYPES,
  orderTypeLabel,
} from './orders/order-type.js';
export type { Jurisdiction, JurisdictionCode, OrderType } from './orders/order-type.js';
export type { ForeignTravel, ProhibitionTerms } from './orders/prohibition-terms.js';
export {
  APPLICANT_KINDS,
  isLegalBasis,
  LEGAL_BASES,
  LEGAL_BASES_OF,
  NON_POLICE_APPLICANTS,
  OFFENCE_JURISDICTIONS,
  ON_SENTENCING_BASES,
  QUALIFYING_OUTCOMES,
  STATUTORY_APPLICANTS,
} from './orders/order-particulars.js';
export type {
  Applicant,
  ApplicantKind,
  LegalBasis,
  NotificationTerms,
  OffenceJurisdiction,
  PassportSurrenderTerms,
  QualifyingOffence,
  QualifyingOutcome,
} from './orders/order-particulars.js';
export { DEFAULT_LEGAL_CONFIG, legalConfigOf } from './orders/legal-config.js';
export type { LegalConfig } from './orders/legal-config.js';
export { forceJurisdiction } from './orders/force-jurisdiction.js';
export type { ForceJurisdictionLookup } from './orders/force-jurisdiction.js';

export type {
  CorrectRecord,
  DetermineAppeal,
  DischargeOrder,
  EndInterimOrder,
  ExpireProhibitions,
  LodgeAppeal,
  MakeOrder,
  MarkNotificationOverdue,
  OrderCommand,
  OrderCommandType,
  RecordBreach,
  RecordBreachOutcome,
  RecordNotification,
  RecordPassportReturn,
  RecordPassportSurrender,
  RenewOrder,
  SupersedeOrder,
  TransferOrder,
  VaryOrder,
} from './orders/order-command.js';
export { APPEAL_OUTCOMES, BREACH_OUTCOMES, BREACH_REQUIREMENTS, EVENT_SCHEMA_VERSIONS, SENTENCE_KINDS } from './orders/events.js';
export type {
  AppealDetermined,
  AppealLodged,
  AppealOutcome,
  AppealVariation,
  BreachOutcome,
  BreachOutcomeRecorded,
  BreachRecorded,
  BreachRequirement,
  CorrectableSubjectFields,
  MainApplicationDetermined,
  NotificationOverdue,
  NotificationReceived,
  NotifiedAddress,
  OrderDischarged,
  OrderEvent,
  OrderEventType,
  OrderExpired,
  OrderMade,
  OrderRenewed,
  OrderSuperseded,
  OrderVaried,
  OwningForceChanged,
  PassportReturnedTo,
  PassportsReturned,
  PassportsSurrendered,
  PreviousValues,
  ProhibitionExpired,
  RecordChanges,
  RecordCorrected,
  RenewedProhibition,
  Sentence,
  SentenceKind,
} from './orders/events.js';
export { UnknownEventSchema, upcast } from './orders/upcast.js';
export { upcastOrderMadeV1 } from './orders/upcasters/order-made-v1.js';
export type { OrderMadeV1Data } from './orders/upcasters/order-made-v1.js';
export { upcastOrderVariedV1 } from './orders/upcasters/order-varied-v1.js';
export type { OrderVariedV1Data } from './orders/upcasters/order-varied-v1.js';
export { upcastBreachRecordedV1 } from './orders/upcasters/breach-recorded-v1.js';
export type { BreachRecordedV1Data } from './orders/upcasters/breach-recorded-v1.js';

export { endedByDecisionOn, initialState, isOrderInForce, orderEndedOn, orderExists } from './orders/state.js';
export type {
  Appeal,
  Breach,
  Correction,
  DischargedOrder,
  EndedInterimOrder,
  EndedOrder,
  ExpiredOrder,
  Notification,
  NotificationState,
  OrderInForce,
  OrderInForceOrEnded,
  OrderRecord,
  OrderState,
  OrderStatus,
  PassportReturn,
  PassportState,
  PassportSurrender,
  Prohibition,
  ProhibitionRenewal,
  ProhibitionStatus,
  QuashedOrder,
  RecordedBreachOutcome,
  SupersededOrder,
  Transfer,
} from './orders/state.js';
export { evolve, replay } from './orders/evolve.js';
export { ORDER_STREAM_PREFIX, orderStreamId } from './orders/order-stream.js';
export { decide } from './orders/decide.js';
export type { DecisionContext } from './orders/decision-context.js';

export { isProhibitionInForceOn, prohibitionsInForce, prohibitionsInForceOn } from './orders/queries/prohibitions-in-force-on.js';
export { orderStatus, orderStatusOn } from './orders/queries/order-status.js';
export { orderInForceUntil } from './orders/queries/order-in-force-until.js';
export { orderAsAt, untilOn } from './orders/queries/order-as-at.js';
export type { OrderAsAt, ProhibitionAsAt, ProhibitionStatusAsAt } from './orders/queries/order-as-at.js';
export { activeParties, isCrossBorder } from './orders/queries/parties.js';
export { consentRequiredUntil } from './orders/rules/consent-bar.js';
export { daysLate, notificationDeadline } from './orders/rules/r16-notification-deadline.js';
export { supersedes } from './orders/rules/r13-supersession.js';
export { breachIsOffenceIn } from './orders/rules/r34-breach-offence-in.js';
export { passportsHeld } from './orders/rules/r12-passports-held.js';
export { interimKindFor, r26InterimOfMainApplication, r26InterimToEnd } from './orders/rules/r26-interim-of-main-application.js';
export { replayStored, type StoredOrderEvent } from './orders/replay-stored.js';
