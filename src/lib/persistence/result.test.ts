import { describe, expect, test } from 'vitest';
import { BIDI_CONTROLS, brief, describeIssue, shown, valueAt } from './result';
import { readCaseFileText } from './file';

describe('problems people can act on', () => {
  test.each([
    ['text', 'text'],
    ['x'.repeat(40), `${'x'.repeat(30)}…`],
    [12, '12'],
    [null, 'null'],
    [[1], 'a list'],
    [{ toString: 0 }, 'an object'],
    [undefined, 'missing'],
    [1.5, '1.5'],
    [-1.2345678901234568e-300, '-1.2345678901234568e-300']
  ])('brief(%j) is %j and never throws', (value, expected) => {
    expect(brief(value)).toBe(expected);
  });

  test('text is quoted, so that "1" is not mistaken for 1', () => {
    expect(shown('1')).toBe('"1"');
    expect(shown(1)).toBe('1');
  });

  const RLO = '\u202E';
  const controls = [
    '\u202A',
    '\u202B',
    '\u202C',
    '\u202D',
    RLO,
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200E',
    '\u200F'
  ];
  test.each(controls)('a quoted value loses its bidirectional control U+%s', (control) => {
    expect(brief(`a${control}b`)).toBe('ab');
    expect(BIDI_CONTROLS.test(shown(`${control}x`))).toBe(false);
  });

  test('a right-to-left override in a file cannot reverse the rest of the message', () => {
    const text = JSON.stringify({ app: 'vector-select', kind: `${RLO}esac`, envelopeVersion: 1, case: {} });
    const result = readCaseFileText(text);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual(['This holds "esac", not a case.']);
    const answer = JSON.stringify({ schemaVersion: 1, patient: { ageBand: `${RLO}tluda` } });
    const field = readCaseFileText(answer);
    expect(field.ok).toBe(false);
    if (!field.ok) {
      expect(field.problems[0]!.message).toBe('patient.ageBand is "tluda", which is not allowed: Select the age band');
      for (const p of field.problems) expect(p.message).not.toMatch(BIDI_CONTROLS);
    }
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
