import type { Principal } from '#identity';

export interface NavigationItem {
  href: string;
  text: string;
  active: boolean;
}

/** The pages each role works in, in the order they use them. */
export function navigationFor(principal: Principal | null, currentPath: string): NavigationItem[] {
  if (!principal) return [];
  const items: { href: string; text: string }[] = [];
  if (principal.role !== 'auditor') items.push({ href: '/', text: 'Check a subject' });
  if (principal.role === 'order-manager') items.push({ href: '/orders/new', text: 'Record an order' });
  if (principal.force) items.push({ href: `/forces/${principal.force}/alerts`, text: 'Alerts' });
  if (principal.role === 'order-manager') items.push({ href: `/forces/${principal.force}/webhooks`, text: 'Webhooks' });
  if (principal.role === 'rocu') items.push({ href: `/regions/${principal.region}`, text: 'Region' });
  if (principal.role === 'national') items.push({ href: '/regions', text: 'Regions' });
  if (principal.role === 'auditor') items.push({ href: '/audit', text: 'Audit trail' });
  if (principal.role === 'rocu' || principal.role === 'national') items.push({ href: '/statistics', text: 'Statistics' }, { href: '/alerts', text: 'Alerts' });
  return items.map((item) => ({
    ...item,
    active: item.href === '/' ? currentPath === '/' || currentPath === '/check' : currentPath.startsWith(item.href),
  }));
}
