import { isoDateFrom, optionalDate, typedDate } from './date-field.js';

describe('a GOV.UK date input as a date', () => {
  test('given day, month and year, then YYYY-MM-DD', () => {
    expect(isoDateFrom({ day: '3', month: '3', year: '2026' }, 'Date')).toEqual({ date: '2026-03-03' });
  });

  test('given nothing, then no date and no error', () => {
    expect(isoDateFrom({ day: '', month: '', year: '' }, 'Date')).toEqual({ date: '' });
  });

  test('given a part missing, then the error names it', () => {
    expect(isoDateFrom({ day: '3', month: '', year: '2026' }, 'Date of the breach')).toEqual({ error: 'Date of the breach must include a month' });
  });

  test('given a date that does not exist, then it must be a real date', () => {
    expect(isoDateFrom({ day: '31', month: '2', year: '2026' }, 'Date')).toEqual({ error: 'Date must be a real date, for example 27 3 2026' });
    expect(isoDateFrom({ day: 'x', month: '2', year: '2026' }, 'Date')).toMatchObject({ error: expect.any(String) });
  });

  test('given a form body, then the three boxes by name, trimmed and bounded', () => {
    expect(typedDate({ 'asAt-day': ' 3 ', 'asAt-month': '03', 'asAt-year': '2026'.repeat(100) }, 'asAt')).toEqual({ day: '3', month: '03', year: '2026202620' });
  });
});

describe('a date that may be left out', () => {
  test('given three empty boxes, then no date and no error', () => {
    expect(optionalDate({}, 'servedOn', 'Date served')).toEqual({ date: null });
  });

  test('given 31 February, then it is not a real date', () => {
    expect(optionalDate({ 'servedOn-day': '31', 'servedOn-month': '2', 'servedOn-year': '2026' }, 'servedOn', 'Date served')).toEqual({
      error: 'Date served must be a real date, for example 27 3 2026',
    });
  });
});
