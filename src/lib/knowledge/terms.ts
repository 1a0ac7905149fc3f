/**
 * Label terms that several products' labels state: each defined once, as a three-valued predicate over
 * the case's answers ("not known" or unanswered → unknown, never a pass). A product module uses a term
 * with its own label's words: `exclusion(activeInfection, read(source, section, quote))`. The boundary
 * tests of each term are in terms.test.ts; docs/eligibility.md lists them.
 */
import { all, any, eq, given, isIn, lt, not, partlyRecorded } from './build';
import { activeHepatitis } from './conditions';
import type { Condition, Criterion } from './schema';

/** A label term: the words a criterion shows, what answers it, and its test over the facts. */
export type Term = Pick<Criterion, 'id' | 'text' | 'needs' | 'candidates'> & { test: Condition; term: string };
const term = (t: Omit<Term, 'term'>): Term => ({ ...t, term: t.id });

/**
 * "Active infections, either acute or uncontrolled chronic" (Roctavian §4; Hemgenix EU 4.3): an acute
 * infection now, uncontrolled HIV, or active hepatitis B or C. Controlled HIV and past hepatitis do not count.
 */
export const activeInfection: Term = term({
  id: 'active-infection',
  text: 'Active infection, acute or uncontrolled chronic (an acute infection, uncontrolled HIV, or active hepatitis B or C)',
  needs: 'Whether there is an acute infection now, and the HIV, hepatitis B and hepatitis C status',
  candidates: [13],
  test: any(eq('infections.acuteInfection', 'yes'), eq('infections.hiv', 'positive_uncontrolled'), activeHepatitis)
});

/**
 * "Active HIV-1, HIV-2, HBV or HCV" (Casgevy §2.2; the stem-cell products' screening before apheresis):
 * uncontrolled HIV or active hepatitis B or C applies; controlled HIV is unknown (whether the label counts it
 * as active is for the centre), as is a status not known.
 */
export const activeHivHbvHcv: Term = term({
  id: 'active-hiv-hbv-hcv',
  text: 'Active HIV-1, HIV-2, hepatitis B or hepatitis C infection',
  needs: 'The HIV, hepatitis B and hepatitis C status (and for controlled HIV, whether the label counts it as active)',
  candidates: [14, 15],
  test: any(
    given(not(eq('infections.hiv', 'positive_controlled')), eq('infections.hiv', 'positive_uncontrolled')),
    activeHepatitis
  )
});

/** "Pregnancy and breast-feeding" (Zynteglo former EU SmPC 4.3). Asked from 12 to 64 years; outside it, no. */
export const pregnancyOrBreastFeeding: Term = term({
  id: 'pregnancy-or-breast-feeding',
  text: 'Pregnancy or breast-feeding',
  needs: 'Whether the patient is pregnant or breast-feeding',
  candidates: [31],
  test: isIn('patient.pregnancy', ['pregnant', 'breastfeeding'])
});

/** Pregnancy before mobilisation and conditioning: the stem-cell labels ask for a negative pregnancy test. */
export const pregnancyBeforeConditioning: Term = term({
  id: 'pregnancy-before-conditioning',
  text: 'Pregnancy (a negative pregnancy test is needed before mobilisation and before myeloablative conditioning)',
  needs: 'Whether the patient is pregnant (a serum pregnancy test before mobilisation and again before conditioning)',
  candidates: [31],
  test: eq('patient.pregnancy', 'pregnant')
});

/**
 * "Immunocompromised persons, including those receiving immunosuppressant therapy" (Adstiladrin §5.2, §8):
 * a primary immunodeficiency, immunosuppressive treatment, or uncontrolled HIV.
 */
export const immunocompromised: Term = term({
  id: 'immunocompromised',
  text: 'Immunocompromised or immunodeficient (including immunosuppressive treatment)',
  needs: 'Whether there is an immunodeficiency or immunosuppressive treatment, and the HIV status',
  candidates: [18],
  test: any(
    eq('immunity.primaryImmunodeficiency', 'yes'),
    eq('immunity.immunosuppressed', 'yes'),
    eq('infections.hiv', 'positive_uncontrolled')
  )
});

/** "Significant hepatic fibrosis (stage 3 or 4), or cirrhosis" (Roctavian §4); "advanced liver fibrosis" (Hemgenix EU). */
export const advancedFibrosisOrCirrhosis: Term = term({
  id: 'advanced-fibrosis-or-cirrhosis',
  text: 'Advanced liver fibrosis (stage 3 or 4) or cirrhosis',
  needs: 'The liver fibrosis stage (ultrasound and elastography)',
  candidates: [9],
  test: isIn('liver.fibrosis', ['advanced', 'cirrhosis'])
});

/** "without a history of Factor IX inhibitors" (Hemgenix EU 4.1): the wizard asks inhibitors now or in the past. */
export const factorInhibitorHistory: Term = term({
  id: 'factor-inhibitor-history',
  text: 'Factor inhibitors, now or in the past',
  needs: 'Whether the patient has or has had factor inhibitors (an inhibitor titre test)',
  test: eq('condition.factorInhibitors', 'yes')
});

/**
 * "Delay ZOLGENSMA infusion until full-term gestational age is reached" (Zolgensma §8.4). The wizard records
 * premature birth (asked under 3 months), not whether full-term age has been reached: born at term, or 3
 * months or older, it does not apply; born premature, it stays unknown until the centre confirms the age.
 */
export const prematureBeforeTerm: Term = term({
  id: 'premature-before-term',
  text: 'A premature neonate who has not reached full-term gestational age',
  needs: 'Whether the baby has reached full-term gestational age (the wizard records only premature birth)',
  candidates: [42],
  test: partlyRecorded(all(lt('patient.ageMonths', 3), eq('patient.premature', 'yes')))
});

export const TERMS: readonly Term[] = [
  activeInfection,
  activeHivHbvHcv,
  pregnancyOrBreastFeeding,
  pregnancyBeforeConditioning,
  immunocompromised,
  advancedFibrosisOrCirrhosis,
  factorInhibitorHistory,
  prematureBeforeTerm
];
