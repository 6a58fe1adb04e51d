import { dateFromInput } from './date-input.js';

describe('a GOV.UK date input read as a date', () => {
  test('given three empty boxes, then there is no date and no error', () => {
    expect(dateFromInput({ 'madeOn-day': '', 'madeOn-month': '', 'madeOn-year': '' }, 'madeOn', 'Date made')).toEqual({ value: null });
  });

  test('given day, month and year, then it is YYYY-MM-DD with zeros added', () => {
    expect(dateFromInput({ 'madeOn-day': '3', 'madeOn-month': '7', 'madeOn-year': '2026' }, 'madeOn', 'Date made')).toEqual({ value: '2026-07-03' });
  });

  test('given a missing year, then the error names the field in words', () => {
    expect(dateFromInput({ 'madeOn-day': '3', 'madeOn-month': '7' }, 'madeOn', 'Date made').error).toBe('Date made must include a day, month and year');
  });

  test('given letters, then it is not a real date', () => {
    expect(dateFromInput({ 'madeOn-day': 'x', 'madeOn-month': '7', 'madeOn-year': '2026' }, 'madeOn', 'Date made').error).toMatch(/real date/);
  });
});
