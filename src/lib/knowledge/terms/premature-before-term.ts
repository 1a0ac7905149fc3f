/** One shared label term (see ./index.ts and docs/eligibility.md); its own module so each product loads only its terms. */
import { all, eq, lt, partlyRecorded, term } from '../build';

/**
 * "Delay ZOLGENSMA infusion until full-term gestational age is reached" (Zolgensma §8.4). The wizard records
 * premature birth (asked under 3 months), not whether full-term age has been reached: born at term, or 3
 * months or older, it does not apply; born premature, it stays unknown until the centre confirms the age.
 */
export const prematureBeforeTerm = term({
  id: 'premature-before-term',
  text: 'Premature, before full-term gestational age',
  needs: 'Whether full-term gestational age is reached',
  candidates: [42],
  test: partlyRecorded(all(lt('patient.ageMonths', 3), eq('patient.premature', 'yes')))
});
