/**
 * Label and guideline words quoted both by a platform's monitoring lines (monitoring.ts) and by a product's care
 * plan (products/*.ts): kept once, so the words are the same and a product module does not carry a second copy.
 */
export const ZOLGENSMA_LIVER_3_MONTHS = 'Continue to monitor liver function for at least 3 months after infusion';
export const ZOLGENSMA_LIVER_SCHEDULE =
  'weekly for the first month, and then every other week for the second and third months';
export const ZOLGENSMA_PLATELETS =
  'Monitor platelet counts before ZOLGENSMA infusion, and at least weekly for the first month and then every other week for the second and third month or until platelet counts return to baseline.';
export const ZOLGENSMA_TROPONIN =
  'weekly for the first month, and then monthly for the second and third months until troponin-I level returns to baseline';
export const ZOLGENSMA_TMA_2_WEEKS =
  'Cases of thrombotic microangiopathy (TMA) were reported to occur generally within the first 2 weeks';
export const ELEVIDYS_WEEKLY_2025 = 'weekly liver tests for three months and weekly cardiac checks for one month';
export const RAGNI_ALT = 'Not receiving corticosteroids: monitor weekly until week 26, then every 6-12 mo';
export const RAGNI_FVIII = 'Monitor weekly until week 26, then every 6-12 mo';
export const ROCTAVIAN_HCC = '给药后定期进行肝脏超声检查(例如每年一次)和甲胎蛋白检测';
export const LYFGENIA_BOXED =
  'Monitor patients closely for evidence of malignancy through complete blood counts at least every 6 months and through integration site analysis at Months 6, 12, and as warranted';
export const SKYSONA_CLONAL =
  'Monitor patients through assessments for evidence for clonal expansion or predominance at least twice in the first year and annually thereafter; consider bone marrow evaluations as clinically indicated';
