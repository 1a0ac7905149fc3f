import { describe, expect, test } from 'vitest';
import { examples } from './fixtures/examples';
import { isResumablePage, validateDraft } from './draft';

const [, flow] = examples[0]!;

describe('a case in progress', () => {
  test.each([
    ['only the version', { schemaVersion: 3 }],
    ['the first page', { schemaVersion: 3, patient: flow.patient }],
    ['a complete case', flow]
  ])('%s is valid', (_, draft) => {
    expect(validateDraft(draft)).toEqual({ ok: true, value: draft });
  });

  test('each present section must pass its own schema, and unknown keys are dropped', () => {
    expect(validateDraft({ schemaVersion: 3, liver: { altStatus: 'raised' }, extra: 1 })).toEqual({
      ok: false,
      problems: [
        { path: 'liver.fibrosis', message: 'liver.fibrosis is missing: Select the fibrosis stage' },
        {
          path: 'liver.hepatobiliaryDisease',
          message: 'liver.hepatobiliaryDisease is missing: Select whether there is other liver or biliary disease'
        },
        {
          path: 'liver.malignancy',
          message: 'liver.malignancy is missing: Select whether there is a history of cancer or MDS'
        }
      ]
    });
    expect(validateDraft({ schemaVersion: 3, extra: 1 })).toEqual({ ok: true, value: { schemaVersion: 3 } });
  });

  test.each([
    ['review', true],
    ['priorTherapyDetails', true],
    ['confirmDrop', false],
    ['elsewhere', false],
    [3, false]
  ])('page %j can be resumed: %s', (page, expected) => {
    expect(isResumablePage(page)).toBe(expected);
  });
});
