import { forceName, longDate } from '../rendering/plain-words.js';

/** An event of the order's history as the timeline reads it: its kind and its facts. */
export interface TimelineEvent {
  type: string;
  data: Record<string, unknown>;
}

const OUTCOME_WORDS: Record<string, string> = {
  charged: 'charged',
  convicted: 'convicted',
  acquitted: 'acquitted',
  'no-further-action': 'no further action',
  cautioned: 'cautioned',
  dismissed: 'dismissed',
  quashed: 'quashed',
  varied: 'varied',
};

// History data is read from the log as it was stored: a field may be missing from an old event,
// so every read here is checked and nothing a sentence needs can make the page fail.
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');
const dayOf = (value: unknown): string => longDate(value) || 'an unrecorded day';
const countOf = (value: unknown): number => (Array.isArray(value) ? value.length : 0);
const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
const words = (value: unknown): string => OUTCOME_WORDS[textOf(value)] ?? (textOf(value) || 'not recorded');

/** One plain sentence for each kind of event; a kind STOR does not know yet gets a general one. */
export function timelineSentence(event: TimelineEvent): string {
  const d = event.data ?? {};
  switch (event.type) {
    case 'OrderMade':
      return `Order made by ${textOf(d.court) || 'the court'} on ${dayOf(d.madeOn)}, with ${plural(countOf(d.prohibitions), 'prohibition')}, managed by ${forceName(d.owningForce) || 'an unrecorded force'}.`;
    case 'OrderVaried': {
      const changes = [];
      if (countOf(d.addedProhibitions)) changes.push(`${plural(countOf(d.addedProhibitions), 'prohibition')} added`);
      if (countOf(d.removedProhibitionIds)) changes.push(`${plural(countOf(d.removedProhibitionIds), 'prohibition')} removed`);
      return `Order varied by ${textOf(d.court) || 'the court'} on ${dayOf(d.variedOn)}${changes.length ? `: ${changes.join(', ')}` : ''}.`;
    }
    case 'OrderRenewed':
      return `${plural(countOf(d.prohibitions), 'prohibition')} renewed by ${textOf(d.court) || 'the court'} on ${dayOf(d.renewedOn)}.`;
    case 'OrderDischarged':
      return `Order discharged by ${textOf(d.court) || 'the court'} on ${dayOf(d.dischargedOn)}.`;
    case 'BreachRecorded':
      return `Breach on ${dayOf(d.occurredOn)} in the area of ${forceName(d.locationForce) || 'an unrecorded force'} recorded.`;
    case 'BreachOutcomeRecorded':
      return `Breach outcome recorded: ${words(d.outcome)} on ${dayOf(d.decidedOn)}.`;
    case 'ProhibitionExpired':
      return `A prohibition expired; it was no longer in force from ${dayOf(d.expiredOn)}.`;
    case 'OrderExpired':
      return `Order expired: no prohibition was in force from ${dayOf(d.expiredOn)}.`;
    case 'AppealLodged':
      return `Appeal lodged at ${textOf(d.court) || 'the appeal court'} on ${dayOf(d.lodgedOn)}.`;
    case 'AppealDetermined':
      return `Appeal decided on ${dayOf(d.decidedOn)}: ${words(d.outcome)}.`;
    case 'OrderSuperseded':
      return `Order superseded by a later order of the same kind from ${dayOf(d.supersededOn)}.`;
    case 'MainApplicationDetermined':
      return `Interim order ended on ${dayOf(d.endedOn)}: the main application was decided.`;
    case 'OwningForceChanged':
      return `Management moved from ${forceName(d.fromForce)} to ${forceName(d.toForce)} on ${dayOf(d.transferredOn)}.`;
    case 'NotificationReceived': {
      const late = typeof d.lateBy === 'number' && d.lateBy > 0 ? ` (${plural(d.lateBy, 'day')} late)` : '';
      return `The subject notified their names and home address on ${dayOf(d.notifiedOn)}${late}.`;
    }
    case 'NotificationOverdue':
      return `Notification overdue: it was due by ${dayOf(d.dueBy)}.`;
    case 'OrderExpiringSoon':
      return `Expiring soon: the owning force was warned on ${dayOf(d.warnedOn)} that the order ends after ${dayOf(d.lastDay)} unless it is renewed.`;
    case 'PassportsSurrendered':
      return `${plural(countOf(d.passports), 'passport')} surrendered on ${dayOf(d.surrenderedOn)}.`;
    case 'PassportsReturned':
      return `${plural(countOf(d.passports), 'passport')} returned on ${dayOf(d.returnedOn)}.`;
    case 'RecordCorrected':
      return `Record corrected on ${dayOf(d.correctedOn)}${textOf(d.reason) ? `: ${textOf(d.reason)}` : ''}.`;
    default:
      return 'A change was recorded on the order.';
  }
}

const ROLE_WORDS: Record<string, string> = {
  'order-manager': 'an order manager',
  officer: 'an officer',
  rocu: 'a ROCU analyst',
  national: 'a national user',
  system: 'the register',
};

/** Who recorded an event: a role and force, never a person's name (the history carries none). */
export function recordedByWords(by: { role?: string; force?: string } | undefined): string {
  const role = ROLE_WORDS[by?.role ?? ''] ?? 'a user';
  return by?.force && by.role !== 'system' ? `${role} of ${forceName(by.force)}` : role;
}
