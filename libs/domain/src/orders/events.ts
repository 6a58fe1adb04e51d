import type { OrderId } from './order-id.js';
import type { ForceCode } from '#forces';
import type { IsoDate } from '../dates/iso-date.js';
import type { SubjectDetails } from '../subjects/subject-details.js';
import type { Applicant, LegalBasis, NotificationTerms, PassportSurrenderTerms, QualifyingOffence } from './order-particulars.js';
import type { OrderType } from './order-type.js';
import type { ProhibitionTerms } from './prohibition-terms.js';

// Facts, in the past tense, as plain data. Actor, recordedAt, event id and schemaVersion are
// metadata that the application layer adds when it appends them. Older shapes live beside their
// upcasters in upcasters/.

/**
 * Schema version 3: v2 (upcasters/order-made-v2.ts) had no subjectAddress; v1
 * (upcasters/order-made-v1.ts) had none of the fields from legalBasis on.
 */
export interface OrderMade {
  type: 'OrderMade';
  data: {
    orderId: OrderId;
    orderType: OrderType;
    owningForce: ForceCode;
    court: string;
    madeOn: IsoDate;
    servedOn: IsoDate | null;
    subject: SubjectDetails;
    prohibitions: ProhibitionTerms[];
    /** null: not recorded (orders entered before the register kept it). */
    legalBasis: LegalBasis | null;
    applicant: Applicant | null;
    notifiedForce: ForceCode | null;
    qualifyingOffence: QualifyingOffence | null;
    notification: NotificationTerms;
    passportSurrender: PassportSurrenderTerms | null;
    /** The interim order whose main application this order determined (R26). */
    interimOrderId: OrderId | null;
    /** Where the subject lived when the order was made, when known; notifications move it on (R18). */
    subjectAddress: NotifiedAddress | null;
  };
}

/** Schema version 2: v1 had no passportSurrender. */
export interface OrderVaried {
  type: 'OrderVaried';
  data: {
    orderId: OrderId;
    court: string;
    variedOn: IsoDate;
    addedProhibitions: ProhibitionTerms[];
    removedProhibitionIds: string[];
    /** R12: a surrender requirement the variation imposed (with an all-countries ban it added); else null. */
    passportSurrender: PassportSurrenderTerms | null;
  };
}

export interface OrderDischarged {
  type: 'OrderDischarged';
  data: {
    orderId: OrderId;
    court: string;
    dischargedOn: IsoDate;
    consent: { subject: boolean; chiefOfficer: boolean };
  };
}

/** R31 (s30(1)(b)): the positive requirements whose breach is itself the offence. */
export const BREACH_REQUIREMENTS = Object.freeze(['notification', 'passport-surrender'] as const);
export type BreachRequirement = (typeof BREACH_REQUIREMENTS)[number];

/** Schema version 2: v1 had no requirements. */
export interface BreachRecorded {
  type: 'BreachRecorded';
  data: {
    orderId: OrderId;
    breachId: string;
    occurredOn: IsoDate;
    locationForce: ForceCode;
    description: string;
    prohibitionIds: string[];
    requirements: BreachRequirement[];
  };
}

export interface ProhibitionExpired {
  type: 'ProhibitionExpired';
  /** expiredOn is the first day the prohibition is no longer in force: its `until` plus one day. */
  data: { orderId: OrderId; prohibitionId: string; expiredOn: IsoDate };
}

export interface OrderExpired {
  type: 'OrderExpired';
  /** expiredOn is the first day no prohibition of the order is in force. */
  data: { orderId: OrderId; expiredOn: IsoDate };
}

export interface RenewedProhibition {
  prohibitionId: string;
  previousUntil: IsoDate | null;
  until: IsoDate | null;
}

/** s20, s27: the court renewed prohibitions; each runs to its new `until` from `renewedOn` on. */
export interface OrderRenewed {
  type: 'OrderRenewed';
  data: { orderId: OrderId; court: string; renewedOn: IsoDate; prohibitions: RenewedProhibition[] };
}

/** R27-R28: an appeal was lodged with `court`; the order stays in force (R30). */
export interface AppealLodged {
  type: 'AppealLodged';
  data: { orderId: OrderId; appealId: string; court: string; lodgedOn: IsoDate };
}

export const APPEAL_OUTCOMES = Object.freeze(['dismissed', 'quashed', 'varied'] as const);
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** The changes an appeal court made to the order, in OrderVaried's words. */
export interface AppealVariation {
  addedProhibitions: ProhibitionTerms[];
  removedProhibitionIds: string[];
  passportSurrender: PassportSurrenderTerms | null;
}

/** R29: the appeal court's decision; the order keeps its original court for later variations. */
export interface AppealDetermined {
  type: 'AppealDetermined';
  data: { orderId: OrderId; appealId: string; outcome: AppealOutcome; decidedOn: IsoDate; variation: AppealVariation | null };
}

/** R13 (s17(6), s24(6)): a new order of the same kind ended this one. */
export interface OrderSuperseded {
  type: 'OrderSuperseded';
  data: { orderId: OrderId; supersededBy: OrderId; supersededOn: IsoDate };
}

/** R26 (s21, s28): the main application was determined, so this interim order ceased. */
export interface MainApplicationDetermined {
  type: 'MainApplicationDetermined';
  data: { orderId: OrderId; determinedBy: OrderId; endedOn: IsoDate };
}

/** R39: management of the order moved to another force; the previous owner keeps read access. */
export interface OwningForceChanged {
  type: 'OwningForceChanged';
  data: { orderId: OrderId; fromForce: ForceCode; toForce: ForceCode; transferredOn: IsoDate };
}

