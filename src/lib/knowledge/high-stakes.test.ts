import { describe, expect, test } from 'vitest';
import { ageUnderYears, all, any, eq, given, gt, lte, not } from './build';
import {
  hasNumericComparison,
  highStakesReasons,
  highStakesStatements,
  isHighStakes,
  isQuoted,
  missingQuotes,
  statesThreshold,
  statesTime
} from './high-stakes';
import { read } from './products/define';
import type { FollowUp, MonitoringItem, Rule } from './schema';

const rule = (r: Partial<Rule>): Rule => ({
  id: 'r',
  candidates: [],
  strength: 'caution',
  target: { platforms: ['aav'] },
  when: eq('target.tissue', 'liver'),
  text: 'A statement without numbers.',
  rationale: 'Why it matters.',
  sources: ['s'],
  verified: true,
  note: 'test',
  ...r
});

describe('hasNumericComparison', () => {
  test.each([
    ['gt', gt('target.cargoKb', 4.7), true],
    ['an age limit (lt on the age in months)', ageUnderYears(2), true],
    ['inside all', all(eq('a', 'x'), lte('b', 3)), true],
    ['inside any', any(eq('a', 'x'), gt('b', 3)), true],
    ['inside not', not(gt('b', 3)), true],
    ['in the given part of given', given(gt('b', 3), eq('a', 'x')), true],
    ['in the then part of given', given(eq('a', 'x'), lte('b', 50)), true],
    ['eq only', all(eq('a', 'x'), any(eq('b', 'y'), not(eq('c', 'z')))), false]
  ])('%s', (_name, c, expected) => expect(hasNumericComparison(c)).toBe(expected));
});

describe('the wording', () => {
  test.each([
    'Stop iron chelators at least 7 days before conditioning',
    'none for 6 months after infusion',
    'Stop alcohol 6–8 weeks before liver-directed AAV',
    'Stop hydroxyurea at least 2 months before each mobilisation',
    '15 years for integrating vectors',
    'Raised titre at 3 months of age or younger',
    'stay within reach of care for at least two months',
    'review use weekly to week 26',
    'analysis at least twice in year 1',
    'ultrasound and AFP (6-monthly in expert advice)',
    'Observe for at least 3 hours after the infusion'
  ])('states a time: %s', (text) => expect(statesTime(text)).toBe(true));

  test.each([
    'Live vaccine due: plan vaccines around the course.',
    'Monitor life-long for new malignancies.',
    'Exons 1–17 or 59–71',
    'Weekly safety monitoring'
  ])('states no time: %s', (text) => expect(statesTime(text)).toBe(false));

  test.each([
    'ALT/AST above 2 × ULN',
    'a dose of 1×10^14 vg/kg or more',
    'titre below 1:400',
    'Cargo above about 4.7 kb'
  ])('states a threshold: %s', (text) => expect(statesThreshold(text)).toBe(true));

  test.each(['ALT/AST above normal', 'Deletion in exons 1–17 or 59–71', 'HIV-1/HIV-2 and HTLV-1/2'])(
    'states no threshold: %s',
    (text) => expect(statesThreshold(text)).toBe(false)
  );
});

describe('isHighStakes', () => {
  test('an exclusion always is', () => {
    expect(highStakesReasons(rule({ strength: 'exclude', target: { platforms: ['adv'] } }))).toEqual(['exclude']);
  });

  test('a numeric condition is, whatever the wording', () => {
    expect(highStakesReasons(rule({ when: all(eq('target.tissue', 'liver'), ageUnderYears(2)) }))).toEqual([
      'threshold'
    ]);
  });

  test("a medication interval in the rule's action is", () => {
    const r = rule({ action: 'Stop hepatotoxic medicines 4–6 weeks before liver-directed AAV.' });
    expect(highStakesReasons(r)).toEqual(['time']);
  });

  test('a caution without numbers, times or thresholds is not', () => {
    expect(isHighStakes(rule({}))).toBe(false);
  });

  test('a monitoring item or follow-up entry is when its text states a time', () => {
    const m: MonitoringItem = {
      id: 'm',
      platform: 'lv',
      text: 'Blood counts every 3 months.',
      sources: ['s'],
      verified: true
    };
    const f: FollowUp = {
      platform: 'adv',
      years: null,
      text: 'Risk-based; no duration stated.',
      sources: ['s'],
      verified: false
    };
    expect(isHighStakes(m)).toBe(true);
    expect(isHighStakes(f)).toBe(false);
    expect(highStakesStatements({ rules: [rule({})], monitoring: [m], followUp: [f] }).map((s) => s.id)).toEqual(['m']);
  });
});

describe('missingQuotes', () => {
  test('names what is missing: no basis, a basis without its words, a source not read', () => {
    expect(missingQuotes({ sources: ['a'] })).toEqual(['no basis']);
    expect(
      missingQuotes({ sources: ['a', 'b'], basis: [read('a', '4', 'the exact words'), read('b', '5.2')] })
    ).toEqual(['b (5.2) has no quote']);
    expect(missingQuotes({ sources: ['a', 'b'], basis: [read('a', '4', 'the exact words')] })).toEqual(['b not read']);
    expect(isQuoted({ sources: ['a'], basis: [read('a', '4', 'the exact words'), read('a', '5', 'more words')] })).toBe(
      true
    );
  });
});
