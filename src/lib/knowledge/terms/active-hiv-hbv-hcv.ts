/** One shared label term (see ./index.ts and docs/eligibility.md); its own module so each product loads only its terms. */
import { any, eq, given, not, term } from '../build';
import { activeHepatitis } from '../predicates';

/**
 * "Active HIV-1, HIV-2, HBV or HCV" (Casgevy §2.2; the stem-cell products' screening before apheresis):
 * uncontrolled HIV or active hepatitis B or C applies; controlled HIV is unknown (whether the label counts it
 * as active is for the centre), as is a status not known.
 */
export const activeHivHbvHcv = term({
  id: 'active-hiv-hbv-hcv',
  text: 'Active HIV-1, HIV-2, hepatitis B or hepatitis C infection',
  needs: 'The HIV, hepatitis B and hepatitis C status (and for controlled HIV, whether the label counts it as active)',
  candidates: [14, 15],
  test: any(
    given(not(eq('infections.hiv', 'positive_controlled')), eq('infections.hiv', 'positive_uncontrolled')),
    activeHepatitis
  )
});
