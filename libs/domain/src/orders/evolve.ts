import { addDays, compareDates } from '../dates/iso-date.js';
import type { OrderEvent } from './events.js';
import { isInterimOrderType } from './order-type.js';
import { copyTerms, type ProhibitionTerms } from './prohibition-terms.js';
import { initialState, isOrderInForce, orderExists, type OrderState, type Prohibition } from './state.js';

function inForceFrom(terms: ProhibitionTerms, startsOn: string): Prohibition {
  return { ...copyTerms(terms), startsOn, status: 'in-force', endedOn: null };
}

// A discharge ends what is still in force that day; a prohibition whose fixed period had already
// run out keeps the truth that it expired, even if the clock had not yet said so.
function endedByDischarge(prohibition: Prohibition, dischargedOn: string): Prohibition {
  if (prohibition.status !== 'in-force') return prohibition;
  if (prohibition.until !== null && compareDates(prohibition.until, dischargedOn) < 0) {
    return { ...prohibition, status: 'expired', endedOn: addDays(prohibition.until, 1) };
  }
  return { ...prohibition, status: 'removed', endedOn: dischargedOn };
}

/**
 * Folds one fact into the order. Total and pure: an event that cannot apply to the state (which
 * the decider never produces) leaves it unchanged, so replaying a log can never throw.
 */
export function evolve(state: OrderState, event: OrderEvent): OrderState {
  if (event.type === 'OrderMade') {
    if (orderExists(state)) return state;
    const { data } = event;
    return {
      status: isInterimOrderType(data.orderType) ? 'interim' : 'active',
      orderId: data.orderId,
      orderType: data.orderType,
      owningForce: data.owningForce,
      court: data.court,
      madeOn: data.madeOn,
      servedOn: data.servedOn,
      subject: { ...data.subject, aliases: data.subject.aliases.map((alias) => ({ ...alias })) },
      prohibitions: data.prohibitions.map((terms) => inForceFrom(terms, data.madeOn)),
      breaches: [],
      lastVariedOn: null,
    };
  }
  if (!orderExists(state)) return state;

  switch (event.type) {
    case 'OrderVaried': {
      if (!isOrderInForce(state)) return state;
      const { variedOn, removedProhibitionIds, addedProhibitions } = event.data;
      const kept = state.prohibitions.map((p): Prohibition =>
        removedProhibitionIds.includes(p.prohibitionId) && p.status === 'in-force' ? { ...p, status: 'removed', endedOn: variedOn } : p,
      );
      return {
        ...state,
        prohibitions: [...kept, ...addedProhibitions.map((terms) => inForceFrom(terms, variedOn))],
        lastVariedOn: variedOn,
      };
    }
    case 'OrderDischarged': {
      if (!isOrderInForce(state)) return state;
      const { dischargedOn, court, consent } = event.data;
      return {
        ...state,
        status: 'discharged',
        dischargedOn,
        dischargedBy: court,
        consent: { subject: consent.subject, chiefOfficer: consent.chiefOfficer },
        prohibitions: state.prohibitions.map((p) => endedByDischarge(p, dischargedOn)),
      };
    }
    case 'BreachRecorded': {
      const { breachId, occurredOn, locationForce, description, prohibitionIds } = event.data;
      return { ...state, breaches: [...state.breaches, { breachId, occurredOn, locationForce, description, prohibitionIds: [...prohibitionIds] }] };
    }
    case 'ProhibitionExpired': {
      const { prohibitionId, expiredOn } = event.data;
      return {
        ...state,
        prohibitions: state.prohibitions.map((p): Prohibition =>
          p.prohibitionId === prohibitionId && p.status === 'in-force' ? { ...p, status: 'expired', endedOn: expiredOn } : p,
        ),
      };
    }
    case 'OrderExpired': {
      if (!isOrderInForce(state)) return state;
      return { ...state, status: 'expired', expiredOn: event.data.expiredOn };
    }
    default: {
      const unhandled: never = event;
      void unhandled;
      return state;
    }
  }
}

/** The order as its events leave it; `from` lets a caller continue from a snapshot. */
export function replay(events: readonly OrderEvent[], from: OrderState = initialState): OrderState {
  return events.reduce(evolve, from);
}
