/** The patient, condition and antibody pages as the design words them: which questions show, and what each error says. */
import { describe, expect, test } from 'vitest';
import type { Draft } from '../case/schema';
import { validateRaw, visibleFields } from './forms';
import type { Raw } from './questions';
import { completeWith, pageOf, startWizard } from './testing';

const empty: Draft = { schemaVersion: 3 };
const shown = (page: 'patient' | 'aavAntibodies', raw: Raw) => visibleFields(page, raw, empty).map((f) => f.id);
const errors = (raw: Raw) => {
  const r = validateRaw('patient', { indication: 'other', ...raw }, empty);
  return r.ok ? [] : r.errors;
};
const MONTHS_RANGE = 'The age must be from 0 to 23 months; from 2 years, choose "2 years or older"';
const YEARS_RANGE = 'The age must be from 2 to 89 years; under 2 years, give months; from 90, choose "90 or over"';

describe('the age question', () => {
  test('asks "How old is the patient?" with three answers, and no date of birth', () => {
    const [age] = visibleFields('patient', {}, empty);
    expect(age).toMatchObject({ id: 'ageUnit', label: 'How old is the patient?' });
    expect(age!.hint).toContain('not a date of birth');
    expect(age!.kind === 'radios' && age!.options.map((o) => o.label)).toEqual([
      'Under 2 years',
      '2 years or older',
      '90 or over'
    ]);
  });

  test.each([
    ['months', ['ageUnit', 'ageMonths', 'indication', 'jurisdiction'], 'Age in completed months'],
    ['years', ['ageUnit', 'ageYears', 'indication', 'jurisdiction'], 'Age in whole years'],
    ['ninety_or_over', ['ageUnit', 'indication', 'jurisdiction'], undefined]
  ])('"%s" shows its own number field', (ageUnit, fields, label) => {
    expect(shown('patient', { ageUnit })).toEqual(fields);
    if (label) expect(visibleFields('patient', { ageUnit }, empty)[1]!.label).toBe(label);
  });

  test.each([
    ['0', []],
    ['23', []],
    [' 7 ', []],
    ['24', [MONTHS_RANGE]],
    ['-1', [MONTHS_RANGE]],
    ['1.5', ['Enter the age in completed months, for example 7']],
    ['seven', ['Enter the age in completed months, for example 7']],
    ['', ['Enter the age in completed months, for example 7']]
  ])('%j completed months: %j', (ageMonths, messages) => {
    const premature: Raw = Number(ageMonths) < 3 ? { premature: 'no' } : {};
    expect(errors({ ageUnit: 'months', ageMonths, ...premature }).map((e) => e.message)).toEqual(messages);
  });

  test.each([
    ['1', [YEARS_RANGE]],
    ['2', []],
    ['89', []],
    ['90', [YEARS_RANGE]],
    ['34.5', ['Enter the age in whole years, for example 34']],
    ['thirty', ['Enter the age in whole years, for example 34']],
    ['', ['Enter the age in whole years, for example 34']]
  ])('%j whole years: %j', (ageYears, messages) => {
    expect(errors({ ageUnit: 'years', ageYears, pregnancy: 'no' }).map((e) => e.message)).toEqual(messages);
  });

  test('"90 or over" needs no number, and the error for no answer names the question', () => {
    expect(errors({ ageUnit: 'ninety_or_over' })).toEqual([]);
    expect(errors({})).toEqual([{ field: 'ageUnit', message: "Select the patient's age" }]);
  });

  test('only the number of the chosen unit is taken; the other stays typed but is not saved', () => {
    const result = validateRaw(
      'patient',
      { ageUnit: 'years', ageYears: '40', ageMonths: '7', pregnancy: 'no', indication: 'other' },
      empty
    );
    expect(result).toEqual({
      ok: true,
      value: { ageUnit: 'years', ageYears: 40, pregnancy: 'no', indication: 'other' }
    });
  });

  test('an out-of-range age stays as typed after Continue, with every other answer', () => {
    const actor = startWizard();
    actor.send({ type: 'START' });
    const raw = { ageUnit: 'months', ageMonths: '24', indication: 'sma' };
    actor.send({ type: 'CONTINUE', raw });
    expect(pageOf(actor)).toBe('patient');
    expect(actor.getSnapshot().context.errors).toEqual([{ field: 'ageMonths', message: MONTHS_RANGE }]);
    expect(actor.getSnapshot().context.entries.patient).toEqual(raw);
  });
});

