import { describe, expect, test } from 'vitest';
import { patients } from '../knowledge/examples';
import { parseCase } from './parse';

const valid = patients[0]!.case;
const broken = (change: (c: Record<string, unknown>) => void) => {
  const c = structuredClone(valid) as unknown as Record<string, unknown>;
  change(c);
  return c;
};
const section = (c: Record<string, unknown>, key: string) => c[key] as Record<string, unknown>;

describe('parseCase', () => {
  test('accepts a valid case and returns it', () => {
    expect(parseCase(valid)).toEqual({ ok: true, case: valid });
  });

  test.each<[string, unknown, { path: string; message?: RegExp }]>([
    [
      'a wrong enum value',
      broken((c) => (section(c, 'infections').hiv = 'maybe')),
      { path: 'infections.hiv', message: /HIV/ }
    ],
    ['a missing section', broken((c) => delete c.liver), { path: 'liver' }],
    [
      'an out-of-range number',
      broken((c) => (section(c, 'target').cargoKb = 80)),
      { path: 'target.cargoKb', message: /at most 50/ }
    ],
    [
      'a wrong schemaVersion',
      broken((c) => (c.schemaVersion = 4)),
      { path: 'schemaVersion', message: /schemaVersion must be 3/ }
    ],
    [
      'a cross-field error',
      broken((c) => (c.aavAntibodies = { testing: 'tested', results: [] })),
      { path: 'aavAntibodies.results', message: /at least one capsid/ }
    ],
    ['not an object', 'hello', { path: '(case)' }]
  ])('rejects %s and names the field', (_name, input, expected) => {
    const result = parseCase(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.errors.find((e) => e.path === expected.path);
    expect(error, JSON.stringify(result.errors)).toBeDefined();
    if (expected.message) expect(error!.message).toMatch(expected.message);
  });

  test('reports every wrong field, not just the first', () => {
    const result = parseCase(
      broken((c) => {
        section(c, 'infections').hbv = 'x';
        section(c, 'target').goal = 'y';
      })
    );
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['infections.hbv', 'target.goal']);
  });
});
