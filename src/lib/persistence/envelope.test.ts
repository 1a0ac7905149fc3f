import { asV3 } from './fixtures/examples';
import { describe, expect, test } from 'vitest';
import v1 from './fixtures/case-v1.json';
import v2 from './fixtures/case-v2.json';
import { readEnvelope, wrap } from './envelope';

const messages = (input: unknown) => {
  const result = readEnvelope(input);
  return result.ok ? [] : result.problems.map((p) => p.message);
};

describe('the envelope', () => {
  test('a schema-2 file (the kept fixture) loads, label and all', () => {
    expect(readEnvelope(v2)).toEqual({ ok: true, value: asV3(v2.case) });
  });

  test('a schema-1 file (the kept fixture) loads as schema 2, every answer kept, the new ones listed as missing', () => {
    const result = readEnvelope(v1);
    expect(result).toMatchObject({ ok: true, value: asV3(v1.case) });
    expect(result.ok && result.missing?.map((p) => p.path)).toEqual([
      'condition.haemophiliaBSelection',
      'aavAntibodies.results.0.assayVersion'
    ]);
  });

  test('a bare case, without the wrapper, is read as the documented case format', () => {
    expect(readEnvelope(v2.case)).toEqual({ ok: true, value: asV3(v2.case) });
  });

  test('wrap records the app, kind, version and time', () => {
    expect(wrap(v1.case, 'case', new Date('2026-01-02T03:04:05Z'))).toEqual({
      app: 'vector-select',
      kind: 'case',
      envelopeVersion: 1,
      savedAt: '2026-01-02T03:04:05.000Z',
      case: v1.case
    });
  });

  test.each([
    [
      { ...v1, case: { ...v1.case, schemaVersion: 4 } },
      'This case was saved by a newer version of vector-select (schema 4); this version reads schema 3.'
    ],
    [
      { ...v1, case: { ...v1.case, schemaVersion: 'one' } },
      'This case has an unknown schema version ("one"); this version reads schema 3.'
    ],
    [
      { ...v1, envelopeVersion: 3 },
      'This was saved by a newer version of vector-select (envelope 3); this version reads envelope 1.'
    ],
    // Text is quoted, so that "1" is not mistaken for 1; a number is shown exactly, never rounded or taken as newer.
    [{ ...v1, envelopeVersion: '1' }, 'envelopeVersion must be 1; it is "1".'],
    [{ ...v1, envelopeVersion: 1.5 }, 'envelopeVersion must be 1; it is 1.5.'],
    [{ ...v1, envelopeVersion: 1.0000000000000002 }, 'envelopeVersion must be 1; it is 1.0000000000000002.'],
    [{ ...v1, envelopeVersion: 0.5 }, 'envelopeVersion must be 1; it is 0.5.'],
    [{ ...v1, envelopeVersion: undefined }, 'envelopeVersion must be 1; it is missing.'],
    [{ ...v1, envelopeVersion: null }, 'envelopeVersion must be 1; it is null.'],
    [{ ...v1, kind: undefined }, 'This is not a vector-select case: its "kind" is missing (it should be "case").'],
    [{ ...v1, app: 'other' }, 'This is not a vector-select case: its "app" is not "vector-select".'],
    [{ ...v1, kind: 'rules' }, 'This holds "rules", not a case.'],
    [{ ...v1, savedAt: 'yesterday' }, 'savedAt must be a date and time such as 2026-01-31T09:30:00.000Z.'],
    [{ app: 'vector-select', kind: 'case', envelopeVersion: 1 }, 'The case itself is missing.'],
    [42, 'This is not a vector-select case: a case is a JSON object.']
  ])('%# is refused with a specific message', (input, message) => {
    expect(messages(input)).toEqual([message]);
  });

  test('a wrong shape names each wrong field, what it holds, and why', () => {
    const { infections: _gone, ...rest } = v1.case;
    const broken = {
      ...rest,
      patient: { ...v1.case.patient, ageBand: 'ancient' },
      liver: { ...v1.case.liver, altMultiple: 'high' }
    };
    expect(messages({ ...v1, case: broken })).toEqual([
      'patient.ageBand is "ancient", which is not allowed: Select the age band',
      'infections is missing: a complete case has this group of answers',
      'liver.altMultiple is "high", which is not allowed: Enter ALT/AST as a multiple of the upper limit of normal, for example 1.5'
    ]);
  });
});

describe('values that cannot be turned into text', () => {
  test.each([
    [{ ...v1, kind: { toString: 0 } }, 'This holds an object, not a case.'],
    [{ ...v1, envelopeVersion: { toString: 0 } }, 'envelopeVersion must be 1; it is an object.'],
    [
      { ...v1, case: { ...v1.case, schemaVersion: { toString: '' } } },
      'This case has an unknown schema version (an object); this version reads schema 3.'
    ],
    [
      { ...v1, case: { ...v1.case, patient: { ...v1.case.patient, ageBand: { toString: 0 } } } },
      'patient.ageBand is an object, which is not allowed: Select the age band'
    ]
  ])('%# is described, not thrown on', (input, message) => {
    expect(messages(JSON.parse(JSON.stringify(input)))).toEqual([message]);
  });
});
