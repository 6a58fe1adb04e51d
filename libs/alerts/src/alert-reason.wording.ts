import { orderTypeLabel } from './order-type.labels.js';
import type { AlertTrigger, RecipientWhy } from './alert.types.js';

type BreachTrigger = Extract<AlertTrigger, { kind: 'breach-recorded' }>;

// Written from the recipient's side: "(your force)" or "(a neighbouring force)" says why this
// inbox got the alert. Only force names and the order type appear, never anything about a subject.
export function alertReason(trigger: AlertTrigger, why: RecipientWhy, nameOf: (code: string) => string): string {
  const ownedBy = `owned by ${nameOf(trigger.owningForce)}${relation(why, 'owning-force')}`;
  switch (trigger.kind) {
    case 'order-made':
      return `New ${orderTypeLabel(trigger.orderType)} made, ${ownedBy}.`;
    case 'order-varied':
      return `Variation of an order ${ownedBy}.`;
    case 'order-ended':
      return `${ENDINGS[trigger.how]} of an order ${ownedBy}.`;
    case 'subject-moved':
      return `The subject of an order ${ownedBy} has notified a home address in ${areaOf(trigger.toForce, why, 'new-address-force', nameOf)}${
        trigger.fromForce && trigger.fromForce !== trigger.toForce ? `, moving from ${areaOf(trigger.fromForce, why, 'previous-address-force', nameOf)}` : ''
      }.`;
    case 'notification-overdue':
      return `The subject of an order ${ownedBy} has not notified name and address by ${trigger.dueBy} (s19).`;
    case 'expiring-soon':
      return `An order ${ownedBy} ends after ${longDate(trigger.lastDay)} unless it is renewed.`;
    case 'order-transferred':
      return `Management of an order moved from ${nameOf(trigger.fromForce)}${relation(why, 'previous-owning-force')} to ${nameOf(trigger.owningForce)}${relation(why, 'owning-force')}.`;
    case 'breach-recorded':
      return `Breach of an order ${ownedBy}, recorded in ${breachPlace(trigger, why, nameOf)}.`;
    default:
      return unreachable(trigger);
  }
}

const ENDINGS = {
  discharged: 'Discharge',
  expired: 'Expiry',
  quashed: 'Quashing on appeal',
  superseded: 'Supersession by a later order',
  'interim-ended': 'End, on determination of the main application,',
} as const;

function areaOf(force: string, why: RecipientWhy, role: RecipientWhy, nameOf: (code: string) => string): string {
  return why === role ? 'your area' : `${nameOf(force)}'s area`;
}

function relation(why: RecipientWhy, role: 'owning-force' | 'location-force' | 'previous-owning-force'): string {
  if (why === role) return ' (your force)';
  const neighbourOfRole = role === 'owning-force' ? 'neighbour-of-owning-force' : 'neighbour-of-location-force';
  return why === neighbourOfRole ? ' (a neighbouring force)' : '';
}

function breachPlace(trigger: BreachTrigger, why: RecipientWhy, nameOf: (code: string) => string): string {
  // The owner already reads "(your force)"; naming itself a second time would read oddly.
  if (why === 'owning-force' && trigger.locationForce === trigger.owningForce) return 'your area';
  return `${nameOf(trigger.locationForce)}'s area${relation(why, 'location-force')}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2027-03-14 → "14 March 2027", as an officer reads a date. */
function longDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${MONTHS[month - 1]} ${year}`;
}

function unreachable(trigger: never): never {
  throw new Error(`Unhandled alert trigger kind ${JSON.stringify((trigger as { kind?: unknown }).kind)}`);
}
