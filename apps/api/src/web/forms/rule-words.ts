import type { RuleViolation } from '#domain';

type RuleId = RuleViolation['rule'];

type NamedRule = Exclude<RuleId, `R${number}`>;

/**
 * The law's rules as an order manager would say them. The numbered rules are the ones a change to an
 * order can cite (a unit spec reads the domain for every rule it raises); a named rule of the
 * register must have words here or this file does not compile.
 */
const NUMBERED_RULE_WORDS: Partial<Record<`R${number}`, string>> = {
  R1: 'The order type and the section it was made under must fit each other (for example an STPO on sentencing is made under section 14).',
  R2: 'An STPO made on sentencing needs a qualifying conviction or finding for a Schedule 1 offence.',
  R4: 'Only a chief officer, an immigration officer, the NCA Director General or the GLAA may apply for this order.',
  R6: 'When someone other than the police applied, the police force that was told of the application must be named.',
  R7: 'An STPO on application needs the subject to be a relevant offender: convicted, cautioned or found to have done a Schedule 1 offence.',
  R8: 'An order must keep at least one prohibition.',
  R9: 'A prohibition in a prevention order must last at least 5 years, or until further order (unless it is a foreign travel ban).',
  R10: 'A prohibition in a risk order must last at least 2 years, or until further order (unless it is a foreign travel ban).',
  R11: 'A foreign travel ban must be for a fixed period of no more than 5 years, and each extension no more than 5 years.',
  R12: 'A ban on travel to all countries needs the subject to surrender all their passports at a named police station; passports can only be returned once they have been surrendered.',
  R13: 'A new order of the same kind ends the earlier one: the earlier order cannot be changed after it was superseded.',
  R16: 'Notification of name and address is only recorded for an order that requires it.',
  R22: 'A prevention order cannot be discharged within 5 years of being made without the consent of the subject and the chief officer.',
  R23: 'A risk order cannot be discharged within 2 years of being made without the consent of the subject and the chief officer.',
  R26: 'An interim order must be for a fixed period, and ends when the main application is decided.',
  R31: 'A breach must say which prohibition or requirement of the order was not complied with.',
  R32: 'The sentence is longer than the law allows for breaching an order (5 years on indictment, less in a magistrates’ court).',
  R33: 'A conditional discharge cannot be given for breaching an order.',
  R35: 'Scottish orders are for adults only and their prohibitions must last at least 5 years.',
  R36: 'Northern Irish orders are for adults only.',
};

