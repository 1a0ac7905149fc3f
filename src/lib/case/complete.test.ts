import { describe, expect, test } from 'vitest';
import { withPatch } from '../fixtures/build';
import { patients } from '../knowledge/examples';
import { asksAssayVersion, asksCompanionTest, asksSection, caseGaps, conditionFieldsFor } from './complete';
import { parseCase } from './parse';
import type { Case } from './schema';
import { INDICATIONS } from './values';

const byId = (id: string) => patients.find((p) => p.id === id)!.case;
const errorsOf = (c: unknown) => {
  const r = parseCase(c);
  return r.ok ? [] : r.errors;
};
const without = <K extends keyof Case>(c: Case, key: K): Case => {
  const { [key]: _gone, ...rest } = c;
  return rest as Case;
};

describe('a complete case has every answer the wizard asks', () => {
  test.each(patients.map((p) => [p.id, p.case] as const))('the example patient %s is complete', (_, c) => {
    expect(caseGaps(c)).toEqual([]);
  });

  // The wizard neither shows nor asks any other condition answer, so an example holding one could not be reviewed
  // in the UI (and the e2e suites, which answer the examples page by page, would wait for a question never shown).
  test.each(patients.map((p) => [p.id, p.case] as const))(
    'the example patient %s holds only the condition answers its indication asks',
    (_, c) => {
      expect(Object.keys(c.condition ?? {}).sort()).toEqual([...conditionFieldsFor(c.patient.indication)].sort());
    }
  );

  test('a condition with follow-up questions but no condition section is refused, naming each question', () => {
    expect(errorsOf(without(byId('cald-matched-donor'), 'condition'))).toEqual([
      { path: 'condition.caldEarlyActive', message: 'Select whether the CALD is early and active' },
      { path: 'condition.hlaMatchedDonor', message: 'Select whether an HLA-matched donor is available' }
    ]);
  });

  test('one missing condition answer is named on its own', () => {
    const c = byId('rpe65-subretinal-aav2');
    expect(errorsOf({ ...c, condition: { viableRetinalCells: 'yes' } })).toEqual([
      { path: 'condition.rpe65Biallelic', message: 'Select whether bi-allelic RPE65 mutations are confirmed' }
    ]);
  });

  test('"not known" is an answer: a case with it is complete', () => {
    const c = byId('cald-matched-donor');
    expect(
      errorsOf({
        ...c,
        patient: { ...c.patient, sex: 'not_known' },
        condition: { caldEarlyActive: 'not_known', hlaMatchedDonor: 'yes' }
      })
    ).toEqual([]);
  });

  test('previous gene therapy "yes" needs its details, with the questions of that page', () => {
    expect(errorsOf(withPatch({ priorTherapy: { hadGeneTherapy: 'yes' } }))).toEqual([
      { path: 'priorTherapyDetails.platforms', message: 'Select the kind of vector used before' },
      { path: 'priorTherapyDetails.hscGeneTherapy', message: 'Select whether it was a stem-cell (HSC) gene therapy' },
      { path: 'priorTherapyDetails.seriousReaction', message: 'Select whether there was a serious reaction' }
    ]);
  });

  test.each([
    ['an AAV5 total-binding result', { assay: 'total_binding', result: 'not_detected' }, 'companionTest'],
    ['a detected AAV5 neutralising result', { assay: 'neutralising', result: 'detected' }, 'assayVersion']
  ])('%s needs its assay question', (_, r, field) => {
    const c = withPatch({ aavAntibodies: { testing: 'tested', results: [{ serotype: 'AAV5', ...r }] } });
    expect(errorsOf(c).map((e) => e.path)).toEqual([`aavAntibodies.results.0.${field}`]);
  });
});

describe('which questions apply', () => {
  test.each(INDICATIONS.map((i) => [i, conditionFieldsFor(i).length > 0] as const))(
    'the condition page for %s is asked: %s',
    (indication, asked) => {
      expect(asksSection('condition', { schemaVersion: 3, patient: { indication, ageUnit: 'ninety_or_over' } })).toBe(
        asked
      );
    }
  );

  test('the condition page no longer asks the sex: the patient page asks it (schema 3)', () => {
    expect(INDICATIONS.filter((i) => (conditionFieldsFor(i) as readonly string[]).includes('sex'))).toEqual([]);
  });

  test.each([
    ['AAV5', 'total_binding', 'detected', true, false],
    ['AAV5', 'total_binding', 'not_detected', true, false],
    ['AAV5', 'neutralising', 'detected', false, true],
    ['AAV5', 'neutralising', 'not_detected', false, false],
    ['AAV5', 'not_known', 'detected', false, false],
    ['AAV9', 'total_binding', 'detected', false, false],
    ['AAV8', 'neutralising', 'detected', false, false]
  ])('%s %s %s: companion test asked %s, assay version asked %s', (serotype, assay, result, companion, version) => {
    expect([asksCompanionTest({ serotype, assay, result }), asksAssayVersion({ serotype, assay, result })]).toEqual([
      companion,
      version
    ]);
  });

  test.each([
    ['yes', true],
    ['no', false],
    ['not_known', false]
  ] as const)('previous gene therapy "%s": details asked %s', (hadGeneTherapy, asked) => {
    expect(asksSection('priorTherapyDetails', { schemaVersion: 3, priorTherapy: { hadGeneTherapy } })).toBe(asked);
  });
});
