import { recordedByWords, timelineSentence } from './timeline-sentences.js';

describe('the timeline in words', () => {
  test('given a breach recorded, then one sentence says when and where', () => {
    expect(timelineSentence({ type: 'BreachRecorded', data: { occurredOn: '2026-11-20', locationForce: 'sussex' } })).toBe(
      'Breach on 20 November 2026 in the area of Sussex Police recorded.',
    );
  });

  test('given a variation that adds one prohibition and removes two, then both are counted', () => {
    expect(timelineSentence({ type: 'OrderVaried', data: { court: 'Maidstone Crown Court', variedOn: '2026-01-10', addedProhibitions: [{}], removedProhibitionIds: ['a', 'b'] } })).toBe(
      'Order varied by Maidstone Crown Court on 10 January 2026: 1 prohibition added, 2 prohibitions removed.',
    );
  });

  test('given an appeal decided, then the outcome is in words', () => {
    expect(timelineSentence({ type: 'AppealDetermined', data: { outcome: 'quashed', decidedOn: '2026-06-01' } })).toBe('Appeal decided on 1 June 2026: quashed.');
  });

  test("given the clock's expiry warning, then who was warned, when, and the order's last day", () => {
    expect(timelineSentence({ type: 'OrderExpiringSoon', data: { lastDay: '2027-03-14', warnedOn: '2027-02-14' } })).toBe(
      'Expiring soon: the owning force was warned on 14 February 2027 that the order ends after 14 March 2027 unless it is renewed.',
    );
  });

  test('given a kind of event STOR does not know, then a general sentence, not a failure', () => {
    expect(timelineSentence({ type: 'SomethingNew', data: {} })).toBe('A change was recorded on the order.');
  });

  test('given an event missing its fields, then the sentence still reads', () => {
    expect(timelineSentence({ type: 'OrderMade', data: {} })).toBe('Order made by the court on an unrecorded day, with 0 prohibitions, managed by an unrecorded force.');
    expect(() => timelineSentence({ type: 'NotificationReceived', data: null as unknown as Record<string, unknown> })).not.toThrow();
  });

  test('given who recorded it, then a role and force, and the register for the clock', () => {
    expect(recordedByWords({ role: 'order-manager', force: 'kent' })).toBe('an order manager of Kent Police');
    expect(recordedByWords({ role: 'system' })).toBe('the register');
    expect(recordedByWords(undefined)).toBe('a user');
  });
});
