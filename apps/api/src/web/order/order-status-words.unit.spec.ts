import { orderStatusTag, prohibitionStatusWords } from './order-status-words.js';

describe('an order status in words', () => {
  test('given an order in force, then a green "In force" tag', () => {
    expect(orderStatusTag('active')).toEqual({ text: 'In force', classes: 'govuk-tag--green' });
  });

  test('given an ended order, then the tag says why it ended', () => {
    expect(orderStatusTag('discharged').text).toBe('Ended: discharged by a court');
    expect(orderStatusTag('quashed').text).toBe('Ended: quashed on appeal');
    expect(orderStatusTag('superseded').text).toBe('Ended: superseded by a later order');
  });

  test('given a status STOR does not know, then it is shown as it is', () => {
    expect(orderStatusTag('paused')).toEqual({ text: 'paused', classes: 'govuk-tag--grey' });
    expect(prohibitionStatusWords('in-force')).toBe('In force');
  });
});
