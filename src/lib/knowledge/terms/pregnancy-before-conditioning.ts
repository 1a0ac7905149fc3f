/** One shared label term (see ./index.ts and docs/eligibility.md); its own module so each product loads only its terms. */
import { eq, term } from '../build';

/** Pregnancy before mobilisation and conditioning: the stem-cell labels ask for a negative pregnancy test. */
export const pregnancyBeforeConditioning = term({
  id: 'pregnancy-before-conditioning',
  text: 'Pregnancy (a negative pregnancy test is needed before mobilisation and before myeloablative conditioning)',
  needs: 'Whether the patient is pregnant (a serum pregnancy test before mobilisation and again before conditioning)',
  candidates: [31],
  test: eq('patient.pregnancy', 'pregnant')
});
