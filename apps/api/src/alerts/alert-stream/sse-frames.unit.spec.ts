import { commentFrame, eventFrame, resumeAfter, retryFrame } from './sse-frames.js';

describe('an alert stream on the wire', () => {
  test('given an alert, then one event with its id, its name and its JSON on one data line', () => {
    expect(eventFrame(42, 'alert', { reason: 'line one\nline two' })).toBe('id: 42\nevent: alert\ndata: {"reason":"line one\\nline two"}\n\n');
  });

  test('given a comment with line breaks, then it stays one comment line', () => {
    expect(commentFrame('still\r\nhere')).toBe(': still here\n\n');
    expect(retryFrame(3000)).toBe('retry: 3000\n\n');
  });
});

describe('where a stream resumes', () => {
  test('given nothing, then only new alerts', () => {
    expect(resumeAfter(undefined, undefined)).toBeNull();
    expect(resumeAfter('', '')).toBeNull();
  });

  test('given the Last-Event-ID header, then after it, even when the address names an older one', () => {
    expect(resumeAfter('120', '100')).toBe(120);
    expect(resumeAfter(['7', '8'], undefined)).toBe(7);
  });

  test('given only the lastEventId in the address (a page opening its stream), then after it', () => {
    expect(resumeAfter(undefined, '100')).toBe(100);
  });

  test.each(['abc', '-1', '1.5', '1e9', '9'.repeat(16), '12 13'])('given %p, then it is refused', (id) => {
    expect(resumeAfter(id, undefined)).toBe('invalid');
    expect(resumeAfter(undefined, id)).toBe('invalid');
  });
});
