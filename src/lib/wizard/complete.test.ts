/**
 * The schema and the wizard agree on what a complete case is (issue #13): a case passes parseCase
 * exactly when the wizard, given it, opens at "Check your answers" rather than at a question.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, test } from 'vitest';
import { parseCase } from '../case/parse';
import { caseSchema, type Case } from '../case/schema';
import { AGE_BANDS, INDICATIONS } from '../case/values';
import { caseArbitrary } from '../fixtures/arbitrary';
import { pageOf, startWizard } from './testing';
import { runs } from '../testing/runs';

const opensAt = (c: Case) => {
  const actor = startWizard();
  actor.send({ type: 'LOAD', case: c });
  return pageOf(actor);
};

type Change = (c: Case, n: number) => Case;
const omit = <T extends object>(o: T, key: string) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== key)) as T;
const nth = <T>(list: readonly T[], n: number) => list[n % list.length]!;

/** Structurally valid edits that may leave out an answer the wizard asks, or make one irrelevant. */
const changes: [string, Change][] = [
  ['none', (c) => c],
  [
    'a condition answer dropped',
    (c, n) => (c.condition ? { ...c, condition: omit(c.condition, nth(Object.keys(c.condition), n)) } : c)
  ],
  ['the condition section dropped', (c) => omit(c, 'condition')],
  ['another indication', (c, n) => ({ ...c, patient: { ...c.patient, indication: nth(INDICATIONS, n) } })],
  ['previous gene therapy "yes"', (c) => ({ ...c, priorTherapy: { hadGeneTherapy: 'yes' } })],
  ['the prior-therapy details dropped', (c) => omit(c, 'priorTherapyDetails')],
  [
    'an AAV5 assay answer dropped',
    (c) => ({
      ...c,
      aavAntibodies: {
        ...c.aavAntibodies,
        ...(c.aavAntibodies.results
          ? { results: c.aavAntibodies.results.map((r) => omit(omit(r, 'companionTest'), 'assayVersion')) }
          : {})
      }
    })
  ],
  [
    'an AAV5 result of another kind',
    (c, n) => ({
      ...c,
      aavAntibodies: {
        testing: 'tested',
        results: [{ serotype: 'AAV5', assay: nth(['total_binding', 'neutralising'] as const, n), result: 'detected' }]
      }
    })
  ],
  [
    'the exact age replaced by a schema-1 age band',
    (c, n) => {
      const { ageUnit: _u, ageMonths: _m, ageYears: _y, ...rest } = c.patient;
      return { ...c, patient: { ...rest, ageBand: nth(AGE_BANDS, n) } };
    }
  ]
];

describe('complete for the schema ⇔ the wizard opens at review', () => {
  test('for every random complete case', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => parseCase(c).ok && opensAt(c) === 'review'),
      { numRuns: runs(1000) }
    );
  });

  test('for random cases with an answer left out, made irrelevant or replaced (both outcomes occur)', () => {
    const seen = { complete: 0, incomplete: 0 };
    const n = runs(3000);
    fc.assert(
      fc.property(caseArbitrary, fc.constantFrom(...changes), fc.nat(), (c, [, change], n) => {
        const changed = change(c, n);
        // Only cases of the right shape: the question is whether they are complete, not whether they are well formed.
        fc.pre(z.safeParse(caseSchema, changed).success);
        const complete = parseCase(changed).ok;
        seen[complete ? 'complete' : 'incomplete']++;
        expect(opensAt(changed) === 'review').toBe(complete);
      }),
      { numRuns: n }
    );
    expect(seen.complete).toBeGreaterThan(n / 30);
    expect(seen.incomplete).toBeGreaterThan(n / 30);
  });

  test('an incomplete case opens at the page of its first missing answer, with every answer kept', () => {
    const c = fc.sample(caseArbitrary, { numRuns: 200, seed: 11 }).find((x) => x.patient.indication === 'cald')!;
    const missing = omit(c, 'condition');
    const actor = startWizard();
    actor.send({ type: 'LOAD', case: missing });
    expect(pageOf(actor)).toBe('condition');
    expect(actor.getSnapshot().context.draft).toEqual(missing);
  });
});
