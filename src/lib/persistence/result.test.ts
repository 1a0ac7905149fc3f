import { describe, expect, test } from 'vitest';
import { brief, describeIssue, valueAt } from './result';

describe('problems people can act on', () => {
  test.each([
    ['text', 'text'],
    ['x'.repeat(40), `${'x'.repeat(30)}…`],
    [12, '12'],
    [null, 'null'],
    [[1], 'a list'],
    [{ toString: 0 }, 'an object']
  ])('brief(%j) is %j and never throws', (value, expected) => {
    expect(brief(value)).toBe(expected);
  });

  test('valueAt follows own properties only', () => {
    expect(valueAt({ a: { b: [0, { c: 5 }] } }, 'a.b.1.c')).toBe(5);
    expect(valueAt({}, 'toString')).toBeUndefined();
  });

  test.each([
    [
      { path: ['a'], message: 'Invalid input', expected: 'number' },
      { a: 'x' },
      'a is "x", which is not allowed: it must be a number'
    ],
    [
      { path: ['a'], message: 'Invalid input', values: ['yes', 'no'] },
      { a: 1 },
      'a is 1, which is not allowed: it must be one of "yes", "no"'
    ],
    [
      { path: ['a'], message: 'Invalid input', expected: 'object' },
      {},
      'a is missing: a complete case has this group of answers'
    ],
    [{ path: ['a', 'b'], message: 'Select the age band' }, { a: {} }, 'a.b is missing: Select the age band'],
    [{ path: [], message: 'Invalid input', expected: 'object' }, 3, 'it must be a group of answers (a JSON object)']
  ])('%j is described specifically', (issue, input, message) => {
    expect(describeIssue(input, issue).message).toBe(message);
  });
});