/** A home address as the subject gave it: at the making of the order, or notified since (R16-R18). */
export interface NotifiedAddress {
  line1: string;
  postcode: string;
  /** The force area the address is in. */
  force: ForceCode;
}

/** R16-R18 (s19, s26): the subject notified names and home address. */
export interface NotificationReceived {
  type: 'NotificationReceived';
  data: {
    orderId: OrderId;
    notificationId: string;
    notifiedOn: IsoDate;
    names: string[];
    address: NotifiedAddress;
    /** The force of the previously notified address, when there was one (R18: both are told). */
    previousAddressForce: ForceCode | null;
    /** Days after the deadline (R16 for the first notification, R17 for a change with `changedOn`); 0 when on time. */
    lateBy: number;
    /** The day the subject changed name or address, when known (R17); null otherwise. */
    changedOn: IsoDate | null;
  };
}

/** R16 (derived): the initial notification was not received by its deadline. */
export interface NotificationOverdue {
  type: 'NotificationOverdue';
  data: { orderId: OrderId; dueBy: IsoDate; markedOn: IsoDate };
}

/**
 * R14 (derived): the order's last prohibition runs out soon. `lastDay` is the last day the order is
 * in force by its dates (OrderExpired would say the day after); `warnedOn` the clock's day. Once per
 * last day: a renewal or variation that moves it is warned of again when the new one comes near.
 */
export interface OrderExpiringSoon {
  type: 'OrderExpiringSoon';
  data: { orderId: OrderId; lastDay: IsoDate; warnedOn: IsoDate };
}

/** R12: passports surrendered at the police station the order names. */
export interface PassportsSurrendered {
  type: 'PassportsSurrendered';
  data: { orderId: OrderId; surrenderedOn: IsoDate; passports: string[]; lateBy: number };
}

export const PASSPORTS_RETURNED_TO = Object.freeze(['subject', 'issuing-authority'] as const);
export type PassportReturnedTo = (typeof PASSPORTS_RETURNED_TO)[number];

/** R12 (s18(5)-(6), s25(5)-(6)): passports given back to the subject, or to the foreign authority that issued them. */
export interface PassportsReturned {
  type: 'PassportsReturned';
  data: { orderId: OrderId; returnedOn: IsoDate; passports: string[]; returnedTo: PassportReturnedTo };
}

export const BREACH_OUTCOMES = Object.freeze(['charged', 'convicted', 'acquitted', 'no-further-action', 'cautioned'] as const);
export type BreachOutcome = (typeof BREACH_OUTCOMES)[number];

export const SENTENCE_KINDS = Object.freeze(['custody', 'suspended-custody', 'community', 'fine', 'absolute-discharge', 'conditional-discharge'] as const);
export type SentenceKind = (typeof SENTENCE_KINDS)[number];

/** 'magistrates' is summary conviction (sheriff summary in Scotland), 'crown' conviction on indictment. */
export const SENTENCING_COURTS = Object.freeze(['magistrates', 'crown'] as const);

export interface Sentence {
  kind: SentenceKind;
  months?: number;
  court: (typeof SENTENCING_COURTS)[number];
}

/** R31-R33: what became of a breach. */
export interface BreachOutcomeRecorded {
  type: 'BreachOutcomeRecorded';
  data: { orderId: OrderId; breachId: string; outcome: BreachOutcome; decidedOn: IsoDate; sentence: Sentence | null };
}

export type CorrectableSubjectFields = Partial<Pick<SubjectDetails, 'forenames' | 'surname' | 'dateOfBirth' | 'aliases' | 'pncId'>>;

/** The fields a data-entry correction may change; never the dates that decide legal periods. */
export interface RecordChanges {
  court?: string;
  servedOn?: IsoDate;
  subject?: CorrectableSubjectFields;
  prohibitionTexts?: { prohibitionId: string; text: string }[];
}

/** The values the corrected fields had before (servedOn may have been unrecorded). */
export interface PreviousValues {
  court?: string;
  servedOn?: IsoDate | null;
  subject?: CorrectableSubjectFields;
  prohibitionTexts?: { prohibitionId: string; text: string }[];
}

/** A data-entry mistake fixed by a new fact, never an edit of the old one. */
export interface RecordCorrected {
  type: 'RecordCorrected';
  data: { orderId: OrderId; correctionId: string; correctedOn: IsoDate; reason: string; changes: RecordChanges; previous: PreviousValues };
}

export type OrderEvent =
  | OrderMade
  | OrderVaried
  | OrderDischarged
  | BreachRecorded
  | ProhibitionExpired
  | OrderExpired
  | OrderRenewed
  | AppealLodged
  | AppealDetermined
  | OrderSuperseded
  | MainApplicationDetermined
  | OwningForceChanged
  | NotificationReceived
  | NotificationOverdue
  | OrderExpiringSoon
  | PassportsSurrendered
  | PassportsReturned
  | BreachOutcomeRecorded
  | RecordCorrected;
export type OrderEventType = OrderEvent['type'];

/** The current shape of each event; bump it with an upcaster beside the old shape (see upcast.ts). */
export const EVENT_SCHEMA_VERSIONS: Record<OrderEventType, number> = Object.freeze({
  OrderMade: 3,
  OrderVaried: 2,
  OrderDischarged: 1,
  BreachRecorded: 2,
  ProhibitionExpired: 1,
  OrderExpired: 1,
  OrderRenewed: 1,
  AppealLodged: 1,
  AppealDetermined: 1,
  OrderSuperseded: 1,
  MainApplicationDetermined: 1,
  OwningForceChanged: 1,
  NotificationReceived: 1,
  NotificationOverdue: 1,
  OrderExpiringSoon: 1,
  PassportsSurrendered: 1,
  PassportsReturned: 1,
  BreachOutcomeRecorded: 1,
  RecordCorrected: 1,
});
