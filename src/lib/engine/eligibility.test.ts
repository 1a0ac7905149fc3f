/**
 * Properties of product eligibility over random valid cases: "meets the label criteria" is
 * reached only when every criterion is met by a recorded answer, and an antibody result from an
 * assay the label does not name can never give it.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AavResult, Case } from '../case/schema';
import { ANTIBODY_ASSAYS } from '../case/values';
import { caseArbitrary } from '../fixtures/arbitrary';
import { products } from '../knowledge/products';
import { assess } from '.';
import { runs } from '../testing/runs';

const productArb = fc.constantFrom(...products);
/** A random valid case for a random product's indication. */
const forProduct = fc
  .tuple(caseArbitrary, productArb)
  .map(([c, p]) => [{ ...c, patient: { ...c.patient, indication: p.indications[0]! } } as Case, p] as const);

/** The capsid and the only assay kind each product's label sets its antibody criterion on. */
const LABEL_ASSAY = {
  zolgensma: { serotype: 'AAV9', assay: 'total_binding' },
  elevidys: { serotype: 'AAVrh74', assay: 'total_binding' },
  roctavian: { serotype: 'AAV5', assay: 'total_binding' },
  beqvez: { serotype: 'AAVrh74var', assay: 'neutralising' }
} as const;

describe('product eligibility, for any valid case', () => {
  test('meets the label criteria only when every criterion passes; not eligible exactly when one fails', () => {
    fc.assert(
      fc.property(forProduct, ([c, p]) => {
        const result = assess(c).products.find((x) => x.id === p.id)!;
        const verdicts = result.criteria.map((x) => x.verdict);
        if (result.status === 'meets_criteria') expect(verdicts.every((v) => v === 'pass')).toBe(true);
        expect(result.status === 'not_eligible').toBe(verdicts.includes('fail'));
        if (verdicts.includes('unknown') && !verdicts.includes('fail')) expect(result.status).toBe('check_needed');
      }),
      { numRuns: runs(2000) }
    );
  });

  test('no product meets its criteria while one of its inclusion criteria is unknown or unmet', () => {
    fc.assert(
      fc.property(forProduct, ([c, p]) => {
        const result = assess(c).products.find((x) => x.id === p.id)!;
        const open = result.criteria.some((x) => x.kind === 'inclusion' && x.verdict !== 'pass');
        return !(open && result.status === 'meets_criteria');
      }),
      { numRuns: runs(2000) }
    );
  });

  test.each(Object.entries(LABEL_ASSAY))(
    '%s: an antibody result from an assay its label does not name never meets the criteria',
    (id, { serotype, assay }) => {
      const product = products.find((p) => p.id === id)!;
      const others = ANTIBODY_ASSAYS.filter((a) => a !== assay);
      fc.assert(
        fc.property(caseArbitrary, fc.constantFrom(...others), fc.boolean(), (c, other, detected) => {
          const result: AavResult = {
            serotype: serotype as AavResult['serotype'],
            assay: other,
            result: detected ? 'detected' : 'not_detected',
            ...(detected ? { titre: 10 } : {})
          };
          const withOther: Case = {
            ...c,
            patient: { ...c.patient, indication: product.indications[0]! as Case['patient']['indication'] },
            aavAntibodies: {
              testing: 'tested',
              results: [...(c.aavAntibodies.results ?? []).filter((r) => r.serotype !== serotype), result]
            }
          };
          return assess(withOther).products.find((x) => x.id === id)!.status !== 'meets_criteria';
        }),
        { numRuns: runs(500) }
      );
    }
  );
});
