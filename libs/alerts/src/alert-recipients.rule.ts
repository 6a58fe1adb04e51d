import { type Force, forceByCode, neighboursOf } from '#forces';
import { alertReason, type ForceWords } from './alert-reason.wording.js';
import { RECIPIENT_WHYS, type AlertRecipient, type AlertTrigger, type RecipientWhy } from './alert.types.js';
import { UnknownForceError } from './unknown-force.error.js';

interface Candidate {
  force: string;
  why: RecipientWhy;
}

/**
 * Which forces an event alerts, one entry per force, sorted by force code. Land borders only:
 * water crossings are not rules yet (DOMAIN.md §2 leaves them to the product owner); British
 * Transport Police hears of foreign-travel prohibitions, as the ports and railways are theirs.
 */
export function alertRecipients(trigger: AlertTrigger): AlertRecipient[] {
  const strongest = new Map<string, RecipientWhy>();
  for (const { force, why } of candidatesFor(trigger)) {
    const held = strongest.get(force);
    if (held === undefined || strength(why) < strength(held)) strongest.set(force, why);
  }
  return [...strongest]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([force, why]) => ({ force, kind: trigger.kind, why, reason: alertReason(trigger, why, FORCE_WORDS) }));
}

/** The force that polices foreign travel at the ports and on the railways. */
const TRAVEL_BAN_FORCE = 'btp';

function candidatesFor(trigger: AlertTrigger): Candidate[] {
  const owning: Candidate = { force: knownForce(trigger.owningForce), why: 'owning-force' };
  switch (trigger.kind) {
    case 'order-made': {
      // R37: a Scottish or NI order whose subject lives in England and Wales reaches that area this way too.
      const home: Candidate[] = trigger.addressForce ? [{ force: knownForce(trigger.addressForce), why: 'address-force' }] : [];
      return [
        owning,
        ...home,
        ...neighbours(owning.force, 'neighbour-of-owning-force'),
        ...home.flatMap(({ force }) => neighbours(force, 'neighbour-of-address-force')),
        ...travelBan(trigger.travelBan),
      ];
    }
    case 'order-varied':
      return [owning, ...travelBan(trigger.travelBan), ...alertedBefore(trigger.alertedBefore)];
    case 'order-ended':
      return [owning, ...alertedBefore(trigger.alertedBefore)];
    case 'notification-overdue':
    case 'expiring-soon':
      return [owning];
    case 'subject-moved': {
      // R18: both the area the subject moved to and the one left behind need to know; the new area's neighbours too.
      const to: Candidate = { force: knownForce(trigger.toForce), why: 'new-address-force' };
      return [
        owning,
        to,
        ...neighbours(to.force, 'neighbour-of-address-force'),
        ...(trigger.fromForce ? [{ force: knownForce(trigger.fromForce), why: 'previous-address-force' as const }] : []),
      ];
    }
    case 'order-transferred':
      return [owning, { force: knownForce(trigger.fromForce), why: 'previous-owning-force' }, ...alertedBefore(trigger.alertedBefore)];
    case 'breach-recorded': {
      const location: Candidate = { force: knownForce(trigger.locationForce), why: 'location-force' };
      return [owning, location, ...neighbours(location.force, 'neighbour-of-location-force')];
    }
    default:
      return unreachable(trigger);
  }
}

function travelBan(made: boolean): Candidate[] {
  return made ? [{ force: TRAVEL_BAN_FORCE, why: 'travel-ban' }] : [];
}

/** Whoever heard of the order before hears of what becomes of it. */
function alertedBefore(forces: readonly string[]): Candidate[] {
  return forces.map((force) => ({ force: knownForce(force), why: 'alerted-before' }));
}

function neighbours(force: string, why: RecipientWhy): Candidate[] {
  return neighboursOf(force).map((neighbour) => ({ force: neighbour, why }));
}

function strength(why: RecipientWhy): number {
  return RECIPIENT_WHYS.indexOf(why);
}

function knownForce(code: string): string {
  return knownForceRecord(code).code;
}

function knownForceRecord(code: string): Force {
  const force = forceByCode(code);
  if (force === undefined) throw new UnknownForceError(code);
  return force;
}

const FORCE_WORDS: ForceWords = {
  nameOf: (code) => knownForceRecord(code).name,
  inEnglandAndWales: (code) => knownForceRecord(code).jurisdiction === 'england-wales',
};

function unreachable(trigger: never): never {
  throw new Error(`Unhandled alert trigger kind ${JSON.stringify((trigger as { kind?: unknown }).kind)}`);
}
