import fc from 'fast-check';
import { runs } from '../testing/runs';
import { describe, expect, test } from 'vitest';
import { assess } from '../engine';
import { caseArbitrary } from '../fixtures/arbitrary';
import { patients } from '../knowledge/examples';
import { predictRows, reveal } from './predict';

const example = (id: string) => patients.find((p) => p.id === id)!;

describe('predict, then reveal', () => {
  test('one row per platform and per product, with the engine’s level and status as the answer', () => {
    const p = example('sma-infant-aav9');
    const rows = predictRows(assess(p.case));
    expect(rows.map((r) => r.key)).toEqual([
      'platform-adv',
      'platform-lv',
      'platform-aav',
      'product-zolgensma',
      'product-itvisma'
    ]);
    expect(Object.fromEntries(rows.map((r) => [r.key, r.actual]))).toEqual({
      'platform-adv': p.expected.fit.adv,
      'platform-lv': p.expected.fit.lv,
      'platform-aav': p.expected.fit.aav,
      'product-zolgensma': 'meets_criteria',
      'product-itvisma': 'not_eligible'
    });
  });

  test('the reveal counts what the class got right, and a blank or unknown choice is no prediction', () => {
    const rows = predictRows(assess(example('sma-infant-aav9').case));
    const r = reveal(rows, {
      'platform-aav': 'favoured',
      'platform-lv': 'possible',
      'product-itvisma': 'not_eligible',
      'product-zolgensma': 'approved!'
    });
    expect(r).toMatchObject({ right: 2, predicted: 3, total: 5 });
    const byKey = Object.fromEntries(r.rows.map((x) => [x.key, x]));
    expect(byKey['platform-lv']).toMatchObject({
      verdict: 'different',
      predictedWords: 'Possible',
      actualWords: 'Caution'
    });
    expect(byKey['product-zolgensma']!.verdict).toBe('none');
  });

  test('a product that does not meet its label is explained by the criterion not met (Itvisma: 2 years or older)', () => {
    const itvisma = predictRows(assess(example('sma-infant-aav9').case)).find((r) => r.key === 'product-itvisma')!;
    expect(itvisma.because.map((b) => b.text).join(' ')).toMatch(/Not met: .*2 years/);
    expect(itvisma.because[0]!.answers).toMatch(/Age/);
  });

  test('random cases: every level below "possible" and every product not meeting its label is explained', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        for (const r of predictRows(assess(c))) {
          expect(r.choices.some((x) => x.value === r.actual)).toBe(true);
          if (r.kind === 'platform' && r.actual !== 'possible' && r.actual !== 'favoured')
            expect(r.because.length, `${r.key} ${r.actual}`).toBeGreaterThan(0);
          if (r.kind === 'product' && r.actual === 'not_eligible')
            expect(r.because.length, `${r.key}`).toBeGreaterThan(0);
        }
      }),
      { numRuns: runs(500), seed: 20261204 }
    );
  }, 60_000);
});
