/**
 * A Bundle from a record fills only what its coded resources settle (docs/fhir.md): the age from the birth date
 * (never the date), the indication from a verified Condition code, the infections and ALT from LOINC-coded
 * results, and medicines named exactly as the list names them. Everything else stays for the clinician.
 */
import fc from 'fast-check';
import type { Bundle, BundleEntry, Observation, Patient } from 'fhir/r4';
import { describe, expect, test } from 'vitest';
import { medicines } from '../knowledge/medicines';
import { runs } from '../testing/runs';
import { bundleToDraft } from './bundle';
import record from './fixtures/record-bundle.json';

const today = new Date('2026-12-05T00:00:00Z');
const sample = () => structuredClone(record) as Bundle;
const read = (b: unknown, on = today) => {
  const r = bundleToDraft(b, on, medicines);
  if (!r.ok) throw new Error(r.message);
  return r;
};
const withEntries = (entries: BundleEntry[]): Bundle => ({
  resourceType: 'Bundle',
  type: 'collection',
  entry: entries
});
const patient = (birthDate: string): BundleEntry => ({ resource: { resourceType: 'Patient', birthDate } as Patient });

describe('the sample record', () => {
  const r = read(sample());

  test('answers what its coded resources settle, and no more', () => {
    expect(r.draft).toEqual({
      schemaVersion: 3,
      patient: { ageUnit: 'years', ageYears: 36, indication: 'haemophilia_a' },
      infections: { hiv: 'negative', hcv: 'none' },
      liver: { altStatus: 'raised', altMultiple: 1.5 },
      medicines: { answer: 'some', current: [{ id: 'prednisolone', classes: ['corticosteroids'] }] }
    });
  });

  test('keeps no birth date and no resource id in the case', () => {
    expect(JSON.stringify(r.draft)).not.toMatch(/1990|p1|hiv1/);
  });

  test('says where each answer came from, and what is left for the clinician', () => {
    expect(r.report.answered).toEqual([
      'Age: 36 years (from Patient.birthDate; the date is not kept)',
      'Condition being treated: Haemophilia A (from Condition/c1 (28293008))',
      'HIV status: Negative (from Observation/hiv1, negative)',
      'Hepatitis C: Never infected (from Observation/hcv1, negative)',
      'ALT or AST: above the upper limit of normal, 1.5 × ULN (from Observation/alt1)',
      'Current medicines: Prednisolone (from MedicationStatement)'
    ]);
    expect(r.report.needs.join('\n')).toContain('Sex: the record’s gender is administrative');
    expect(r.report.needs.join('\n')).toContain('Hepatitis B: negative on Observation/hbsag1');
    expect(r.report.needs.join('\n')).toContain('MedicationStatement/m2 (Emicizumab 3 mg/kg weekly) not matched');
    expect(r.report.needs.join('\n')).toContain('Corticosteroid dose');
    expect(r.report.problems).toEqual([]);
  });
});

describe('the age', () => {
  test.each([
    ['2026-06-05', '2026-12-05', { ageUnit: 'months', ageMonths: 6 }],
    ['2024-12-06', '2026-12-05', { ageUnit: 'months', ageMonths: 23 }],
    ['2024-12-05', '2026-12-05', { ageUnit: 'years', ageYears: 2 }],
    ['1937-12-06', '2026-12-05', { ageUnit: 'years', ageYears: 88 }],
    ['1936-12-06', '2026-12-05', { ageUnit: 'years', ageYears: 89 }],
    ['1936-12-05', '2026-12-05', { ageUnit: 'ninety_or_over' }],
    ['2000', '2026-12-31', { ageUnit: 'years', ageYears: 26 }],
    ['2000-02', '2026-03-01', { ageUnit: 'years', ageYears: 26 }]
  ])('born %s, on %s: %j', (birthDate, on, age) => {
    expect(read(withEntries([patient(birthDate)]), new Date(`${on}T00:00:00Z`)).draft.patient).toEqual(age);
  });

  test('a year or month of birth that leaves the age open is not guessed', () => {
    const r = read(withEntries([patient('2000')]));
    expect(r.draft.patient).toBeUndefined();
    expect(r.report.needs[0]).toContain('leaves the age open');
  });

  test('two Patients with different birth dates are named, and the age left', () => {
    const r = read(withEntries([patient('2000-01-01'), patient('2001-01-01')]));
    expect(r.draft.patient).toBeUndefined();
    expect(r.report.problems[0]).toContain('different birth dates');
  });
});

