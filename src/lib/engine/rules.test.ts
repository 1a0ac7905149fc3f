import { describe, expect, test } from 'vitest';
import { parseCase } from '../case/parse';
import type { Patch } from '../fixtures/build';
import { ruleCase, ruleCases as table } from '../fixtures/rule-cases';
import { rules } from '../knowledge';
import { assess } from '.';

const resultOf = (ruleId: string, p: Patch) => {
  const c = ruleCase(ruleId, p);
  const parsed = parseCase(c);
  if (!parsed.ok) throw new Error(`test case for ${ruleId} is invalid: ${JSON.stringify(parsed.errors)}`);
  return assess(parsed.case).rules.find((r) => r.ruleId === ruleId)?.result;
};

describe('each rule', () => {
  test('has exactly one row in the table', () => {
    // Label criteria compiled into rules are tested from the labels' words in knowledge/products/criteria.test.ts.
    expect(table.map(([id]) => id).sort()).toEqual(
      rules
        .filter((r) => !r.criterion)
        .map((r) => r.id)
        .sort()
    );
  });

  test.each(table)('%s fires when its answers call for it', (id, met) => {
    expect(resultOf(id, met)).toBe('met');
  });

  test.each(table)('%s stays silent when they do not', (id, _met, notMet) => {
    expect(resultOf(id, notMet)).toBe('not_met');
  });

  test.each(table.filter((row) => row[3] !== null))(
    '%s is unknown when its answer is missing or not known',
    (id, _m, _n, unknown) => {
      expect(resultOf(id, unknown!)).toBe('unknown');
    }
  );
});
