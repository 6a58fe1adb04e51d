import { csvField, csvText } from './csv.js';

describe('a statistics CSV', () => {
  test('given rows of labels and counts, when written, then a header, comma-separated rows and CRLF line ends', () => {
    expect(csvText(['Force', 'Orders made'], [['Kent Police', 2], ['Sussex Police', 0]])).toBe('Force,Orders made\r\nKent Police,2\r\nSussex Police,0\r\n');
  });

  test.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+44 1234', "'+44 1234"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
  ])('given a label a spreadsheet would run as a formula (%s), when written, then it starts with an apostrophe', (label, written) => {
    expect(csvField(label)).toBe(written);
  });

  test('given a label with a comma, quote or line break, when written, then it is quoted with its quotes doubled', () => {
    expect(csvField('Hampshire, and "Isle"\nof Wight')).toBe('"Hampshire, and ""Isle""\nof Wight"');
  });

  test('given numbers, when written, then they are left as numbers (a count is never guarded)', () => {
    expect(csvField(0)).toBe('0');
    expect(csvField(12)).toBe('12');
  });
});
