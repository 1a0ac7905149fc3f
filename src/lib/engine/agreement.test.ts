/**
 * Platform and product agree, for any valid case: a platform ruled out by a platform-level exclusion never
 * leaves one of its products "meets the label criteria" without that reason named beside it (in the product
 * check and in the decision at the top of the summary); and the decision's sentences about products match
 * the products' statuses.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { caseArbitrary } from '../fixtures/arbitrary';
import { decide } from '../summary/decision';
import { fullKnowledge } from '../knowledge';
import { assess } from '.';

describe('platform and product agree, for any valid case', () => {
  test('a platform exclusion is named beside every product of that platform that is not ruled out', () => {
    let checked = 0;
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const a = assess(c);
        const d = decide(a);
        for (const pl of a.platforms) {
          const platformExclusions = pl.findings.filter((f) => f.scope === 'platform' && f.strength === 'exclude');
          for (const p of a.products.filter((x) => x.platform === pl.id && x.status !== 'not_eligible')) {
            for (const f of platformExclusions) {
              // Named in the product check (its list and its status line) …
              expect(p.platformAgainst.map((r) => r.ruleId)).toContain(f.ruleId);
              expect(p.statusReason).toContain(f.text);
              // … and in the decision: on the product's line, on the platform line above, or as the most serious finding.
              const line = d.products.find((x) => x.id === p.id)!;
              const named =
                line.excluded.some((e) => e.text.includes(f.text)) ||
                line.excludedAbove.includes(pl.id) ||
                line.excludedBySerious;
              expect(named, `${p.id}: ${f.ruleId} not named`).toBe(true);
              checked++;
            }
          }
        }
      }),
      { numRuns: 400 }
    );
    // The property is not vacuous: random cases do meet platform exclusions beside products still open.
    expect(checked).toBeGreaterThan(0);
  }, 120_000);

  test('the decision’s product sentences match the products’ statuses', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const a = assess(c);
        const d = decide(a);
        expect(d.products.map((p) => [p.id, p.status])).toEqual(a.products.map((p) => [p.id, p.status]));
        for (const line of d.products) {
          const p = a.products.find((x) => x.id === line.id)!;
          // A product that meets its criteria is never listed with a criterion "Not met" or "Excluded".
          if (p.status !== 'not_eligible')
            expect(line.excluded.filter((e) => /^(Not met|Excluded):/.test(e.text))).toEqual([]);
        }
        // "Every marketed product … is ruled out or under a strong caution" only when it is so.
        for (const pl of a.platforms) {
          if (!pl.fitReason.includes('ruled out or under a strong caution')) continue;
          const marketed = a.products.filter((p) => p.platform === pl.id && p.marketStatus !== 'discontinued');
          for (const p of marketed) {
            const strong = p.checks.some((x) => x.result === 'met' && x.strength === 'strong_caution');
            expect(p.status === 'not_eligible' || strong, `${p.id} on ${pl.id}`).toBe(true);
          }
        }
      }),
      { numRuns: 400 }
    );
  }, 120_000);

  test('a platform exclusion that a product’s label also states is that product’s criterion (pregnancy, TDT)', () => {
    const lv = fullKnowledge.productById;
    for (const id of ['zynteglo', 'lyfgenia', 'casgevy'])
      expect(lv.get(id)!.criteria.some((c) => c.term?.startsWith('pregnancy'))).toBe(true);
  });
});
