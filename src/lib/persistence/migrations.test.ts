import { describe, expect, test } from 'vitest';
import { MIGRATIONS, migrate, newerMessage, type Migration } from './migrations';

// A pretend history in which schema 1 renamed `sex` to `patientSex`, to prove the machinery.
const history: Migration[] = [
  {
    from: 0,
    up: ({ sex, ...rest }) => ({ ...rest, ...(sex === undefined ? {} : { patientSex: sex }) })
  },
  { from: 1, up: (c) => ({ ...c, added: true }) }
];

describe('migrations', () => {
  test('today schema 1 is current, so nothing needs migrating', () => {
    expect(MIGRATIONS).toEqual([]);
    expect(migrate({ schemaVersion: 1, patient: {} })).toEqual({ ok: true, value: { schemaVersion: 1, patient: {} } });
  });

  test('an old case is lifted step by step to the current version, and its input is left alone', () => {
    const old = { schemaVersion: 0, sex: 'f' };
    const copy = structuredClone(old);
    expect(migrate(old, history, 2)).toEqual({ ok: true, value: { schemaVersion: 2, patientSex: 'f', added: true } });
    expect(old).toEqual(copy);
  });

  test.each([
    [{ schemaVersion: 2 }, newerMessage(2)],
    [
      { schemaVersion: 99 },
      'This case was saved by a newer version of vector-select (schema 99); this version reads schema 1.'
    ],
    [{ schemaVersion: 0 }, 'This case has an unknown schema version (0); this version reads schema 1.'],
    [{ schemaVersion: '1' }, 'This case has an unknown schema version ("1"); this version reads schema 1.'],
    [{ schemaVersion: 1.5 }, 'This case has an unknown schema version (1.5); this version reads schema 1.'],
    [{}, 'schemaVersion is missing, so this cannot be read as a case.'],
    [[], 'The case must be a JSON object with the answers in sections.']
  ])('%j is refused: "%s"', (raw, message) => {
    const result = migrate(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toBe(message);
  });

  test('the newer-version message reads as the design asks', () => {
    expect(newerMessage(2)).toBe(
      'This case was saved by a newer version of vector-select (schema 2); this version reads schema 1.'
    );
  });
});
