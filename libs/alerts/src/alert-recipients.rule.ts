import { forceByCode, neighboursOf } from '#forces';
import { alertReason } from './alert-reason.wording.js';
import { RECIPIENT_WHYS, type AlertRecipient, type AlertTrigger, type RecipientWhy } from './alert.types.js';
import { UnknownForceError } from './unknown-force.error.js';

interface Candidate {
  force: string;
  why: RecipientWhy;
}

/**
 * Which forces an event alerts, one entry per force, sorted by force code. Land borders only:
 * water crossings and BTP's rail interest are not rules yet (DOMAIN.md §2 leaves them to the
 * product owner).
 */
export function alertRecipients(trigger: AlertTrigger): AlertRecipient[] {
  const strongest = new Map<string, RecipientWhy>();
  for (const { force, why } of candidatesFor(trigger)) {
    const held = strongest.get(force);
    if (held === undefined || strength(why) < strength(held)) strongest.set(force, why);
  }
  return [...strongest]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([force, why]) => ({ force, kind: trigger.kind, why, reason: alertReason(trigger, why, forceName) }));
}

function candidatesFor(trigger: AlertTrigger): Candidate[] {
  const owning: Candidate = { force: knownForce(trigger.owningForce), why: 'owning-force' };
  switch (trigger.kind) {
    case 'order-made':
    case 'order-varied':
      return [owning, ...neighbours(owning.force, 'neighbour-of-owning-force')];
    case 'order-ended':
    case 'notification-overdue':
    case 'expiring-soon':
      return [owning];
    case 'subject-moved':
      // R18: both the area the subject moved to and the one left behind need to know.
      return [
        owning,
        { force: knownForce(trigger.toForce), why: 'new-address-force' },
        ...(trigger.fromForce ? [{ force: knownForce(trigger.fromForce), why: 'previous-address-force' as const }] : []),
      ];
    case 'order-transferred':
      return [owning, { force: knownForce(trigger.fromForce), why: 'previous-owning-force' }];
    case 'breach-recorded': {
      const location: Candidate = { force: knownForce(trigger.locationForce), why: 'location-force' };
      return [owning, location, ...neighbours(location.force, 'neighbour-of-location-force')];
    }
    default:
      return unreachable(trigger);
  }
}

function neighbours(force: string, why: RecipientWhy): Candidate[] {
  return neighboursOf(force).map((neighbour) => ({ force: neighbour, why }));
}

function strength(why: RecipientWhy): number {
  return RECIPIENT_WHYS.indexOf(why);
}

function knownForce(code: string): string {
  if (forceByCode(code) === undefined) throw new UnknownForceError(code);
  return code;
}

function forceName(code: string): string {
  const force = forceByCode(code);
  if (force === undefined) throw new UnknownForceError(code);
  return force.name;
}

function unreachable(trigger: never): never {
  throw new Error(`Unhandled alert trigger kind ${JSON.stringify((trigger as { kind?: unknown }).kind)}`);
}
