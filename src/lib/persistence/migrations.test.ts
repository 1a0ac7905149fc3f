import { describe, expect, test } from 'vitest';
import { ageInMonths, ageText, BAND_MONTHS } from '../case/age';
import { parseCase } from '../case/parse';
import v1 from './fixtures/case-v1.json';
import { MIGRATIONS, migrate, newerMessage, type Migration } from './migrations';
import v2 from './fixtures/case-v2.json';
import { jurisdiction } from './migrate-v3';

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
      value: { ...v1.case, patient: { ...v1.case.patient, jurisdiction: 'US' }, schemaVersion: 3 }
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
    expect(parseCase(result.value).ok).toBe(true);
  });

  test('the step alone: sets US on the patient, leaves a case without a patient as it is', () => {
    expect(jurisdiction({ patient: { indication: 'other' } })).toEqual({
      patient: { indication: 'other', jurisdiction: 'US' }
    });
    expect(jurisdiction({ label: 'x' })).toEqual({ label: 'x' });
  });
});
