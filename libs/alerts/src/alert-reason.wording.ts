import { issuedOutsideEnglandAndWales, orderTypeLabel } from './order-type.labels.js';
import type { AlertTrigger, RecipientWhy } from './alert.types.js';

type BreachTrigger = Extract<AlertTrigger, { kind: 'breach-recorded' }>;

/** What the wording needs to know of a force: its name in full, and whether its area is in England and Wales. */
export interface ForceWords {
  nameOf(code: string): string;
  inEnglandAndWales(code: string): boolean;
}

// Written from the recipient's side: "(your force)", "your area" or "(a neighbouring force)" says
// why this inbox got the alert. Only force names and the order type appear, never anything about
// a subject.
export function alertReason(trigger: AlertTrigger, why: RecipientWhy, forces: ForceWords): string {
  const { nameOf } = forces;
  const ownedBy = `owned by ${nameOf(trigger.owningForce)}${relation(why, 'owning-force')}`;
  switch (trigger.kind) {
    case 'order-made':
      return `New ${orderTypeLabel(trigger.orderType)} made${trigger.travelBan ? ', with a foreign travel prohibition' : ''}, ${ownedBy}${whereTheSubjectLives(trigger, why, forces)}${why === 'travel-ban' ? TRAVEL_BAN : ''}.`;
    case 'order-varied':
      return `${VARIATIONS[trigger.how]}${trigger.travelBan ? ', adding a foreign travel prohibition,' : ''} of an order ${ownedBy}${afterwards(why)}.`;
    case 'order-ended':
      return `${ENDINGS[trigger.how]} of an order ${ownedBy}${afterwards(why)}.`;
    case 'subject-moved':
      return `The subject of ${whichOrder(trigger, ownedBy, forces)} has notified a home address in ${newArea(trigger.toForce, why, nameOf)}${
        trigger.fromForce && trigger.fromForce !== trigger.toForce ? `, moving from ${areaOf(trigger.fromForce, why === 'previous-address-force', nameOf)}` : ''
      }.`;
    case 'notification-overdue':
      return `The subject of an order ${ownedBy} has not notified name and address by ${trigger.dueBy} (s19).`;
    case 'expiring-soon':
      return `An order ${ownedBy} ends after ${longDate(trigger.lastDay)} unless it is renewed.`;
    case 'order-transferred':
      return `Management of an order moved from ${nameOf(trigger.fromForce)}${relation(why, 'previous-owning-force')} to ${nameOf(trigger.owningForce)}${relation(why, 'owning-force')}${afterwards(why)}.`;
    case 'breach-recorded':
      return `Breach of an order ${ownedBy}, recorded in ${breachPlace(trigger, why, nameOf)}.`;
    default:
      return unreachable(trigger);
  }
}

const VARIATIONS = { varied: 'Variation', renewed: 'Renewal', 'varied-on-appeal': 'Variation on appeal' } as const;

const ENDINGS = {
  discharged: 'Discharge',
  expired: 'Expiry',
  quashed: 'Quashing on appeal',
  superseded: 'Supersession by a later order',
  'interim-ended': 'End, on determination of the main application,',
} as const;

const TRAVEL_BAN = '; your force hears of every foreign travel prohibition';

/** What a force that heard of the order before is told of what became of it. */
function afterwards(why: RecipientWhy): string {
  if (why === 'alerted-before') return '; your force was alerted about this order before';
  return why === 'travel-ban' ? TRAVEL_BAN : '';
}

/**
 * ", whose subject lives in Sussex Police's area"; for a Scottish or Northern Irish order whose
 * subject lives in England and Wales it says so (R34-R37): ": a Scottish order whose subject …".
 */
function whereTheSubjectLives(trigger: Extract<AlertTrigger, { kind: 'order-made' }>, why: RecipientWhy, forces: ForceWords): string {
  const home = trigger.addressForce;
  if (!home) return '';
  const yours = why === 'address-force' || (why === 'owning-force' && home === trigger.owningForce);
  const area = yours ? 'your area' : `${forces.nameOf(home)}'s area${why === 'neighbour-of-address-force' ? ' (a neighbouring force)' : ''}`;
  const issuedIn = issuedOutsideEnglandAndWales(trigger.orderType);
  return issuedIn && forces.inEnglandAndWales(home) ? `: a ${issuedIn} order whose subject lives in ${area}` : `, whose subject lives in ${area}`;
}

/** "an order owned by …", or for a Scottish or Northern Irish order whose subject moved into England and Wales, its type and where it was made. */
function whichOrder(trigger: Extract<AlertTrigger, { kind: 'subject-moved' }>, ownedBy: string, forces: ForceWords): string {
  const issuedIn = issuedOutsideEnglandAndWales(trigger.orderType);
  return issuedIn && forces.inEnglandAndWales(trigger.toForce) ? `a ${orderTypeLabel(trigger.orderType)}, a ${issuedIn} order ${ownedBy},` : `an order ${ownedBy}`;
}

function newArea(force: string, why: RecipientWhy, nameOf: (code: string) => string): string {
  if (why === 'neighbour-of-address-force') return `${nameOf(force)}'s area (a neighbouring force)`;
  return areaOf(force, why === 'new-address-force', nameOf);
}

function areaOf(force: string, yours: boolean, nameOf: (code: string) => string): string {
  return yours ? 'your area' : `${nameOf(force)}'s area`;
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
