import { validationWords } from './validation-words.js';

describe('validation messages in the words of the form', () => {
  test('given a label for the field, then the label names it and the GOV.UK phrasing is used', () => {
    expect(validationWords('description must be shorter than or equal to 5000 characters', 'description', 'What happened')).toBe('What happened must be 5000 characters or fewer');
    expect(validationWords('changes.court should not be empty', 'changes.court', 'Court that made the order')).toBe('Court that made the order must not be empty');
  });

  test('given no label, then the message as it came, with a capital', () => {
    expect(validationWords('postcode must be a UK postcode such as TN34 1AA', 'address.postcode', undefined)).toBe('Postcode must be a UK postcode such as TN34 1AA');
  });
});
