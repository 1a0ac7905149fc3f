import { describe, expect, it } from 'vitest';
import { migrate } from './migrations';
import { sex } from './migrate-v3-sex';

describe('schema 2 → 3, step sex', () => {
  it('moves the CALD sex answer to the patient and keeps every other answer', () => {
    const old = {
      schemaVersion: 2,
      patient: { ageUnit: 'years', ageYears: 8, indication: 'cald' },
      condition: { sex: 'male', caldEarlyActive: 'yes' }
    };
    expect(sex(structuredClone(old))).toEqual({
      schemaVersion: 2,
      patient: { ageUnit: 'years', ageYears: 8, indication: 'cald', sex: 'male' },
      condition: { caldEarlyActive: 'yes' }
    });
  });

  it('leaves sex unanswered where schema 2 never asked it, and keeps the pregnancy answer', () => {
    const old = { schemaVersion: 2, patient: { ageUnit: 'years', ageYears: 30, pregnancy: 'no', indication: 'sma' } };
    const migrated = migrate(old);
    expect(migrated.ok && migrated.value).toEqual({
      ...old,
      schemaVersion: 3,
      patient: { ...old.patient, jurisdiction: 'US' }
    });
  });

  it('runs within the v2 → v3 migration', () => {
    const migrated = migrate({ schemaVersion: 2, patient: { indication: 'cald' }, condition: { sex: 'not_known' } });
    expect(migrated.ok && migrated.value).toMatchObject({ patient: { sex: 'not_known' }, condition: {} });
  });
});
