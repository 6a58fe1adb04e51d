import type { OrderId } from './order-id.js';
import type { ForceCode } from '#forces';
import type { IsoDate } from '../dates/iso-date.js';
import type { SubjectDetails } from '../subjects/subject-details.js';
import type {
  AppealOutcome,
  BreachOutcome,
  BreachRequirement,
  NotifiedAddress,
  PassportReturnedTo,
  PreviousValues,
  RecordChanges,
  Sentence,
} from './events.js';
import type { Applicant, LegalBasis, PassportSurrenderTerms, QualifyingOffence } from './order-particulars.js';
import type { OrderType } from './order-type.js';
import type { ProhibitionTerms } from './prohibition-terms.js';

export type ProhibitionStatus = 'in-force' | 'expired' | 'removed';

/** One renewal of a prohibition: before `renewedOn` it ran to `previousUntil`, from then to `until`. */
export interface ProhibitionRenewal {
  renewedOn: IsoDate;
  previousUntil: IsoDate | null;
  until: IsoDate | null;
}

/**
 * A prohibition with its life on the order, so the order can be judged as it stood on any day:
 * in force from `startsOn` up to and including `until`, and never on or after `endedOn`.
 */
export type Prohibition = ProhibitionTerms & {
  /** The day its period runs from: the day the order was made, or the variation that added it. */
  startsOn: IsoDate;
  /** Its renewals, oldest first; `until` is the latest. */
  renewals: ProhibitionRenewal[];
} & (
    | { status: 'in-force'; endedOn: null }
    /**
     * 'removed' covers removal by a variation and the end of the whole order (discharge, quashing,
     * supersession, R26); `endedOn` is the first day it was no longer in force (removal or discharge
     * day, or until + 1).
     */
    | { status: Exclude<ProhibitionStatus, 'in-force'>; endedOn: IsoDate }
  );

export interface RecordedBreachOutcome {
  outcome: BreachOutcome;
  decidedOn: IsoDate;
  sentence: Sentence | null;
}

export interface Breach {
  breachId: string;
  occurredOn: IsoDate;
  locationForce: ForceCode;
  description: string;
  prohibitionIds: string[];
  /** The positive requirements the breach cites (R31): notification, passport surrender. */
  requirements: BreachRequirement[];
  /** What became of it, in date order (R31-R33). */
  outcomes: RecordedBreachOutcome[];
}

/** R15-R17: the notification requirement and how the subject has met it. */
export type NotificationState =
  | { required: false; notifyTo: null; dueBy: null; receivedOn: null; overdueSince: null }
  | {
      required: true;
      notifyTo: string;
      /** The last day for the initial notification: 3 days beginning with the day served (R16); null until served. */
      dueBy: IsoDate | null;
      /** The day the initial notification was received. */
      receivedOn: IsoDate | null;
      /** The first day it was overdue, once the clock has recorded that; null otherwise. */
      overdueSince: IsoDate | null;
    };

export interface PassportSurrender {
  surrenderedOn: IsoDate;
  passports: string[];
  lateBy: number;
}

export interface PassportReturn {
  returnedOn: IsoDate;
  passports: string[];
  returnedTo: PassportReturnedTo;
}

/** R12: passports to surrender, surrendered, and when they fall due to be returned. */
export interface PassportState {
  surrenderDue: PassportSurrenderTerms | null;
  surrendered: PassportSurrender[];
  returned: PassportReturn[];
  /** The first day no all-countries ban was in force while passports were still held; null otherwise. */
  returnDue: IsoDate | null;
}

export type Appeal = {
  appealId: string;
  /** The appeal court (R27-R28); the order's own `court` stays the court that made it (R29). */
  court: string;
  lodgedOn: IsoDate;
} & ({ outcome: null; decidedOn: null } | { outcome: AppealOutcome; decidedOn: IsoDate });

export interface Notification {
  notificationId: string;
  notifiedOn: IsoDate;
  names: string[];
  address: NotifiedAddress;
  previousAddressForce: ForceCode | null;
  lateBy: number;
  changedOn: IsoDate | null;
}

export interface Transfer {
  fromForce: ForceCode;
  toForce: ForceCode;
  transferredOn: IsoDate;
}

export interface Correction {
  correctionId: string;
  correctedOn: IsoDate;
  reason: string;
  changes: RecordChanges;
  previous: PreviousValues;
}

