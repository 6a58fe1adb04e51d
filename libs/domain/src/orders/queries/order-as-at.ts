import { obtainedBy } from './parties.js';
import type { OrderId } from '../order-id.js';
import type { ForceCode } from '#forces';
import { addDays, compareDates, type IsoDate } from '../../dates/iso-date.js';
import type { SubjectDetails } from '../../subjects/subject-details.js';
import type { LegalBasis } from '../order-particulars.js';
import { isInterimOrderType, type OrderType } from '../order-type.js';
import { copyTerms, type ProhibitionTerms } from '../prohibition-terms.js';
import { type KnownAddress, subjectAddressOn } from './subject-address.js';
import { endedByDecisionOn, type Appeal, type Breach, type Notification, type OrderInForceOrEnded, type OrderStatus, type Prohibition } from '../state.js';

export type ProhibitionStatusAsAt = 'in-force' | 'expired' | 'removed' | 'not-yet';

export interface ProhibitionAsAt extends ProhibitionTerms {
  startsOn: IsoDate;
  status: ProhibitionStatusAsAt;
  /** The first day it was no longer in force, if that was on or before the day asked about. */
  endedOn: IsoDate | null;
}

/** The order as it stood at the end of `asAt`, judged by the days things took effect, not when they were entered. */
export interface OrderAsAt {
  asAt: IsoDate;
  orderId: OrderId;
  orderType: OrderType;
  status: OrderStatus;
  owningForce: ForceCode;
  previousOwningForces: ForceCode[];
  partyForces: ForceCode[];
  court: string;
  madeOn: IsoDate;
  servedOn: IsoDate | null;
  legalBasis: LegalBasis | null;
  /** The subject, with their home address as known that day (the making's, then each notified). */
  subject: SubjectDetails & { address: KnownAddress | null };
  prohibitions: ProhibitionAsAt[];
  breaches: Breach[];
  appeals: Appeal[];
  notifications: Notification[];
  notification: { required: boolean; notifyTo: string | null; dueBy: IsoDate | null; receivedOn: IsoDate | null; overdue: boolean };
  /** Passports surrendered by that day and not yet returned. */
  passportsHeld: string[];
}

const onOrBefore = (date: IsoDate, day: IsoDate) => compareDates(date, day) <= 0;

/** A renewal changes `until` from its renewal day; before it the earlier `until` applied. */
export function untilOn(prohibition: Prohibition, day: IsoDate): IsoDate | null {
  let until = prohibition.until;
  for (const renewal of [...(prohibition.renewals ?? [])].reverse()) {
    if (compareDates(renewal.renewedOn, day) > 0) until = renewal.previousUntil;
  }
  return until;
}

function prohibitionAsAt(prohibition: Prohibition, day: IsoDate): ProhibitionAsAt {
  const until = untilOn(prohibition, day);
  const { prohibitionId, text, foreignTravel } = copyTerms(prohibition);
  const { startsOn } = prohibition;
  // Each answer built as one object: a spread that adds properties its source lacks (`status`,
  // `endedOn` onto the terms) takes V8's slow path, ~0.7 µs a property (see evolve's inForceFrom).
  const asAt = (status: ProhibitionStatusAsAt, endedOn: IsoDate | null): ProhibitionAsAt =>
    foreignTravel ? { prohibitionId, text, until, foreignTravel, startsOn, status, endedOn } : { prohibitionId, text, until, startsOn, status, endedOn };
  if (compareDates(startsOn, day) > 0) return asAt('not-yet', null);
  if (prohibition.endedOn !== null && onOrBefore(prohibition.endedOn, day)) {
    return asAt(prohibition.status, prohibition.endedOn);
  }
  if (until !== null && compareDates(until, day) < 0) return asAt('expired', addDays(until, 1));
  return asAt('in-force', null);
}

function statusOn(state: OrderInForceOrEnded, prohibitions: readonly ProhibitionAsAt[], day: IsoDate): OrderStatus {
  const endedOn = endedByDecisionOn(state);
  if (endedOn !== null && onOrBefore(endedOn, day)) return state.status;
  if (!prohibitions.some((p) => p.status === 'in-force')) return 'expired';
  return isInterimOrderType(state.orderType) ? 'interim' : 'active';
}

