import type { Principal } from '#identity';

export interface OrderAction {
  href: string;
  text: string;
}

/**
 * The change forms offered to this user (API.md's roles): the owning force's order managers may
 * change the order; any order manager may record a breach in their area or a notification. Only
 * what is offered: the domain still decides every change.
 */
export function changesOpenTo(principal: Principal, order: { orderId: string; owningForce: string; status: string }): OrderAction[] {
  if (principal.role !== 'order-manager') return [];
  const base = `/orders/${order.orderId}`;
  const actions: OrderAction[] = [
    { href: `${base}/breaches`, text: 'Record a breach' },
    { href: `${base}/notifications`, text: 'Record a notification' },
  ];
  if (principal.force !== order.owningForce) return actions;
  return [
    ...actions,
    { href: `${base}/variations`, text: 'Record a variation' },
    { href: `${base}/renewals`, text: 'Record a renewal' },
    { href: `${base}/discharge`, text: 'Record a discharge' },
    { href: `${base}/appeals`, text: 'Record an appeal' },
    { href: `${base}/transfer`, text: 'Transfer to another force' },
    { href: `${base}/corrections`, text: 'Correct a mistake in the record' },
    { href: `${base}/corrections/subject`, text: 'Correct the subject’s particulars' },
  ];
}