describe('premature birth and pregnancy follow the age', () => {
  test.each([
    [{ ageUnit: 'months', ageMonths: '0' }, true, false],
    [{ ageUnit: 'months', ageMonths: '2' }, true, false],
    [{ ageUnit: 'months', ageMonths: '3' }, false, false],
    [{ ageUnit: 'months', ageMonths: '23' }, false, false],
    [{ ageUnit: 'months' }, false, false],
    [{ ageUnit: 'years', ageYears: '2' }, false, false],
    [{ ageUnit: 'years', ageYears: '11' }, false, false],
    [{ ageUnit: 'years', ageYears: '12' }, false, true],
    [{ ageUnit: 'years', ageYears: '64' }, false, true],
    [{ ageUnit: 'years', ageYears: '65' }, false, false],
    [{ ageUnit: 'years', ageYears: 'abc' }, false, false],
    [{ ageUnit: 'ninety_or_over' }, false, false]
  ])('%j: premature asked %s, pregnancy asked %s', (raw, premature, pregnancy) => {
    const ids = shown('patient', raw);
    expect([ids.includes('premature'), ids.includes('pregnancy')]).toEqual([premature, pregnancy]);
  });

  test('a question that shows is required, with its own message', () => {
    expect(errors({ ageUnit: 'months', ageMonths: '1' })).toEqual([
      { field: 'premature', message: 'Select whether the baby was born premature' }
    ]);
    expect(errors({ ageUnit: 'years', ageYears: '30' })).toEqual([
      { field: 'pregnancy', message: 'Select whether the patient is pregnant or breast-feeding' }
    ]);
  });
});

describe('the condition page asks the questions of the condition', () => {
  const labels = (indication: string) =>
    visibleFields('condition', {}, {
      schemaVersion: 3,
      patient: { indication, ageUnit: 'ninety_or_over' }
    } as Draft).map((f) => f.label);

  test.each([
    [
      'cald',
      ['What is the patient’s sex?', 'Is the CALD early and active?', 'Is an HLA-matched stem-cell donor available?']
    ],
    [
      'haemophilia_a',
      [
        'Is the haemophilia A severe (factor VIII activity below 1 IU/dL)?',
        'Does the patient have factor inhibitors, now or in the past?'
      ]
    ],
    [
      'haemophilia_b',
      [
        'Does the patient use factor IX prophylaxis, or have current or past life-threatening bleeding, or repeated serious spontaneous bleeding?',
        'Does the patient have factor inhibitors, now or in the past?'
      ]
    ],
    [
      'rpe65',
      [
        'Are bi-allelic RPE65 mutations confirmed?',
        'Are there enough viable retinal cells, as judged by the treating retina specialist?'
      ]
    ],
    ['sma', ['Are bi-allelic SMN1 mutations confirmed?']],
    ['other', []]
  ])('%s: %j', (indication, expected) => {
    expect(labels(indication)).toEqual(expected);
  });

  test('the sex question says what it is for, and the CALD stage who assesses it', () => {
    const fields = visibleFields('condition', {}, {
      schemaVersion: 3,
      patient: { indication: 'cald', ageUnit: 'years', ageYears: 7 }
    } as Draft);
    expect(fields.map((f) => f.hint)).toEqual([
      'As recorded for the label (the Skysona label is for boys).',
      'As assessed by the treating neurologist (MRI Loes score and gadolinium enhancement).',
      expect.stringContaining('Skysona is for patients with no matched donor')
    ]);
  });
});

