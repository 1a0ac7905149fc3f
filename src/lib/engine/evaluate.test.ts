import { describe, expect, test } from 'vitest';
import { all, any, eq, given, gt, gte, includes, isIn, lte, not } from '../knowledge/build';
import type { Predicate } from '../knowledge/schema';
import { evaluate } from './evaluate';
import type { Facts } from './types';

const facts: Facts = { 'a.x': 'yes', 'a.n': 10, 'a.list': ['p', 'q'], 'a.partial': ['p', 'not_known'] };
const U = eq('a.missing', 'yes');

describe('three-valued evaluation', () => {
  test.each<[string, Predicate, string]>([
    ['eq matches', eq('a.x', 'yes'), 'met'],
    ['eq differs', eq('a.x', 'no'), 'not_met'],
    ['a missing fact is unknown, never not met', U, 'unknown'],
    ['in matches', isIn('a.x', ['no', 'yes']), 'met'],
    ['gt is strict', gt('a.n', 10), 'not_met'],
    ['gte includes the threshold', gte('a.n', 10), 'met'],
    ['lte includes the threshold', lte('a.n', 10), 'met'],
    ['includes finds a member', includes('a.list', 'q'), 'met'],
    ['includes misses on a complete list', includes('a.list', 'r'), 'not_met'],
    ['includes misses on a list with "not known" is unknown', includes('a.partial', 'r'), 'unknown'],
    ['includes finds a member even with "not known"', includes('a.partial', 'p'), 'met'],
    ['all: false beats unknown', all(U, eq('a.x', 'no')), 'not_met'],
    ['all: unknown beats true', all(U, eq('a.x', 'yes')), 'unknown'],
    ['any: true beats unknown', any(U, eq('a.x', 'yes')), 'met'],
    ['any: unknown beats false', any(U, eq('a.x', 'no')), 'unknown'],
    ['not flips met', not(eq('a.x', 'yes')), 'not_met'],
    ['not keeps unknown', not(U), 'unknown']
  ])('%s', (_name, condition, expected) => {
    expect(evaluate(condition, facts).result).toBe(expected);
  });

  test('the trace names the answers that decided the result', () => {
    const t = evaluate(any(eq('a.x', 'yes'), eq('a.n', 3)), facts);
    expect(t.triggers.map((x) => x.path)).toEqual(['a.x']);
  });

  test('an unknown result names the missing answers', () => {
    expect(evaluate(all(U, eq('a.x', 'yes')), facts).unknownPaths).toEqual(['a.missing']);
  });

  test('a numeric threshold is reported', () => {
    expect(evaluate(gt('a.n', 5), facts).thresholds).toEqual(['a.n > 5']);
  });
});

describe('the trace', () => {
  test('reports an answer once even when several conditions matched it', () => {
    const facts: Facts = { 'medicines.current': ['calcineurin_inhibitors', 'other_immunosuppressants'] };
    const c = any(
      includes('medicines.current', 'calcineurin_inhibitors'),
      includes('medicines.current', 'other_immunosuppressants')
    );
    const t = evaluate(c, facts);
    expect(t.result).toBe('met');
    expect(t.triggers.map((x) => x.path)).toEqual(['medicines.current']);
  });
});

describe('ranges and preconditions', () => {
  const band = { 'patient.ageMonths': { min: 24, max: 143 } };
  test.each<[string, Predicate, Facts, string]>([
    ['a band wholly above the limit meets it', gte('patient.ageMonths', 24), band, 'met'],
    ['a band wholly below the limit does not', gte('patient.ageMonths', 144), band, 'not_met'],
    ['a band that straddles the limit is unknown', gte('patient.ageMonths', 48), band, 'unknown'],
    ['an exact age decides it', gte('patient.ageMonths', 48), { 'patient.ageMonths': 48 }, 'met'],
    [
      'a limit set for one assay decides only on that assay',
      given(eq('a.assay', 'total_binding'), lte('a.titre', 50)),
      { 'a.assay': 'total_binding', 'a.titre': 40 },
      'met'
    ],
    [
      'another assay leaves it unknown, whatever the titre',
      given(eq('a.assay', 'total_binding'), lte('a.titre', 50)),
      { 'a.assay': 'neutralising', 'a.titre': 40 },
      'unknown'
    ],
    [
      'an unknown assay leaves it unknown',
      given(eq('a.assay', 'total_binding'), lte('a.titre', 50)),
      { 'a.titre': 40 },
      'unknown'
    ]
  ])('%s', (_name, c, facts, expected) => {
    expect(evaluate(c, facts).result).toBe(expected);
  });

  test('an undecidable precondition names both the assay and the missing result as unknown', () => {
    const t = evaluate(given(eq('a.assay', 'neutralising'), eq('a.result', 'not_detected')), {});
    expect(t.unknownPaths).toEqual(['a.assay', 'a.result']);
  });
});
