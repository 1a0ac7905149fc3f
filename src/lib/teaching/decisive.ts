/**
 * The findings and label criteria that decide a fit level or a product status: what the reveal of a
 * prediction and the comparison of two cases show as the reason for each difference. Read from the
 * engine's public output only.
 */
import type {
  FactValue,
  Finding,
  Fit,
  PlatformAssessment,
  ProductAssessment,
  Statement,
  Strength,
  Trigger
} from '../engine/types';
import { CRITERION_WORDS } from '../words/assessment';

/** The strength each fit level comes from (engine/fit.ts): the level is the worst strength found. */
const STRENGTH_OF: Record<Fit, Strength | null> = {
  not_advised: 'exclude',
  strong_caution: 'strong_caution',
  caution: 'caution',
  favoured: 'favours',
  possible: null
};
const WORSE_THAN_CAUTION: readonly Strength[] = ['exclude', 'strong_caution'];

/** A finding's weight on its platform's fit: a finding about products only counts as a caution there. */
const weight = (f: Finding): Strength =>
  f.scope === 'product' && WORSE_THAN_CAUTION.includes(f.strength) ? 'caution' : f.strength;

/** A deciding finding or criterion, with the answers that made it so. */
export type Because = Statement & { answers: string };

const valueText = (v: FactValue): string =>
  typeof v === 'string' || typeof v === 'number'
    ? String(v).replace(/_/g, ' ')
    : 'min' in v
      ? `${v.min} to ${v.max}`
      : v.join(', ');
/** The answers that triggered it, as the trace shows them: "Liver fibrosis: cirrhosis". */
const answersOf = (trigger: readonly Trigger[]) => trigger.map((t) => `${t.label}: ${valueText(t.value)}`).join('; ');

/** The findings that set the platform's fit; the engine's own reason when no single finding does. */
export function decidingFindings(p: PlatformAssessment): Because[] {
  const strength = STRENGTH_OF[p.fit];
  const found = strength ? p.findings.filter((f) => weight(f) === strength) : [];
  return found.map((f) => ({ text: f.text, sources: f.sources, verified: f.verified, answers: answersOf(f.trigger) }));
}

/** The label criteria that give a product its status: those not met, else those not known, else none. */
export function decidingCriteria(p: ProductAssessment): Because[] {
  const verdict = p.status === 'not_eligible' ? 'fail' : p.status === 'check_needed' ? 'unknown' : null;
  if (!verdict) return [];
  return p.criteria
    .filter((c) => c.verdict === verdict)
    .map((c) => ({
      text: `${CRITERION_WORDS[c.kind][c.verdict]}: ${c.text}${verdict === 'unknown' ? ` (${c.needs})` : ''}`,
      sources: c.sources,
      verified: c.verified,
      answers: answersOf(c.trigger)
    }));
}
