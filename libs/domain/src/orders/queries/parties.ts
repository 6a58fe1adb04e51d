import type { ForceCode } from '#forces';
import { forceJurisdiction, type ForceJurisdictionLookup } from '../force-jurisdiction.js';
import { jurisdictionCodeOf } from '../order-type.js';
import type { OrderInForceOrEnded } from '../state.js';

/**
 * The forces the order concerns, owning force first: the owner, earlier owners (R39), forces where
 * the subject notified an address (R18) and forces where a breach happened (R37). Scope for reading
 * it and for cross-border review.
 */
export function activeParties(state: OrderInForceOrEnded): string[] {
  const forces = [
    state.owningForce,
    ...(state.previousOwningForces ?? []),
    ...(state.partyForces ?? []),
    ...state.breaches.map((breach) => breach.locationForce),
  ];
  return [...new Set(forces)];
}

/** The force that obtained the order: its owner when it was made (a transfer, R39, moves management, not that). */
export function obtainedBy(state: Pick<OrderInForceOrEnded, 'owningForce' | 'transfers'>): ForceCode {
  return state.transfers[0]?.fromForce ?? state.owningForce;
}

/**
 * R37: a cross-border order for ROCU review — a force other than the owner is party to it, or a
 * party force lies in a different jurisdiction from the law the order was made under (a TEPO
 * managed by an English force, an STPO whose subject lives in Scotland). `lookup` gives a force's
 * jurisdiction (default: Police Scotland SCO, PSNI NI, BTP none, all others EW).
 */
export function isCrossBorder(state: OrderInForceOrEnded, lookup: ForceJurisdictionLookup = forceJurisdiction): boolean {
  const parties = activeParties(state);
  const orderJurisdiction = jurisdictionCodeOf(state.orderType);
  return parties.some((force) => {
    if (force !== state.owningForce) return true;
    const jurisdiction = lookup(force);
    return jurisdiction !== null && jurisdiction !== orderJurisdiction;
  });
}