describe('what is refused or left', () => {
  test('two different indications are named, and the condition left for the clinician', () => {
    const b = sample();
    const c2 = b.entry![2]!.resource as { verificationStatus?: unknown };
    delete c2.verificationStatus;
    const r = read(b);
    expect(r.draft.patient).not.toHaveProperty('indication');
    expect(r.report.problems[0]).toMatch(
      /different conditions.*Condition\/c1 \(28293008\).*Condition\/c2 \(76670001\)/
    );
  });

  test('a string valueQuantity.value (LHC-Forms 40.1.3) is refused with its own message', () => {
    const b = sample();
    (b.entry![6]!.resource as Observation).valueQuantity!.value = '60' as unknown as number;
    const r = read(b);
    expect(r.draft.liver).toBeUndefined();
    expect(r.report.problems).toEqual([expect.stringContaining('valueQuantity.value is the text "60", not a number')]);
  });

  test('an ALT without a range or flag is left, and results that disagree are named', () => {
    const b = sample();
    delete (b.entry![6]!.resource as Observation).referenceRange;
    expect(read(b).draft.liver).toBeUndefined();
    const c = sample();
    c.entry!.push({
      resource: {
        ...(c.entry![6]!.resource as Observation),
        id: 'alt2',
        valueQuantity: { value: 20, unit: 'U/L' }
      } as Observation
    });
    const r = read(c);
    expect(r.draft.liver).toBeUndefined();
    expect(r.report.problems[0]).toContain('ALT or AST: the results disagree');
  });

  test('not a Bundle, or a Bundle with no entries, is refused', () => {
    expect(bundleToDraft({ resourceType: 'Patient' }, today)).toMatchObject({ ok: false });
    expect(bundleToDraft({ resourceType: 'Bundle' }, today)).toMatchObject({ ok: false });
  });
});

describe('properties of the reading', () => {
  const answers = (b: Bundle) => read(b).draft;
  const entries = record.entry as BundleEntry[];

  test('the order of the entries does not matter', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: entries.length }), (shuffled) => {
        expect(answers(withEntries(shuffled))).toEqual(answers(sample()));
      }),
      { numRuns: runs(100) }
    );
  });

  test('removing resources never creates an answer, nor changes one into another', () => {
    const full = answers(sample()) as unknown as Record<string, Record<string, unknown> | number>;
    fc.assert(
      fc.property(fc.subarray(entries), (some) => {
        const part = answers(withEntries(some)) as unknown as Record<string, Record<string, unknown> | number>;
        for (const [section, values] of Object.entries(part)) {
          if (section === 'schemaVersion') continue;
          for (const [k, v] of Object.entries(values as object))
            expect(v).toEqual((full[section] as Record<string, unknown>)[k]);
        }
      }),
      { numRuns: runs(200) }
    );
  });

  test('a copy of any resource marked entered in error changes nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...entries), (e) => {
        const copy = structuredClone(e.resource) as unknown as Record<string, unknown>;
        copy.status = 'entered-in-error';
        copy.verificationStatus = { coding: [{ code: 'entered-in-error' }] };
        copy.birthDate = '1950-01-01';
        const b = sample();
        if (copy.resourceType === 'Patient') return; // a Patient has no status: a second birth date is a contradiction
        b.entry!.push({ resource: copy as never });
        expect(answers(b)).toEqual(answers(sample()));
      }),
      { numRuns: runs(50) }
    );
  });
});