export type OrderStatus = 'active' | 'interim' | 'expired' | 'discharged' | 'quashed' | 'superseded' | 'ended';

/** What every order on the register has, whatever its status. */
export interface OrderRecord {
  orderId: OrderId;
  orderType: OrderType;
  owningForce: ForceCode;
  court: string;
  madeOn: IsoDate;
  servedOn: IsoDate | null;
  subject: SubjectDetails;
  /** Where the subject lived when the order was made, if known; later addresses are in `notifications`. */
  subjectAddress: NotifiedAddress | null;
  prohibitions: Prohibition[];
  breaches: Breach[];
  /** The date of the latest variation or renewal (by a court or on appeal); changes are entered in date order. */
  lastVariedOn: IsoDate | null;
  legalBasis: LegalBasis | null;
  applicant: Applicant | null;
  notifiedForce: ForceCode | null;
  qualifyingOffence: QualifyingOffence | null;
  notification: NotificationState;
  passports: PassportState;
  appeals: Appeal[];
  notifications: Notification[];
  /** Forces that owned the order before; they keep read access (R39). */
  previousOwningForces: ForceCode[];
  transfers: Transfer[];
  /** Forces made party by the subject's address in their area, at the making or notified since (R18, R37). */
  partyForces: ForceCode[];
  interimOrderId: OrderId | null;
  supersededBy: OrderId | null;
  corrections: Correction[];
  /**
   * The last day in force the owning force was last warned of (OrderExpiringSoon), so the clock
   * warns once a last day; null until warned. A state held from before the warning existed lacks it.
   */
  expiryWarnedFor: IsoDate | null;
}

export interface OrderInForce extends OrderRecord {
  status: 'active' | 'interim';
}

export interface ExpiredOrder extends OrderRecord {
  status: 'expired';
  /** The first day no prohibition was in force. */
  expiredOn: IsoDate;
}

export interface DischargedOrder extends OrderRecord {
  status: 'discharged';
  /** The first day the order was no longer in force. */
  dischargedOn: IsoDate;
  dischargedBy: string;
  consent: { subject: boolean; chiefOfficer: boolean };
}

/** Set aside on appeal (R27-R29): no longer in force from `quashedOn`. */
export interface QuashedOrder extends OrderRecord {
  status: 'quashed';
  quashedOn: IsoDate;
  /** The appeal court. */
  quashedBy: string;
  appealId: string;
}

/** Ended by a later order of the same kind (R13). */
export interface SupersededOrder extends OrderRecord {
  status: 'superseded';
  supersededOn: IsoDate;
  supersededBy: OrderId;
}

/** An interim order that ceased because its main application was determined (R26). */
export interface EndedInterimOrder extends OrderRecord {
  status: 'ended';
  endedOn: IsoDate;
  /** The order that determined the main application. */
  determinedBy: OrderId;
}

export type EndedOrder = ExpiredOrder | DischargedOrder | QuashedOrder | SupersededOrder | EndedInterimOrder;
export type OrderInForceOrEnded = OrderInForce | EndedOrder;

/** An order that does not exist has no fields; the stream version is the store's business. */
export type OrderState = { status: 'none' } | OrderInForceOrEnded;

export const initialState: OrderState = Object.freeze({ status: 'none' });

export function isOrderInForce(state: OrderState): state is OrderInForce {
  return state.status === 'active' || state.status === 'interim';
}

export function orderExists(state: OrderState): state is OrderInForceOrEnded {
  return state.status !== 'none';
}

/** The first day the order was no longer in force; null while it is. */
export function orderEndedOn(state: OrderInForceOrEnded): IsoDate | null {
  switch (state.status) {
    case 'active':
    case 'interim':
      return null;
    case 'expired':
      return state.expiredOn;
    case 'discharged':
      return state.dischargedOn;
    case 'quashed':
      return state.quashedOn;
    case 'superseded':
      return state.supersededOn;
    case 'ended':
      return state.endedOn;
    default: {
      const unhandled: never = state;
      throw new Error(`Unknown order status ${JSON.stringify((unhandled as { status?: unknown }).status)}`);
    }
  }
}

/**
 * Ended by a court or by law on a day (discharge, quashing, supersession, R26) rather than by its
 * prohibitions running out: nothing done on or after that day breaches it.
 */
export function endedByDecisionOn(state: OrderInForceOrEnded): IsoDate | null {
  return state.status === 'expired' ? null : orderEndedOn(state);
}
