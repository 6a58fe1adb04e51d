import type { Actor } from '../../actors/actor.js';
import type { IsoDate } from '../../dates/iso-date.js';
import type { SubjectDetails } from '../../subjects/subject-details.js';
import type { MakeOrder } from '../commands/make-order.js';
import type { DecisionContext } from '../decision-context.js';
import type { OrderMade } from '../events.js';
import type { ProhibitionTerms } from '../prohibition-terms.js';

// Shared test data: the clock's date is fixed so every test reads the same calendar.
export const TODAY: IsoDate = '2026-11-23';
export const ORDER_ID = 'order-1';

export function managerOf(force: string): Actor {
  return { userId: `manager-${force}`, role: 'order-manager', force, name: `Manager of ${force}` };
}

export function as(actor: Actor, today: IsoDate = TODAY): DecisionContext {
  return { actor, today };
}

export const kent = as(managerOf('kent'));
export const clock = as({ userId: 'clock', role: 'system' });

export const subject: SubjectDetails = {
  subjectId: 'subject-1',
  forenames: 'Jan',
  surname: 'Kowalski',
  dateOfBirth: '1980-05-02',
  aliases: [{ forenames: 'John', surname: 'Kowal' }],
  pncId: '2003/1234567Q',
};

export function prohibition(prohibitionId: string, until: IsoDate | null, extra: Partial<ProhibitionTerms> = {}): ProhibitionTerms {
  return { prohibitionId, text: `Must not do thing ${prohibitionId}`, until, ...extra };
}

export function travelBan(prohibitionId: string, until: IsoDate | null): ProhibitionTerms {
  return prohibition(prohibitionId, until, { text: 'Must not travel to Romania or Albania', foreignTravel: { scope: 'named-countries', countries: ['RO', 'AL'] } });
}

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

/** The event the decider records for `command`. */
export function orderMade(command: MakeOrder = makeOrder()): OrderMade {
  const { type: _type, ...data } = command;
  return { type: 'OrderMade', data };
}
