import type { Principal } from '#identity';

export interface OrderAction {
  href: string;
  text: string;
}

/** What of the order decides which changes are worth offering. */
export interface OrderForActions {
  orderId: string;
  owningForce: string;
  status: string;
  prohibitions: readonly { status: string; foreignTravel?: { scope: string } }[];
  passportsHeld: readonly string[];
}

/**
 * The change forms offered to this user (API.md's roles): the owning force's order managers may
 * change the order; any order manager may record a breach in their area or a notification.
 * Changes to an order in force are offered only while it is; passports where an all-countries ban
 * is in force or passports are held (R12). Only
 * what is offered: the domain still decides every change.
 */
export function changesOpenTo(principal: Principal, order: OrderForActions): OrderAction[] {
  if (principal.role !== 'order-manager') return [];
  const base = `/orders/${order.orderId}`;
  const actions: OrderAction[] = [
    { href: `${base}/breaches`, text: 'Record a breach' },
    { href: `${base}/notifications`, text: 'Record a notification' },
  ];
  if (principal.force !== order.owningForce) return actions;
  // An order no longer in force is not varied, renewed, discharged or moved; what happened before it ended still is recorded.
  if (order.status === 'active' || order.status === 'interim') {
    actions.push(
      { href: `${base}/variations`, text: 'Record a variation' },
      { href: `${base}/renewals`, text: 'Record a renewal' },
      { href: `${base}/discharge`, text: 'Record a discharge' },
      { href: `${base}/transfer`, text: 'Transfer to another force' },
    );
  }
  actions.push(
    { href: `${base}/appeals`, text: 'Record an appeal' },
    { href: `${base}/corrections`, text: 'Correct a mistake in the record' },
    { href: `${base}/corrections/subject`, text: 'Correct the subject’s particulars' },
  );
  if (order.prohibitions.some((p) => p.status === 'in-force' && p.foreignTravel?.scope === 'all')) {
    actions.push({ href: `${base}/passports/surrendered`, text: 'Record passports surrendered' });
  }
  if (order.passportsHeld.length) actions.push({ href: `${base}/passports/returned`, text: 'Record passports returned' });
  return actions;
}
