/** One shared label term (see ./index.ts and docs/eligibility.md); its own module so each product loads only its terms. */
import { eq, term } from '../build';

/** "without a history of Factor IX inhibitors" (Hemgenix EU 4.1): the wizard asks inhibitors now or in the past. */
export const factorInhibitorHistory = term({
  id: 'factor-inhibitor-history',
  text: 'Factor inhibitors, now or in the past',
  needs: 'Whether the patient has or has had factor inhibitors (an inhibitor titre test)',
  test: eq('condition.factorInhibitors', 'yes')
});
