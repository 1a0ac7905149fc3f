/** One shared label term (see ./index.ts and docs/eligibility.md); its own module so each product loads only its terms. */
import { any, eq, term } from '../build';
import { activeHepatitis } from '../predicates';

/**
 * "Active infections, either acute or uncontrolled chronic" (Roctavian §4; Hemgenix EU 4.3): an acute
 * infection now, uncontrolled HIV, or active hepatitis B or C. Controlled HIV and past hepatitis do not count.
 */
export const activeInfection = term({
  id: 'active-infection',
  text: 'Active infection, acute or uncontrolled chronic (an acute infection, uncontrolled HIV, or active hepatitis B or C)',
  needs: 'Whether there is an acute infection now, and the HIV, hepatitis B and hepatitis C status',
  candidates: [13],
  test: any(eq('infections.acuteInfection', 'yes'), eq('infections.hiv', 'positive_uncontrolled'), activeHepatitis)
});
