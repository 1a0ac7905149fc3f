import { describe, expect, test } from 'vitest';
import { assess, type AssessmentDiff } from '../engine';
import { patients } from '../knowledge/examples';
import { countChanges, describeChanges } from './changes';

const a = assess(patients.find((p) => p.id === 'haemophilia-a-aav5-positive')!.case);
const none: AssessmentDiff = {
  fitChanges: [],
  findingsAdded: [],
  findingsRemoved: [],
  monitoringAdded: [],
  monitoringRemoved: [],
  productChanges: []
};

describe('what-if changes in words', () => {
  test.each<[string, Partial<AssessmentDiff>, keyof ReturnType<typeof describeChanges>, string]>([
    [
      'a fit level',
      { fitChanges: [{ platform: 'lv', from: 'possible', to: 'not_advised' }] },
      'fits',
      'Changed: LV from Possible to Not advised'
    ],
    [
      'a new finding',
      { findingsAdded: [{ platform: 'adv', ruleId: 'x', text: 'A reason.' }] },
      'findings',
      'New finding: AdV: A reason.'
    ],
    [
      'a finding gone',
      { findingsRemoved: [{ platform: 'aav', ruleId: 'x', text: 'A reason.' }] },
      'findings',
      'No longer applies: AAV: A reason.'
    ],
    [
      'a product status',
      { productChanges: [{ id: 'roctavian', from: 'not_eligible', to: 'meets_criteria' }] },
      'products',
      'Changed: Roctavian from does not meet the label criteria to meets the label criteria checked here'
    ],
    [
      'a new product check',
      { productChanges: [{ id: 'roctavian', from: null, to: 'check_needed' }] },
      'products',
      'New product check: Roctavian: check needed'
    ],
    [
      'a product no longer checked',
      { productChanges: [{ id: 'roctavian', from: 'meets_criteria', to: null }] },
      'products',
      'No longer checked: Roctavian'
    ],
    [
      'new monitoring',
      { monitoringAdded: [{ platform: 'aav', id: 'm', text: 'Weekly tests.' }] },
      'monitoring',
      'New monitoring: AAV: Weekly tests.'
    ],
    [
      'monitoring gone',
      { monitoringRemoved: [{ platform: 'lv', id: 'm', text: 'Weekly tests.' }] },
      'monitoring',
      'No longer applies: LV: Weekly tests.'
    ]
  ])('%s', (_name, diff, group, words) => {
    const groups = describeChanges({ ...none, ...diff }, a, a);
    expect(groups[group].map((l) => `${l.label}: ${l.text}`)).toEqual([words]);
    expect(countChanges(groups)).toBe(1);
  });
});
