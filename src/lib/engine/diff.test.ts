import { describe, expect, test } from 'vitest';
import { withPatch, type Patch } from '../fixtures/build';
import { assess } from '.';
import { diffAssessments } from './diff';

const liver: Patch = { target: { tissue: 'liver' } };

describe('what-if differences', () => {
  test.each<[string, Patch, Patch, Partial<Record<keyof ReturnType<typeof diffAssessments>, unknown>>]>([
    ['no change gives an empty diff', liver, liver, { fitChanges: [], findingsAdded: [], findingsRemoved: [] }],
    [
      'cirrhosis lowers AAV and adds findings',
      { target: { tissue: 'liver', route: 'systemic' } },
      { target: { tissue: 'liver', route: 'systemic' }, liver: { fibrosis: 'cirrhosis' } },
      {
        fitChanges: [{ platform: 'aav', from: 'favoured', to: 'not_advised' }],
        findingsAdded: expect.arrayContaining([
          expect.objectContaining({ platform: 'aav', ruleId: 'liver-aav-advanced-fibrosis' })
        ])
      }
    ],
    [
      'immunosuppression makes AdV not advised',
      {},
      { immunity: { immunosuppressed: 'yes' } },
      { fitChanges: [{ platform: 'adv', from: 'caution', to: 'not_advised' }] }
    ],
    [
      'removing the cargo problem removes the finding',
      { target: { cargoKb: 6 } },
      { target: { cargoKb: 3 } },
      {
        fitChanges: [{ platform: 'aav', from: 'strong_caution', to: 'possible' }],
        findingsRemoved: [expect.objectContaining({ platform: 'aav', ruleId: 'cargo-over-aav' })]
      }
    ],
    [
      'a complement disorder adds monitoring',
      {},
      { immunity: { complement: 'prior_tma' } },
      { monitoringAdded: [expect.objectContaining({ platform: 'aav', id: 'aav-complement' })], monitoringRemoved: [] }
    ],
    [
      'a positive AAV5 companion test makes Roctavian not eligible',
      {
        patient: { indication: 'haemophilia_a' },
        ...liver,
        aavAntibodies: {
          testing: 'tested',
          results: [{ serotype: 'AAV5', assay: 'total_binding', companionTest: 'yes', result: 'not_detected' }]
        }
      },
      {
        patient: { indication: 'haemophilia_a' },
        ...liver,
        aavAntibodies: {
          testing: 'tested',
          results: [{ serotype: 'AAV5', assay: 'total_binding', companionTest: 'yes', result: 'detected' }]
        }
      },
      { productChanges: [{ id: 'roctavian', from: 'meets_criteria', to: 'not_eligible' }] }
    ]
  ])('%s', (_name, before, after, expected) => {
    expect(diffAssessments(assess(withPatch(before)), assess(withPatch(after)))).toMatchObject(expected);
  });
});
