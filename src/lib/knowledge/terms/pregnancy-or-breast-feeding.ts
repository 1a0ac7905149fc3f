/** One shared label term (see ./index.ts and docs/eligibility.md); its own module so each product loads only its terms. */
import { isIn, term } from '../build';

/** "Pregnancy and breast-feeding" (Zynteglo former EU SmPC 4.3). Asked from 12 to 64 years; outside it, no. */
export const pregnancyOrBreastFeeding = term({
  id: 'pregnancy-or-breast-feeding',
  text: 'Pregnancy or breast-feeding',
  needs: 'Whether the patient is pregnant or breast-feeding',
  candidates: [31],
  test: isIn('patient.pregnancy', ['pregnant', 'breastfeeding'])
});
