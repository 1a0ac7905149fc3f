/** "Check your answers": the age in words, an older case's missing exact age, and the AAV5 assay answers. */
import { describe, expect, test } from 'vitest';
import type { Case, Patient } from '../case/schema';
import { patients } from '../knowledge/examples';
import { answerRows } from './answers';

const base = patients.find((p) => p.id === 'muscle-cargo-too-large')!.case;
const ageRow = (patient: Patient) =>
  answerRows({ ...base, patient }).find((r) => r.page === 'patient' && r.field === 'ageUnit');

describe('the age on review', () => {
  test.each<[Patient, string]>([
    [{ ageUnit: 'months', ageMonths: 0, premature: 'no', indication: 'other' }, '0 months'],
    [{ ageUnit: 'months', ageMonths: 1, premature: 'yes', indication: 'other' }, '1 month'],
    [{ ageUnit: 'months', ageMonths: 23, indication: 'other' }, '23 months'],
    [{ ageUnit: 'years', ageYears: 2, indication: 'other' }, '2 years'],
    [{ ageUnit: 'years', ageYears: 40, sex: 'female', pregnancy: 'no', indication: 'other' }, '40 years'],
    [{ ageUnit: 'ninety_or_over', indication: 'other' }, '90 years or over']
  ])('%j is shown as "%s", in one row with a Change link to the patient page', (patient, text) => {
    expect(ageRow(patient)).toEqual({
      page: 'patient',
      field: 'ageUnit',
      question: 'How old is the patient?',
      answer: text
    });
  });

  test('a case migrated with only an age band says the exact age is not recorded', () => {
    expect(ageRow({ ageBand: 'adult', pregnancy: 'no', indication: 'other' })?.answer).toBe(
      '18 to 64 years (age band from an older case file; the exact age is not recorded)'
    );
  });

  test('the band still decides which questions were asked: an adult band shows its pregnancy answer', () => {
    const rows = answerRows({ ...base, patient: { ageBand: 'adult', pregnancy: 'no', indication: 'other' } });
    expect(rows.filter((r) => r.page === 'patient').map((r) => [r.question, r.answer])).toEqual([
      ['How old is the patient?', '18 to 64 years (age band from an older case file; the exact age is not recorded)'],
      ['What is the patient’s sex?', 'Not answered'],
      ['Is the patient pregnant or breast-feeding?', 'No, or not applicable'],
      ['Condition being treated', 'Another condition'],
      ['Whose labels apply?', 'US (FDA)']
    ]);
  });

  test('the age fields are not listed one by one', () => {
    const fields = answerRows(base).map((r) => r.field);
    expect(fields).not.toContain('ageYears');
    expect(fields).not.toContain('ageMonths');
  });
});

test('the AAV5 assay answers are part of the result they belong to', () => {
  const c: Case = {
    ...base,
    aavAntibodies: {
      testing: 'tested',
      results: [
        { serotype: 'AAV5', assay: 'total_binding', result: 'not_detected', companionTest: 'yes' },
        { serotype: 'AAV9', assay: 'neutralising', result: 'detected', titre: 20 }
      ]
    }
  };
  expect(
    answerRows(c)
      .filter((r) => r.page === 'aavAntibodies')
      .map((r) => r.answer)
  ).toEqual([
    'Yes, I have results',
    'Total binding antibody, not detected, FDA-approved companion test: Yes',
    'Neutralising antibody (NAb), detected, titre 1:20'
  ]);
  const nab: Case = {
    ...base,
    aavAntibodies: {
      testing: 'tested',
      results: [
        { serotype: 'AAV5', assay: 'neutralising', result: 'detected', titre: 700, assayVersion: 'clinical_study' }
      ]
    }
  };
  expect(answerRows(nab).find((r) => r.field === 'result_AAV5')?.answer).toBe(
    'Neutralising antibody (NAb), detected, titre 1:700, assay: Clinical-study assay'
  );
});
