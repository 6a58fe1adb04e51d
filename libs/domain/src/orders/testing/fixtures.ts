import type { SubjectId } from '../../subjects/subject-id.js';
import type { OrderId } from '../order-id.js';
import type { PncId } from '../../subjects/pnc-id.js';
import type { ForceCode } from '#forces';
import type { Actor } from '../../actors/actor.js';
import type { IsoDate } from '../../dates/iso-date.js';
import type { SubjectDetails } from '../../subjects/subject-details.js';
import type { MakeOrder } from '../commands/make-order.js';
import type { DecisionContext } from '../decision-context.js';
import type { BreachRecorded, OrderMade, OrderVaried } from '../events.js';
import type { LegalConfig } from '../legal-config.js';
import type { PassportSurrenderTerms } from '../order-particulars.js';
import type { ProhibitionTerms } from '../prohibition-terms.js';

// Shared test data: the clock's date is fixed so every test reads the same calendar.
export const TODAY: IsoDate = '2026-11-23';
export const ORDER_ID = 'order-1' as OrderId;

export function managerOf(force: ForceCode): Actor {
  return { userId: `manager-${force}`, role: 'order-manager', force, name: `Manager of ${force}` };
}

export function as(actor: Actor, today: IsoDate = TODAY, legal?: LegalConfig): DecisionContext {
  return legal ? { actor, today, legal } : { actor, today };
}

export const kent = as(managerOf('kent'));
export const sussex = as(managerOf('sussex'));
export const clock = as({ userId: 'clock', role: 'system' });

/** Everyone who is not an order manager, for "who may do it" tests. */
export const NOT_ORDER_MANAGERS: Actor[] = [
  { userId: 'u', role: 'officer', force: 'kent' },
  { userId: 'u', role: 'rocu', region: 'eastern' },
  { userId: 'u', role: 'national' },
  { userId: 'u', role: 'auditor' },
  { userId: 'u', role: 'system' },
];

/** Every person (not the register itself), for commands only the system issues. */
export const PEOPLE: Actor[] = [
  { userId: 'u', role: 'officer', force: 'kent' },
  { userId: 'u', role: 'order-manager', force: 'kent' },
  { userId: 'u', role: 'rocu', region: 'eastern' },
  { userId: 'u', role: 'national' },
  { userId: 'u', role: 'auditor' },
];

export const subject: SubjectDetails = {
  subjectId: 'subject-1' as SubjectId,
  forenames: 'Jan',
  surname: 'Kowalski',
  dateOfBirth: '1980-05-02',
  aliases: [{ forenames: 'John', surname: 'Kowal' }],
  pncId: '2003/1234567Q' as PncId,
};

export function prohibition(prohibitionId: string, until: IsoDate | null, extra: Partial<ProhibitionTerms> = {}): ProhibitionTerms {
  return { prohibitionId, text: `Must not do thing ${prohibitionId}`, until, ...extra };
}

export function travelBan(prohibitionId: string, until: IsoDate | null): ProhibitionTerms {
  return prohibition(prohibitionId, until, { text: 'Must not travel to Romania or Albania', foreignTravel: { scope: 'named-countries', countries: ['RO', 'AL'] } });
}

export function allCountriesBan(prohibitionId: string, until: IsoDate | null): ProhibitionTerms {
  return prohibition(prohibitionId, until, { text: 'Must not travel outside the United Kingdom', foreignTravel: { scope: 'all', countries: [] } });
}

export const SURRENDER: PassportSurrenderTerms = { policeStation: 'Maidstone Police Station', dueOn: '2025-03-12' };

/** An STPO made by Maidstone Crown Court on 2025-03-10 for Kent, with one indefinite and one five-year prohibition. */
export function makeOrder(overrides: Partial<MakeOrder> = {}): MakeOrder {
  return {
    type: 'MakeOrder',
    orderId: ORDER_ID,
    orderType: 'STPO',
    owningForce: 'kent',
    court: 'Maidstone Crown Court',
    madeOn: '2025-03-10',
    servedOn: '2025-03-11',
    subject,
    prohibitions: [prohibition('p-1', null), prohibition('p-2', '2030-03-09')],
    ...overrides,
  };
}

/** The event the decider records for `command`: the particulars not given read as "not recorded". */
export function orderMade(command: MakeOrder = makeOrder()): OrderMade {
  const { type: _type, ...given } = command;
  return {
    type: 'OrderMade',
    data: {
      ...given,
      legalBasis: given.legalBasis ?? null,
      applicant: given.applicant ?? null,
      notifiedForce: given.notifiedForce ?? null,
      qualifyingOffence: given.qualifyingOffence ?? null,
      notification: given.notification?.required ? { required: true, notifyTo: given.notification.notifyTo ?? '' } : { required: false, notifyTo: null },
      passportSurrender: given.passportSurrender ?? null,
      interimOrderId: given.interimOrderId ?? null,
      subjectAddress: given.subjectAddress ?? null,
    },
  };
}

/** A court's variation of the default order. */
export function orderVaried(
  variedOn: IsoDate,
  removedProhibitionIds: string[],
  addedProhibitions: ProhibitionTerms[] = [],
  passportSurrender: PassportSurrenderTerms | null = null,
): OrderVaried {
  return { type: 'OrderVaried', data: { orderId: ORDER_ID, court: 'Maidstone Crown Court', variedOn, addedProhibitions, removedProhibitionIds, passportSurrender } };
}

/** A breach in Sussex of the default order. */
export function breachRecorded(breachId: string, occurredOn: IsoDate, prohibitionIds: string[] = ['p-1'], locationForce: ForceCode = 'sussex'): BreachRecorded {
  return {
    type: 'BreachRecorded',
    data: { orderId: ORDER_ID, breachId, occurredOn, locationForce, description: 'Seen working at a car wash', prohibitionIds, requirements: [] },
  };
}
