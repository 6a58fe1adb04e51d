import type { FormBody } from '../forms/form-bodies.js';
import { type FieldErrors, text } from '../forms/form-fields.js';
import { optionalDate } from '../forms/date-field.js';

/** Rows the form offers; a court's order rarely has more, and the API takes more for the rare one. */
export const PROHIBITION_ROWS = 8;
export const ALIAS_ROWS = 3;

const DATE_FIELDS: Record<string, string> = {
  madeOn: 'Date made',
  servedOn: 'Date served',
  'subject.dateOfBirth': 'Date of birth',
  'qualifyingOffence.decidedOn': 'Date of conviction or caution',
  'passportSurrender.dueOn': 'Passport surrender date',
};

/** Words for the fields an order manager fills in, to put in place of the API's field paths. */
export function fieldLabel(field: string): string | undefined {
  if (field.endsWith('-day')) return fieldLabel(field.slice(0, -4));
  const row = /^prohibitions\[(\d+)\]\.(\w+)/.exec(field);
  if (row) return `Prohibition ${Number(row[1]) + 1}${row[2] === 'until' ? ' end date' : row[2] === 'foreignTravel' ? ' travel countries' : ''}`;
  const alias = /^subject\.aliases\[(\d+)\]\.(\w+)/.exec(field);
  if (alias) return `Alias ${Number(alias[1]) + 1} ${alias[2] === 'surname' ? 'surname' : 'forenames'}`;
  return (
    DATE_FIELDS[field] ??
    {
      type: 'Type of order',
      owningForce: 'Owning force',
      court: 'Court',
      'subject.forenames': 'Forenames',
      'subject.surname': 'Surname',
      'subject.pncId': 'PNC ID',
      'subject.croNumber': 'CRO number',
      'subject.address': 'Where the person lives',
      'subject.address.line1': 'Address',
      'subject.address.postcode': 'Postcode',
      'subject.address.force': 'Force area of the address',
      legalBasis: 'Legal basis',
      'applicant.kind': 'Applicant',
      'applicant.force': "Applicant's force",
      notifiedForce: 'Force told of the application',
      'qualifyingOffence.offence': 'Qualifying offence',
      'qualifyingOffence.outcome': 'Outcome',
      'qualifyingOffence.jurisdiction': 'Where the offence was dealt with',
      notifyTo: 'Who the subject notifies',
      notificationRequired: 'Notification',
      'passportSurrender.policeStation': 'Police station for passports',
      interimOrderId: 'Interim order',
      prohibitions: 'Prohibitions',
    }[field]
  );
}

function isDateField(field: string): boolean {
  return field in DATE_FIELDS || /^prohibitions\[\d+\]\.until$/.test(field);
}

/** Which form field an API field's error belongs on: a date's first box, the order's type for the body as a whole. */
export function formFieldFor(field: string | undefined): string {
  if (!field || field === 'body') return 'type';
  return isDateField(field) ? `${field}-day` : field;
}

/**
 * The record-an-order form as the API's MakeOrderRequest (the same class then validates it): dates
 * from their three boxes, empty optional groups left out, blank prohibition and alias rows skipped.
 */
export function makeOrderRequestFrom(form: FormBody, subjectId: string | null): { request: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const field = (name: string) => text(form[name]).trim();
  const optional = (name: string) => field(name) || undefined;
  const date = (name: string, label = DATE_FIELDS[name]) => {
    const read = optionalDate(form, name, label);
    if ('error' in read) errors[`${name}-day`] = read.error;
    return 'error' in read ? null : read.date;
  };
  if (!field('type')) errors.type = 'Select the type of order';
  if (!field('owningForce')) errors.owningForce = 'Select the force that owns the order';
  if (!field('court')) errors.court = 'Enter the court that made the order';
  const madeOn = date('madeOn');
  if (!madeOn && !errors['madeOn-day']) errors['madeOn-day'] = 'Enter the date the order was made';
  const servedOn = date('servedOn');
  if (!field('subject.forenames')) errors['subject.forenames'] = 'Enter the forenames';
  if (!field('subject.surname')) errors['subject.surname'] = 'Enter the surname';

  const prohibitions = [];
  for (let row = 0; row < PROHIBITION_ROWS; row++) {
    const name = `prohibitions[${row}]`;
    const wording = field(`${name}.text`);
    const until = date(`${name}.until`, `Prohibition ${row + 1} end date`);
    const scope = field(`${name}.foreignTravel.scope`);
    if (!wording) {
      if (until || scope) errors[`${name}.text`] = `Enter the wording of prohibition ${row + 1}`;
      continue;
    }
    const countries = field(`${name}.foreignTravel.countries`).toUpperCase().split(/[\s,]+/).filter(Boolean).slice(0, 251);
    prohibitions.push({ text: wording, until, ...(scope ? { foreignTravel: { scope, countries } } : {}) });
  }
  if (prohibitions.length === 0 && !errors['prohibitions[0].text']) errors['prohibitions[0].text'] = 'Enter at least one prohibition, as the court worded it';

  const aliases = [];
  for (let row = 0; row < ALIAS_ROWS; row++) {
    const forenames = field(`subject.aliases[${row}].forenames`);
    const surname = field(`subject.aliases[${row}].surname`);
    if (forenames || surname) aliases.push({ forenames, surname });
  }

  // Where the person lives is optional: left out when all three are empty, so a part missing is asked for.
  const address = { line1: field('subject.address.line1'), postcode: field('subject.address.postcode'), force: field('subject.address.force') };
  const addressGiven = Boolean(address.line1 || address.postcode || address.force);
  if (addressGiven) {
    if (!address.line1) errors['subject.address.line1'] = 'Enter the first line of the address, or leave the address empty';
    if (!address.postcode) errors['subject.address.postcode'] = 'Enter the postcode, or leave the address empty';
    if (!address.force) errors['subject.address.force'] = 'Select the force area the address is in, or leave the address empty';
  }

  const request: Record<string, unknown> = {
    type: field('type'),
    owningForce: field('owningForce'),
    court: field('court'),
    madeOn,
    ...(servedOn ? { servedOn } : {}),
    subject: {
      ...(subjectId ? { subjectId } : {}),
      forenames: field('subject.forenames'),
      surname: field('subject.surname'),
      dateOfBirth: date('subject.dateOfBirth'),
      aliases,
      pncId: optional('subject.pncId'),
      croNumber: optional('subject.croNumber'),
      ...(addressGiven ? { address } : {}),
    },
    prohibitions,
    legalBasis: optional('legalBasis'),
    notifiedForce: optional('notifiedForce'),
    interimOrderId: optional('interimOrderId'),
  };
  if (field('applicant.kind')) request.applicant = { kind: field('applicant.kind'), force: optional('applicant.force') };
  const decidedOn = date('qualifyingOffence.decidedOn');
  if (field('qualifyingOffence.offence') || field('qualifyingOffence.outcome') || decidedOn) {
    request.qualifyingOffence = {
      offence: field('qualifyingOffence.offence'),
      outcome: field('qualifyingOffence.outcome'),
      decidedOn,
      jurisdiction: field('qualifyingOffence.jurisdiction'),
    };
  }
  if (field('notificationRequired') === 'yes') request.notificationRequired = true;
  if (field('notifyTo')) request.notifyTo = field('notifyTo');
  const dueOn = date('passportSurrender.dueOn');
  if (field('passportSurrender.policeStation') || dueOn) request.passportSurrender = { policeStation: field('passportSurrender.policeStation'), dueOn };
  return { request, errors };
}