const NAMED_RULE_WORDS: Record<NamedRule, string> = {
  'appeal-already-determined': 'This appeal has already been decided.',
  'appeal-court-missing': 'Enter the appeal court.',
  'appeal-id-missing': 'Say which appeal was decided.',
  'appeal-pending': 'An appeal against this order is still waiting for a decision.',
  'appeal-variation-missing': 'When the appeal court varied the order, say what it changed.',
  'appeal-variation-unexpected': 'Changes to the prohibitions are only recorded when the appeal court varied the order.',
  'breach-after-discharge': 'The breach is dated on or after the day the order was discharged.',
  'breach-after-order-ended': 'The breach is dated after the order ended.',
  'breach-cites-no-prohibition': 'Choose the prohibition or requirement that was breached.',
  'breach-description-empty': 'Describe what happened.',
  'correction-changes-legal-period': 'A correction cannot change the day the order was made or how long a prohibition lasts: record a variation or renewal instead.',
  'correction-changes-nothing': 'The correction changes nothing: enter the corrected value.',
  'correction-court-empty': 'Enter the corrected court name.',
  'correction-field-not-correctable': 'That part of the record cannot be corrected here.',
  'correction-id-missing': 'The correction has no id.',
  'correction-needs-reason': 'Say why the record is being corrected.',
  'correction-reason-empty': 'Say why the record is being corrected.',
  'cro-number-invalid': 'The CRO number is not valid.',
  'date-after-notification': 'The day of the change must be on or before the day it was notified.',
  'date-before-appeal-lodged': 'The appeal cannot be decided before it was lodged.',
  'date-before-breach': 'The outcome cannot be before the breach.',
  'date-before-last-outcome': 'This outcome is dated before the last outcome recorded for the breach.',
  'date-before-last-transfer': 'The date is before the order was last moved to another force.',
  'date-before-last-variation': 'The date is before the order was last varied or renewed: changes are recorded in date order.',
  'date-before-order-made': 'The date is before the order was made.',
  'date-before-surrender': 'Passports cannot be returned before they were surrendered.',
  'date-in-future': 'The date cannot be in the future.',
  'duplicate-appeal-id': 'This appeal is already recorded.',
  'duplicate-breach-id': 'This breach is already recorded.',
  'duplicate-correction-id': 'This correction is already recorded.',
  'duplicate-notification-id': 'This notification is already recorded.',
  'duplicate-passport': 'The same passport is listed twice.',
  'duplicate-prohibition-id': 'The same prohibition is listed twice.',
  'notification-address-incomplete': 'Enter the full home address and postcode.',
  'notification-id-missing': 'The notification has no id.',
  'notification-names-empty': 'Enter every name the subject uses.',
  'order-id-is-self': 'An order cannot refer to itself.',
  'order-id-missing': 'The order has no id.',
  'order-not-in-force': 'The order is no longer in force, so it cannot be changed this way.',
  'passport-already-surrendered': 'That passport has already been surrendered.',
  'passport-not-held': 'That passport is not held by the police.',
  'passport-returned-to-invalid': 'Say whether the passport went back to the subject or to the issuing authority.',
  'passports-empty': 'Enter at least one passport number.',
  'prohibition-id-missing': 'Choose a prohibition.',
  'prohibition-not-in-force': 'That prohibition is not in force.',
  'qualifying-offence-after-order': 'The qualifying offence is dated after the order.',
  'qualifying-offence-invalid': 'The qualifying offence is not valid.',
  'renewal-changes-nothing': 'The renewal changes nothing: enter a new end date for at least one prohibition.',
  'renewal-not-later': 'A renewal must extend a prohibition: the new end date must be later than the current one.',
  'sentence-invalid': 'The sentence is not valid for that court.',
  'sentence-without-conviction': 'A sentence is only recorded with a conviction.',
  'subject-address-incomplete': 'Enter the first line, postcode and force area of where the person lives, or leave all three empty.',
  'subject-exists': 'This subject is already on the register.',
  'subject-identity': 'A subject’s name, date of birth or identifiers are changed only by correcting the subject.',
  'subject-name-empty': 'Enter the subject’s name.',
  'subject-unknown': 'This subject is not on the register.',
  'transfer-to-same-force': 'The order is already managed by that force.',
  'unknown-appeal': 'There is no such appeal on this order.',
  'unknown-appeal-outcome': 'Choose what the appeal court decided.',
  'unknown-breach': 'There is no such breach on this order.',
  'unknown-breach-outcome': 'Choose the outcome of the breach.',
  'unknown-order-type': 'Choose the type of order.',
  'unknown-prohibition': 'There is no such prohibition on this order.',
  'unknown-requirement': 'Choose a requirement of the order.',
  'until-not-after-start': 'The end date must be after the prohibition starts.',
  'variation-changes-nothing': 'The variation changes nothing: add or remove at least one prohibition.',
  'variation-removes-every-prohibition': 'A variation cannot remove every prohibition: to end the order, record a discharge.',
};

/** A refusal in words, with the rule it cites; the domain's own message where the rule has none here. */
export function ruleWords(rule: string, domainMessage: string): string {
  const words = (NUMBERED_RULE_WORDS as Record<string, string | undefined>)[rule] ?? (NAMED_RULE_WORDS as Record<string, string | undefined>)[rule];
  return `${words ?? domainMessage} (rule ${rule})`;
}

/** Whether a rule has its own words here (for the spec that reads the domain). */
export function hasRuleWords(rule: string): boolean {
  return rule in NUMBERED_RULE_WORDS || rule in NAMED_RULE_WORDS;
}
