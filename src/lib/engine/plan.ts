/** Serotypes for the target tissue, medication actions, monitoring and follow-up. */
import { followUp as followUpData, monitoring as monitoringData } from '../knowledge/monitoring';
import { serotypes as serotypeData } from '../knowledge/serotypes';
import { evaluate } from './evaluate';
import type { Knowledge } from '../knowledge/compose';
import { rulePlatforms, ruleProducts } from './outcomes';
import { PLATFORM_IDS } from './platforms';
import type { Assessment, Facts, MedicationAction, RuleOutcome, SerotypeSuggestion } from './types';
import type { MedicineItem } from './medicines';

export function suggestSerotypes(facts: Facts): SerotypeSuggestion[] {
  const tissue = facts['target.tissue'];
  return serotypeData
    .filter((s) => typeof tissue === 'string' && s.tissues.includes(tissue))
    .map((s): SerotypeSuggestion => {
      const result = facts[`aavAntibodies.${s.id}.result`];
      return {
        id: s.id,
        text: s.tropism.text,
        routes: s.routes,
        products: s.products,
        sources: s.tropism.sources,
        verified: s.tropism.verified,
        antibodies: result === 'detected' || result === 'not_detected' ? result : 'unknown',
        usedBefore: evaluate({ op: 'includes', path: 'priorTherapyDetails.aavSerotypes', value: s.id }, facts).result
      };
    });
}

export function medicationActions(
  k: Knowledge,
  outcomes: readonly RuleOutcome[],
  relevant: readonly string[]
): MedicationAction[] {
  return outcomes.flatMap((o) => {
    const rule = k.ruleById.get(o.ruleId)!;
    const platforms = rulePlatforms(k, rule, relevant);
    const products = ruleProducts(rule, relevant);
    if (o.result !== 'met' || !rule.action || (platforms.length === 0 && products.length === 0)) return [];
    return [
      { ruleId: rule.id, text: rule.action, platforms, products, sources: rule.sources, verified: rule.verified }
    ];
  });
}

/**
 * The rules' actions with the interactions of the patient's medicines: an interaction that times a rule's action
 * (`rule`) adds its timing to that action, which is shown once; the others are actions of their own.
 */
export function withMedicineItems(actions: MedicationAction[], items: readonly MedicineItem[]): MedicationAction[] {
  const timed = actions.map((a) => {
    const timings = items.filter((i) => i.rule === a.ruleId && i.timing).map((i) => i.timing!);
    return timings.length ? { ...a, timings } : a;
  });
  const own = items
    .filter((i) => !i.rule || !actions.some((a) => a.ruleId === i.rule))
    .map((i): MedicationAction => ({
      ruleId: `interaction:${i.interactionId}`,
      text: i.text,
      platforms: i.platforms,
      products: i.products,
      sources: i.sources,
      verified: i.verified,
      medicines: i.medicines,
      ...(i.timing ? { timings: [i.timing] } : {})
    }));
  return [...timed, ...own];
}

export function monitoringPlan(facts: Facts): Assessment['monitoring'] {
  const plan: Assessment['monitoring'] = { adv: [], lv: [], aav: [] };
  for (const m of monitoringData) {
    if (m.when && evaluate(m.when, facts).result !== 'met') continue;
    plan[m.platform].push({ id: m.id, text: m.text, sources: m.sources, verified: m.verified });
  }
  return plan;
}

export function followUpPlan(): Assessment['followUp'] {
  const entries = PLATFORM_IDS.map((p) => {
    const f = followUpData.find((x) => x.platform === p)!;
    return [p, { years: f.years, text: f.text, sources: f.sources, verified: f.verified }] as const;
  });
  return Object.fromEntries(entries) as Assessment['followUp'];
}
