/**
 * Reasons for and against each platform without repeats: when a finding for this patient restates
 * one of the platform's general strengths or limitations (for example "Systemic adenovirus:
 * dose-dependent cytokine storm" and the general "Systemic high doses cause dose-dependent cytokine
 * toxicity"), the summary shows the finding and leaves the general statement out.
 */
import type { PlatformAssessment, Reason } from '../engine';

/** Rule → the general statements (exact text in knowledge/platforms.ts) its finding restates. */
export const RESTATES: Record<string, readonly string[]> = {
  'systemic-adv': ['Systemic high doses cause dose-dependent cytokine toxicity (a death in 1999).'],
  'durable-goal-adv': ['Expression is short-term, so it does not suit durable correction.'],
  'ex-vivo-cells-adv': ['Expression is short-term, so it does not suit durable correction.'],
  'cns-adv': ['Expression is short-term, so it does not suit durable correction.'],
  'transient-goal-adv': [
    'High-level, short-lived expression suits tumour, vaccine and intravesical uses (Adstiladrin).'
  ],
  'ex-vivo-cells-lv': ['Integrates, so expression passes to the progeny of transduced stem cells.'],
  'cargo-over-aav': ['Small capacity (about 4.7 kb).'],
  'liver-aav': ['Capsids with tissue tropism (liver, CNS, retina, muscle) and several approved products.'],
  'cns-aav': ['Capsids with tissue tropism (liver, CNS, retina, muscle) and several approved products.'],
  'muscle-aav': ['Capsids with tissue tropism (liver, CNS, retina, muscle) and several approved products.'],
  'retina-aav': ['Capsids with tissue tropism (liver, CNS, retina, muscle) and several approved products.']
};

export type PlatformReasons = { for: Reason[]; against: Reason[] };

/** The platform's reasons, with the general statements that one of its findings restates left out. */
export function platformReasons(p: PlatformAssessment): PlatformReasons {
  const restated = new Set(p.findings.flatMap((f) => RESTATES[f.ruleId] ?? []));
  const keep = (r: Reason) => r.ruleId !== undefined || !restated.has(r.text);
  return { for: p.for.filter(keep), against: p.against.filter(keep) };
}
