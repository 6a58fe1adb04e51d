import { jsonDepth } from './json-depth.js';

describe('how deep a JSON body nests, before it is parsed', () => {
  test.each([
    ['{}', 1],
    ['[]', 1],
    ['"text"', 0],
    ['{"a":{"b":[1,2,{"c":3}]}}', 4],
    ['{"a":"{[{[{[ not structure ]}]}]"}', 1],
    ['{"a":"quote \\" then {{{"}', 1],
    ['{"a":"backslash \\\\","b":{}}', 2],
  ])('%s nests %i deep', (text, depth) => {
    expect(jsonDepth(text, 100)).toBe(depth);
  });

  test('a hostile body thousands of levels deep is measured without recursion, stopping past the bound', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(jsonDepth(deep, 32)).toBe(33);
  });
});
