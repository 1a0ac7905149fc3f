/**
 * US or EU labels: the status follows the chosen jurisdiction's criteria; where the other differs the product
 * says so in one line; a product not authorised or withdrawn where the labels were chosen says so first.
 */
import { describe, expect, test } from 'vitest';
import { patch, quietAdult, type Patch } from '../fixtures/build';
import { toTextReport } from './output';
import { fullKnowledge } from '../knowledge';
import { assess } from '.';

const product = (id: string, indication: string, jurisdiction: 'US' | 'EU', p: Patch = {}) => {
  const a = assess(patch(patch(quietAdult, { patient: { indication, jurisdiction } }), p));
  return a.products.find((x) => x.id === id)!;
};
const fibrosis: Patch = { liver: { fibrosis: 'advanced' } };

describe('the labels that apply', () => {
  test('Hemgenix with advanced fibrosis: contraindicated under the EU label only, and the US check says so', () => {
    const us = product('hemgenix', 'haemophilia_b', 'US', fibrosis);
    expect(us.criteria.map((c) => c.id)).not.toContain('advanced-fibrosis-or-cirrhosis');
    expect(us.status).not.toBe('not_eligible');
    expect(us.elsewhere).toBe('In the EU: contraindicated — advanced liver fibrosis (stage 3 or 4) or cirrhosis.');
    const eu = product('hemgenix', 'haemophilia_b', 'EU', fibrosis);
    expect(eu.status).toBe('not_eligible');
    expect(eu.elsewhere).toBe('In the US: meets the label criteria checked here.');
  });

  test('Hemgenix with factor IX inhibitors: EU contraindicated; US check needed on the selection test', () => {
    const inhibitors: Patch = { condition: { factorInhibitors: 'yes' } };
    expect(product('hemgenix', 'haemophilia_b', 'EU', inhibitors).status).toBe('not_eligible');
    const us = product('hemgenix', 'haemophilia_b', 'US', inhibitors);
    expect(us.status).toBe('check_needed');
    expect(us.elsewhere).toBe('In the EU: contraindicated — factor inhibitors, now or in the past.');
  });

  test('a jurisdiction-only exclusion does not rule out the platform under the other labels', () => {
    const a = assess(
      patch(patch(quietAdult, { patient: { indication: 'haemophilia_b', jurisdiction: 'US' } }), fibrosis)
    );
    expect(a.rules.some((o) => o.ruleId === 'hemgenix-excludes-advanced-fibrosis-or-cirrhosis')).toBe(false);
  });

  test('Zynteglo: withdrawn in the EU, said first; the US check names the EU', () => {
    const eu = product('zynteglo', 'tdt', 'EU');
    expect(eu.availability?.status).toBe('withdrawn');
    expect(eu.statusReason.startsWith('Authorisation withdrawn in the EU.')).toBe(true);
    expect(product('zynteglo', 'tdt', 'US').elsewhere).toBe('In the EU: authorisation withdrawn.');
  });

  test('Strimvelis is not authorised in the US; an unchecked EU authorisation is said, not assumed', () => {
    expect(product('strimvelis', 'ada_scid', 'US').availability?.status).toBe('not_authorised');
    expect(product('strimvelis', 'ada_scid', 'EU').availability).toBeUndefined();
    expect(product('lyfgenia', 'scd', 'EU').availability?.status).toBe('not_checked');
    expect(product('hemgenix', 'haemophilia_b', 'EU').availability).toBeUndefined();
  });

  test('a case without a choice reads as US', () => {
    const { jurisdiction: _, ...patient } = {
      ...quietAdult.patient,
      indication: 'haemophilia_b' as const,
      jurisdiction: 'EU'
    };
    const a = assess({ ...quietAdult, patient, liver: { ...quietAdult.liver, fibrosis: 'advanced' } });
    expect(a.products.find((p) => p.id === 'hemgenix')!.jurisdiction).toBe('US');
  });
});

describe('one vocabulary for criterion results', () => {
  test('the text report says an exclusion that does not apply "does not apply", never "met"', () => {
    const c = patch(quietAdult, { patient: { indication: 'haemophilia_a' } });
    const text = toTextReport(assess(c), fullKnowledge);
    expect(text).toContain('[Does not apply] Exclusion: Active infection, acute or uncontrolled chronic');
    expect(text).toContain('[Met] Criterion: 18 years of age or older (adults)');
    expect(text).not.toMatch(/\[met\] exclusion/i);
    const hiv = patch(c, { infections: { hiv: 'positive_uncontrolled' } });
    expect(toTextReport(assess(hiv), fullKnowledge)).toContain(
      '[APPLIES] Exclusion: Active infection, acute or uncontrolled chronic'
    );
  });
});
