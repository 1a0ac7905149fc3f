/** One shared label term (see ./index.ts and docs/eligibility.md); its own module so each product loads only its terms. */
import { any, eq, term } from '../build';

/**
 * "Immunocompromised persons, including those receiving immunosuppressant therapy" (Adstiladrin §5.2, §8):
 * a primary immunodeficiency, immunosuppressive treatment, or uncontrolled HIV.
 */
export const immunocompromised = term({
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
