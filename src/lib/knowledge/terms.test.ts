/**
 * The shared label terms, each from its label's words: answers inside the term (met), outside it (not met)
 * and not known (unknown, never a negative). The products that state a term are tested in
 * products/criteria.test.ts; here the term itself, once.
 */
import { describe, expect, test } from 'vitest';
import { evaluate } from '../engine/evaluate';
import { extractFacts } from '../engine/facts';
import type { Result } from '../engine/types';
import { patch, quietAdult, type Patch } from '../fixtures/build';
import { parseCase } from '../case/parse';
import * as terms from './terms';
import type { Term } from './terms';

const inf = (infections: Patch): Patch => ({ infections });
const imm = (immunity: Patch): Patch => ({ immunity });
const baby = (ageMonths: number, premature: string): Patch => ({
  patient: { ageUnit: 'months', ageMonths, ageYears: undefined, pregnancy: undefined, premature }
});

function resultOf(term: Term, p: Patch): Result {
  const c = patch(quietAdult, p);
  expect(parseCase(c).ok, 'the test case is a valid case').toBe(true);
  return evaluate(term.test, extractFacts(c)).result;
}

type Row = { term: Term; label: string; met: Patch[]; notMet: Patch[]; unknown: Patch[] };

const rows: Row[] = [
  {
    term: terms.activeInfection,
    label: 'Active infections, either acute or uncontrolled chronic (Roctavian §4; Hemgenix EU)',
    met: [
      inf({ acuteInfection: 'yes' }),
      inf({ hiv: 'positive_uncontrolled' }),
      inf({ hbv: 'active' }),
      inf({ hcv: 'active' }),
      inf({ acuteInfection: 'not_known', hbv: 'active' })
    ],
    notMet: [{}, inf({ hiv: 'positive_controlled' }), inf({ hbv: 'past', hcv: 'past' })],
    unknown: [inf({ acuteInfection: 'not_known' }), inf({ hiv: 'not_known' }), inf({ hbv: 'not_known' })]
  },
  {
    term: terms.activeHivHbvHcv,
    label: 'should not be used in patients with active HIV-1, HIV-2, HBV or HCV (Casgevy §2.2)',
    met: [inf({ hiv: 'positive_uncontrolled' }), inf({ hbv: 'active' }), inf({ hcv: 'active' })],
    notMet: [{}, inf({ hbv: 'past', hcv: 'past' })],
    unknown: [inf({ hiv: 'positive_controlled' }), inf({ hiv: 'not_known' }), inf({ hcv: 'not_known' })]
  },
  {
    term: terms.pregnancyOrBreastFeeding,
    label: 'Contraindications … Pregnancy and breast-feeding (Zynteglo former EU SmPC 4.3)',
    met: [{ patient: { pregnancy: 'pregnant' } }, { patient: { pregnancy: 'breastfeeding' } }],
    notMet: [{ patient: { pregnancy: 'no' } }, { patient: { ageYears: 70, pregnancy: undefined } }],
    unknown: [{ patient: { pregnancy: 'not_known' } }]
  },
  {
    term: terms.pregnancyBeforeConditioning,
    label: 'Ensure a negative serum pregnancy test before mobilization and … before … conditioning',
    met: [{ patient: { pregnancy: 'pregnant' } }],
    notMet: [{ patient: { pregnancy: 'no' } }, { patient: { pregnancy: 'breastfeeding' } }],
    unknown: [{ patient: { pregnancy: 'not_known' } }]
  },
  {
    term: terms.immunocompromised,
    label: 'Immunocompromised persons, including those receiving immunosuppressant therapy (Adstiladrin)',
    met: [
      imm({ immunosuppressed: 'yes' }),
      imm({ primaryImmunodeficiency: 'yes' }),
      inf({ hiv: 'positive_uncontrolled' })
    ],
    notMet: [{}, inf({ hiv: 'positive_controlled' })],
    unknown: [imm({ immunosuppressed: 'not_known' }), imm({ primaryImmunodeficiency: 'not_known' })]
  },
  {
    term: terms.advancedFibrosisOrCirrhosis,
    label: 'Known significant hepatic fibrosis (stage 3 or 4), or cirrhosis (Roctavian §4)',
    met: [{ liver: { fibrosis: 'advanced' } }, { liver: { fibrosis: 'cirrhosis' } }],
    notMet: [{ liver: { fibrosis: 'none_or_mild' } }],
    unknown: [{ liver: { fibrosis: 'not_known' } }]
  },
  {
    term: terms.factorInhibitorHistory,
    label: 'without a history of Factor IX inhibitors (Hemgenix EU 4.1)',
    met: [{ patient: { indication: 'haemophilia_b' }, condition: { factorInhibitors: 'yes' } }],
    notMet: [{ patient: { indication: 'haemophilia_b' }, condition: { factorInhibitors: 'no' } }],
    unknown: [{ patient: { indication: 'haemophilia_b' }, condition: { factorInhibitors: 'not_known' } }]
  },
  {
    term: terms.prematureBeforeTerm,
    label: 'Delay ZOLGENSMA infusion until full-term gestational age is reached (§8.4)',
    // Born premature: whether full term is reached is not recorded, so it can never be "does not apply".
    met: [],
    notMet: [baby(0, 'no'), baby(2, 'no'), { patient: { ageYears: 2 } }],
    unknown: [baby(0, 'yes'), baby(2, 'yes'), baby(1, 'not_known')]
  }
];

describe('shared label terms, from the labels’ words', () => {
  const cases = rows.flatMap((r) =>
    (['met', 'notMet', 'unknown'] as const).flatMap((want) =>
      r[want].map((p, i) => [`${r.term.id} · ${want} #${i + 1} — ${r.label}`, r.term, p, want] as const)
    )
  );
  const RESULT = { met: 'met', notMet: 'not_met', unknown: 'unknown' } as const;
  test.each(cases)('%s', (_name, term, p, want) => {
    expect(resultOf(term, p)).toBe(RESULT[want]);
  });

  test('every term has a row, and its id is its term', () => {
    expect(terms.TERMS.map((t) => t.id).sort()).toEqual(rows.map((r) => r.term.id).sort());
    expect(terms.TERMS.every((t) => t.term === t.id)).toBe(true);
  });
});