describe('the AAV5 assay questions', () => {
  const tested = (assay: string, result: string, serotype = 'AAV5'): Raw => ({
    testing: 'tested',
    serotypes: [serotype],
    [`assay_${serotype}`]: assay,
    [`result_${serotype}`]: result
  });
  const extra = (raw: Raw) => shown('aavAntibodies', raw).filter((id) => /^(companionTest|assayVersion)_/.test(id));

  test.each([
    [tested('total_binding', 'not_detected'), ['companionTest_AAV5']],
    [tested('total_binding', 'detected'), ['companionTest_AAV5']],
    [tested('neutralising', 'detected'), ['assayVersion_AAV5']],
    [tested('neutralising', 'not_detected'), []],
    [tested('not_known', 'detected'), []],
    [tested('total_binding', 'detected', 'AAV9'), []],
    [{ ...tested('total_binding', 'detected'), testing: 'not_tested' }, []]
  ])('%j shows %j', (raw, expected) => {
    expect(extra(raw)).toEqual(expected);
  });

  test('each names the label that needs it, and is required once shown', () => {
    const fields = visibleFields('aavAntibodies', tested('total_binding', 'detected'), empty);
    expect(fields.find((f) => f.id === 'companionTest_AAV5')?.hint).toContain('Roctavian');
    const version = visibleFields('aavAntibodies', tested('neutralising', 'detected'), empty);
    expect(version.find((f) => f.id === 'assayVersion_AAV5')?.hint).toContain('Hemgenix');
    const r = validateRaw('aavAntibodies', tested('total_binding', 'detected'), empty);
    expect(r.ok ? [] : r.errors).toEqual([
      { field: 'companionTest_AAV5', message: 'Select whether the FDA-approved companion test was used' }
    ]);
  });

  test('the answers are saved with the result, and a hidden one is not', () => {
    const raw = { ...tested('neutralising', 'detected'), titre_AAV5: '1:300', assayVersion_AAV5: 'clinical_study' };
    expect(validateRaw('aavAntibodies', { ...raw, companionTest_AAV5: 'yes' }, empty)).toEqual({
      ok: true,
      value: {
        testing: 'tested',
        results: [
          { serotype: 'AAV5', assay: 'neutralising', result: 'detected', titre: 300, assayVersion: 'clinical_study' }
        ]
      }
    });
  });
});

test('a case answered page by page reaches review with the new answers', () => {
  const c = {
    schemaVersion: 3 as const,
    patient: { ageUnit: 'years' as const, ageYears: 7, indication: 'cald' as const },
    condition: { sex: 'male' as const, caldEarlyActive: 'yes' as const, hlaMatchedDonor: 'no' as const },
    infections: { hiv: 'negative', hbv: 'none', hcv: 'none', acuteInfection: 'no', ad5Nab: 'not_tested' } as const,
    aavAntibodies: { testing: 'not_tested' as const },
    immunity: {
      primaryImmunodeficiency: 'no',
      immunosuppressed: 'no',
      autoimmune: 'none',
      complement: 'none'
    } as const,
    medicines: { answer: 'none', alcohol: 'no', liveVaccineDue: 'no' } as const,
    priorTherapy: { hadGeneTherapy: 'no' as const },
    liver: { altStatus: 'normal', fibrosis: 'none_or_mild', hepatobiliaryDisease: 'no', malignancy: 'none' } as const,
    target: { tissue: 'hsc_ex_vivo', goal: 'durable', route: 'ex_vivo', aavDose: 'not_planned' } as const
  };
  const actor = completeWith(startWizard(), c);
  // The labels' radio starts on the US, so the draft records it without a click.
  expect(actor.getSnapshot().context.draft).toEqual({ ...c, patient: { ...c.patient, jurisdiction: 'US' } });
});