function ownersOn(state: OrderInForceOrEnded, day: IsoDate): { owningForce: ForceCode; previousOwningForces: ForceCode[] } {
  const transfers = state.transfers ?? [];
  let owningForce = obtainedBy(state);
  const previous: ForceCode[] = [];
  for (const transfer of transfers) {
    if (!onOrBefore(transfer.transferredOn, day)) break;
    if (!previous.includes(owningForce)) previous.push(owningForce);
    owningForce = transfer.toForce;
  }
  return { owningForce, previousOwningForces: previous.filter((force) => force !== owningForce) };
}

function appealOn(appeal: Appeal, day: IsoDate): Appeal {
  const decided = appeal.decidedOn !== null && onOrBefore(appeal.decidedOn, day);
  return decided ? { ...appeal } : { ...appeal, outcome: null, decidedOn: null };
}

function passportsHeldOn(state: OrderInForceOrEnded, day: IsoDate): string[] {
  const held: string[] = [];
  const events = [
    ...state.passports.surrendered.map((s) => ({ on: s.surrenderedOn, passports: s.passports, surrendered: true })),
    ...state.passports.returned.map((r) => ({ on: r.returnedOn, passports: r.passports, surrendered: false })),
  ]
    .filter((e) => onOrBefore(e.on, day))
    .sort((a, b) => compareDates(a.on, b.on) || (a.surrendered === b.surrendered ? 0 : a.surrendered ? -1 : 1));
  for (const e of events) {
    for (const passport of e.passports) {
      const at = held.indexOf(passport);
      if (e.surrendered && at < 0) held.push(passport);
      if (!e.surrendered && at >= 0) held.splice(at, 1);
    }
  }
  return held;
}

/**
 * The order as it stood at the end of `day` (for `?asAt=`), or null before it was made. Built
 * from effective dates — made, varied, renewed (per-prohibition `until` history), discharged,
 * decided on appeal, superseded, ended, transferred — not from when events were entered.
 * Corrections fix data-entry mistakes, so corrected values apply to every day.
 */
export function orderAsAt(state: OrderInForceOrEnded, day: IsoDate): OrderAsAt | null {
  if (compareDates(day, state.madeOn) < 0) return null;
  const prohibitions = state.prohibitions.map((p) => prohibitionAsAt(p, day));
  const owners = ownersOn(state, day);
  const notifications = state.notifications.filter((n) => onOrBefore(n.notifiedOn, day)).map((n) => ({ ...n, names: [...n.names], address: { ...n.address } }));
  const atMaking = state.subjectAddress?.force;
  const partyForces = [...new Set([...(atMaking ? [atMaking] : []), ...notifications.map((n) => n.address.force)])].filter((force) => force !== owners.owningForce);
  const { notification } = state;
  const receivedOn = notification.receivedOn !== null && onOrBefore(notification.receivedOn, day) ? notification.receivedOn : null;
  const status = statusOn(state, prohibitions, day);
  const inForce = status === 'active' || status === 'interim';
  return {
    asAt: day,
    orderId: state.orderId,
    orderType: state.orderType,
    status,
    ...owners,
    partyForces,
    court: state.court,
    madeOn: state.madeOn,
    servedOn: state.servedOn,
    legalBasis: state.legalBasis,
    subject: { ...state.subject, aliases: state.subject.aliases.map((a) => ({ ...a })), address: subjectAddressOn(state, day) },
    prohibitions,
    breaches: state.breaches
      .filter((b) => onOrBefore(b.occurredOn, day))
      .map((b) => ({ ...b, prohibitionIds: [...b.prohibitionIds], requirements: [...b.requirements], outcomes: b.outcomes.filter((o) => onOrBefore(o.decidedOn, day)) })),
    appeals: state.appeals.filter((a) => onOrBefore(a.lodgedOn, day)).map((a) => appealOn(a, day)),
    notifications,
    notification: {
      required: notification.required,
      notifyTo: notification.notifyTo,
      dueBy: notification.dueBy,
      receivedOn,
      overdue: inForce && notification.required && notification.dueBy !== null && receivedOn === null && compareDates(day, notification.dueBy) > 0,
    },
    passportsHeld: passportsHeldOn(state, day),
  };
}
