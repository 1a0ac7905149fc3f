import fc from 'fast-check';
import { runs } from '../testing/runs';
import { describe, expect, test } from 'vitest';
import { assess } from '../engine';
import { caseArbitrary } from '../fixtures/arbitrary';
import { patients } from '../knowledge/examples';
import { answerRows } from '../wizard/answers';
import { alignAnswers, alignDecisions, grouped } from './compare';
import { chosenCase, parsePick, pickValue } from './choice';

const example = (id: string) => patients.find((p) => p.id === id)!.case;

describe('two cases side by side', () => {
  test('answers: every question of either case once, in wizard order; only different answers are marked', () => {
    const [a, b] = [example('sma-infant-aav9'), example('sma-neonate-maternal-antibodies')];
    const rows = alignAnswers(a, b);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    const age = rows.find((r) => r.label === 'How old is the patient?')!;
    expect(age).toMatchObject({ a: ['7 months'], differs: true });
    expect(rows.find((r) => r.label === 'HIV status')).toMatchObject({
      a: ['Negative'],
      b: ['Negative'],
      differs: false
    });
    // A question only one case was asked reads "Not asked" on the other side.
    const premature = rows.find((r) => r.key === 'answer-patient.premature');
    if (premature) expect([...premature.a, ...premature.b]).toContain('Not asked');
  });

  test('decisions: the fit that differs, and the product statuses with the criterion that decides them', () => {
    const [a, b] = [example('sma-infant-aav9'), example('sma-neonate-maternal-antibodies')];
    const rows = alignDecisions(assess(a), assess(b));
    expect(rows.find((r) => r.key === 'fit-aav')).toMatchObject({ a: ['Favoured'], b: ['Caution'], differs: true });
    expect(rows.find((r) => r.key === 'fit-adv')!.differs).toBe(false);
    const zolgensma = rows.find((r) => r.key === 'product-zolgensma')!;
    expect(zolgensma.a[0]).toBe('Meets the label criteria checked here');
    expect(zolgensma.b.join(' ')).toMatch(/Does not meet the label criteria.*Not met: .*1:50/);
  });

  test('a product of only one condition reads "Not checked" on the other side', () => {
    const rows = alignDecisions(assess(example('sma-infant-aav9')), assess(example('tdt-ex-vivo-lv')));
    expect(rows.find((r) => r.key === 'product-zynteglo')!.a).toEqual(['Not checked for this condition']);
    expect(rows.find((r) => r.key === 'product-zolgensma')!.b).toEqual(['Not checked for this condition']);
  });

  test('random pairs: rows are unique, groups stay together, and a case beside itself differs nowhere', () => {
    fc.assert(
      fc.property(caseArbitrary, caseArbitrary, (a, b) => {
        const [x, y] = [assess(a), assess(b)];
        const rows = [...alignAnswers(a, b), ...alignDecisions(x, y)];
        expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
        const groups = grouped(rows).map((g) => g.group);
        expect(new Set(groups).size).toBe(groups.length);
        expect(alignAnswers(a, b).filter((r) => !r.a.includes('Not asked')).length).toBe(answerRows(a).length);
        expect([...alignAnswers(a, a), ...alignDecisions(x, x)].some((r) => r.differs)).toBe(false);
      }),
      { numRuns: runs(300), seed: 20261204 }
    );
  }, 60_000);

  test('the address names an example or the case in progress, never case data', () => {
    expect(parsePick('example:sma-infant-aav9')).toEqual({ kind: 'example', id: 'sma-infant-aav9' });
    expect(parsePick('example:nope')).toEqual({ kind: 'none' });
    expect(parsePick('{"patient":{}}')).toEqual({ kind: 'none' });
    expect(pickValue(parsePick('current'))).toBe('current');
    expect(chosenCase({ kind: 'current' }, null, null)).toBeNull();
    expect(chosenCase({ kind: 'example', id: 'tdt-ex-vivo-lv' }, null, null)!.title).toMatch(/thalassaemia/);
  });
});
