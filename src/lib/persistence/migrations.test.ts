import { describe, expect, test } from 'vitest';
import { ageInMonths, ageText, BAND_MONTHS } from '../case/age';
import { parseCase } from '../case/parse';
import v1 from './fixtures/case-v1.json';
import { MIGRATIONS, migrate, newerMessage, type Migration } from './migrations';
import v2 from './fixtures/case-v2.json';
import { jurisdiction, V3_STEPS } from './migrate-v3';
import { medicinesStep } from './migrate-v3-medicines';
import { asV3 } from './fixtures/examples';

// A pretend history in which schema 1 renamed `sex` to `patientSex`, to prove the machinery.
const history: Migration[] = [
  {
    from: 0,
    up: ({ sex, ...rest }) => ({ ...rest, ...(sex === undefined ? {} : { patientSex: sex }) })
  },
  { from: 1, up: (c) => ({ ...c, added: true }) }
];

/** A schema-1 case whose condition has no follow-up questions: nothing new to ask but the exact age. */
const v1Other = {
  ...v1.case,
  patient: { ageBand: 'child', indication: 'other' },
  condition: undefined,
  aavAntibodies: { testing: 'not_tested' }
};

describe('migrations', () => {
  test('schema 1 becomes schema 3 with every answer kept as it was; only the labels (US) are added', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual([1, 2]);
    expect(migrate(v1.case)).toEqual({
      ok: true,
      value: {
        ...v1.case,
        patient: { ...v1.case.patient, jurisdiction: 'US' },
        medicines: { ...v1.case.medicines, current: [{ class: 'corticosteroids' }] },
        schemaVersion: 3
      }
    });
  });

  test('the age band stays, as an interval: the exact age is unanswered, not guessed', () => {
    const result = migrate(v1.case);
    const patient = result.ok ? (result.value.patient as { ageBand: 'adult' }) : undefined;
    expect(patient).toEqual({ ageBand: 'adult', pregnancy: 'no', indication: 'haemophilia_b', jurisdiction: 'US' });
    expect(ageInMonths(patient!)).toEqual(BAND_MONTHS.adult);
    expect(ageText(patient!)).toBe('18 to 64 years (age band from an older case file; the exact age is not recorded)');
  });

  test('a migrated case with a band only and no new question to answer is a valid, complete case', () => {
    const result = migrate(JSON.parse(JSON.stringify(v1Other)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(parseCase(result.value)).toMatchObject({ ok: true, case: { patient: v1Other.patient } });
  });

  test('a migrated case that lacks an answer schema 2 asks is named, answer by answer, not crashed on', () => {
    const result = migrate(v1.case);
    expect(result.ok && parseCase(result.value)).toEqual({
      ok: false,
      errors: [
        { path: 'patient.sex', message: 'Select the patient’s sex' },
        {
          path: 'condition.haemophiliaBSelection',
          message:
            'Select whether the patient uses factor IX prophylaxis or has had life-threatening or repeated serious bleeding'
        },
        { path: 'aavAntibodies.results.0.assayVersion', message: 'Select the version of the neutralising assay' }
      ]
    });
  });

  test('an old case is lifted step by step to the current version, and its input is left alone', () => {
    const old = { schemaVersion: 0, sex: 'f' };
    const copy = structuredClone(old);
    expect(migrate(old, history, 2)).toEqual({ ok: true, value: { schemaVersion: 2, patientSex: 'f', added: true } });
    expect(old).toEqual(copy);
    const file = structuredClone(v1.case);
    migrate(file);
    expect(file).toEqual(v1.case);
  });

  test.each([
    [{ schemaVersion: 4 }, newerMessage(4)],
    [
      { schemaVersion: 99 },
      'This case was saved by a newer version of vector-select (schema 99); this version reads schema 3.'
    ],
    [{ schemaVersion: 0 }, 'This case has an unknown schema version (0); this version reads schema 3.'],
    [{ schemaVersion: '1' }, 'This case has an unknown schema version ("1"); this version reads schema 3.'],
    [{ schemaVersion: 1.5 }, 'This case has an unknown schema version (1.5); this version reads schema 3.'],
    [{}, 'schemaVersion is missing, so this cannot be read as a case.'],
    [[], 'The case must be a JSON object with the answers in sections.']
  ])('%j is refused: "%s"', (raw, message) => {
    const result = migrate(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toBe(message);
  });

  test('the newer-version message reads as the design asks', () => {
    expect(newerMessage(4)).toBe(
      'This case was saved by a newer version of vector-select (schema 4); this version reads schema 3.'
    );
  });
});

describe('schema 2 → 3: the labels that apply (issue 18)', () => {
  test('a schema-2 case was read against the US labels, so it opens as US with every answer kept', () => {
    const old = v2 as unknown as { case?: Record<string, unknown> } & Record<string, unknown>;
    const raw = (old.case ?? old) as Record<string, unknown>;
    const result = migrate(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const patient = result.value.patient as Record<string, unknown>;
    expect(patient).toEqual({ ...(raw.patient as object), jurisdiction: 'US' });
    // Complete but for the sex that schema 3 asks of this adult (step sex, issue 22): the wizard asks it.
    expect(parseCase(result.value)).toEqual({
      ok: false,
      errors: [{ path: 'patient.sex', message: 'Select the patient’s sex' }]
    });
  });

  test('the step alone: sets US on the patient, leaves a case without a patient as it is', () => {
    expect(jurisdiction({ patient: { indication: 'other' } })).toEqual({
      patient: { indication: 'other', jurisdiction: 'US' }
    });
    expect(jurisdiction({ label: 'x' })).toEqual({ label: 'x' });
  });
});

describe('schema 3 step "medicines"', () => {
  test('each schema-2 class tick becomes a medicine of that class, name not recorded, in order', () => {
    const old = { medicines: { answer: 'some', current: ['hydroxyurea', 'iron_chelators'], alcohol: 'no' } };
    expect(medicinesStep(old)).toEqual({
      medicines: { answer: 'some', current: [{ class: 'hydroxyurea' }, { class: 'iron_chelators' }], alcohol: 'no' }
    });
  });

  test('"none" and "not known" are kept as they were', () => {
    for (const answer of ['none', 'not_known']) {
      const old = { medicines: { answer, alcohol: 'no', liveVaccineDue: 'no' } };
      expect(medicinesStep(old)).toEqual(old);
    }
  });

  test('a value that is not a tick is left for validation to name, never dropped', () => {
    const old = { medicines: { answer: 'some', current: ['hydroxyurea', 7] } };
    expect(medicinesStep(old)).toEqual({ medicines: { answer: 'some', current: [{ class: 'hydroxyurea' }, 7] } });
    expect(
      parseCase({ ...asV3(v1.case), medicines: { ...asV3(v1.case).medicines, current: [{ class: 'aspirin' }] } }).ok
    ).toBe(false);
  });

  test('is one of the schema-3 steps', () => {
    expect(V3_STEPS).toContain(medicinesStep);
  });

  test.each([
    ['schema 1', v1.case],
    ['schema 2', v2.case]
  ])('the kept %s fixture keeps its medicine: the corticosteroid tick, its dose and the other answers', (_v, old) => {
    const result = migrate(old);
    expect(result.ok && result.value.medicines).toEqual({
      answer: 'some',
      current: [{ class: 'corticosteroids' }],
      steroidDose: 'lower',
      alcohol: 'yes',
      liveVaccineDue: 'no'
    });
  });
});
