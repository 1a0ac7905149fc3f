/** One shared label term (see ./index.ts and docs/eligibility.md); its own module so each product loads only its terms. */
import { isIn, term } from '../build';

/** "Significant hepatic fibrosis (stage 3 or 4), or cirrhosis" (Roctavian §4); "advanced liver fibrosis" (Hemgenix EU). */
export const advancedFibrosisOrCirrhosis = term({
  id: 'advanced-fibrosis-or-cirrhosis',
  text: 'Advanced liver fibrosis (stage 3 or 4) or cirrhosis',
  needs: 'The liver fibrosis stage (ultrasound and elastography)',
  candidates: [9],
  test: isIn('liver.fibrosis', ['advanced', 'cirrhosis'])
});
