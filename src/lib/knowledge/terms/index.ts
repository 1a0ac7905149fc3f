/**
 * Label terms that several products' labels state: each defined once, as a three-valued predicate over
 * the case's answers ("not known" or unanswered → unknown, never a pass). A product module uses a term
 * with its own label's words: `exclusion(activeInfection, read(source, section, quote))`. The boundary
 * tests of each term are in terms.test.ts; docs/eligibility.md lists them.
 */
export type { Term } from './term';
import { activeInfection } from './active-infection';
import { activeHivHbvHcv } from './active-hiv-hbv-hcv';
import { pregnancyOrBreastFeeding } from './pregnancy-or-breast-feeding';
import { pregnancyBeforeConditioning } from './pregnancy-before-conditioning';
import { immunocompromised } from './immunocompromised';
import { advancedFibrosisOrCirrhosis } from './advanced-fibrosis-or-cirrhosis';
import { factorInhibitorHistory } from './factor-inhibitor-history';
import { prematureBeforeTerm } from './premature-before-term';

export {
  activeInfection,
  activeHivHbvHcv,
  pregnancyOrBreastFeeding,
  pregnancyBeforeConditioning,
  immunocompromised,
  advancedFibrosisOrCirrhosis,
  factorInhibitorHistory,
  prematureBeforeTerm
};

export const TERMS = [
  activeInfection,
  activeHivHbvHcv,
  pregnancyOrBreastFeeding,
  pregnancyBeforeConditioning,
  immunocompromised,
  advancedFibrosisOrCirrhosis,
  factorInhibitorHistory,
  prematureBeforeTerm
] as const;
