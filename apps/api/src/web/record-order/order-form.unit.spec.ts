import { fieldLabel, formFieldFor, makeOrderRequestFrom } from './order-form.js';

const filled = {
  type: 'STPO',
  owningForce: 'kent',
  court: 'Maidstone Crown Court',
  'madeOn-day': '14',
  'madeOn-month': '3',
  'madeOn-year': '2025',
  'subject.forenames': 'Jan',
  'subject.surname': 'Kowalski',
  'prohibitions[0].text': 'Must not enter any car wash premises',
  'prohibitions[2].text': 'Must not contact the persons named',
  'prohibitions[2].until-day': '14',
  'prohibitions[2].until-month': '3',
  'prohibitions[2].until-year': '2030',
};

describe('the record-an-order form read as the API request', () => {
  test('given a filled form, then dates are assembled, blank prohibition rows skipped and empty groups left out', () => {
    const { request, errors } = makeOrderRequestFrom(filled, null);
    expect(errors).toEqual({});
    expect(request).toMatchObject({
      type: 'STPO',
      madeOn: '2025-03-14',
      subject: { forenames: 'Jan', surname: 'Kowalski', dateOfBirth: null, aliases: [] },
      prohibitions: [
        { text: 'Must not enter any car wash premises', until: null },
        { text: 'Must not contact the persons named', until: '2030-03-14' },
      ],
    });
    expect(request).not.toHaveProperty('qualifyingOffence');
    expect(request).not.toHaveProperty('passportSurrender');
    expect(request).not.toHaveProperty('subject.subjectId');
  });

  test('given a person chosen from the register, then the order is recorded against them', () => {
    expect(makeOrderRequestFrom(filled, 'a-subject-id').request.subject).toMatchObject({ subjectId: 'a-subject-id' });
  });

  test('given an empty form, then each missing answer is asked for, dates against their day box', () => {
    expect(makeOrderRequestFrom({}, null).errors).toEqual({
      type: 'Select the type of order',
      owningForce: 'Select the force that owns the order',
      court: 'Enter the court that made the order',
      'madeOn-day': 'Enter the date the order was made',
      'subject.forenames': 'Enter the forenames',
      'subject.surname': 'Enter the surname',
      'prohibitions[0].text': 'Enter at least one prohibition, as the court worded it',
    });
  });

  test('given where the person lives, then it is sent as the subject’s address; left empty, no address is sent', () => {
    const lives = { 'subject.address.line1': '12 Station Road, Hastings', 'subject.address.postcode': 'TN34 1AA', 'subject.address.force': 'sussex' };
    expect(makeOrderRequestFrom({ ...filled, ...lives }, null)).toMatchObject({
      errors: {},
      request: { subject: { address: { line1: '12 Station Road, Hastings', postcode: 'TN34 1AA', force: 'sussex' } } },
    });
    expect(makeOrderRequestFrom(filled, null).request).not.toHaveProperty('subject.address');
  });

  test('given part of an address, then each missing part is asked for, or the address left empty', () => {
    expect(makeOrderRequestFrom({ ...filled, 'subject.address.line1': '12 Station Road' }, null).errors).toEqual({
      'subject.address.postcode': 'Enter the postcode, or leave the address empty',
      'subject.address.force': 'Select the force area the address is in, or leave the address empty',
    });
    expect(fieldLabel('subject.address.postcode')).toBe('Postcode');
  });

  test('given an end date on a prohibition with no wording, then the wording is asked for', () => {
    const { errors } = makeOrderRequestFrom({ ...filled, 'prohibitions[1].until-year': '2030', 'prohibitions[1].until-month': '1', 'prohibitions[1].until-day': '1' }, null);
    expect(errors).toEqual({ 'prohibitions[1].text': 'Enter the wording of prohibition 2' });
  });

  test("given the API's field paths, then the form's fields and labels", () => {
    expect(formFieldFor('prohibitions[3].until')).toBe('prohibitions[3].until-day');
    expect(formFieldFor(undefined)).toBe('type');
    expect(fieldLabel('subject.aliases[0].surname')).toBe('Alias 1 surname');
    expect(fieldLabel('madeOn-day')).toBe('Date made');
  });
});
