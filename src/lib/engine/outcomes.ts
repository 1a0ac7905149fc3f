/** Runs every rule against the facts, and decides which outcomes concern which platform. */
import { products } from '../knowledge/products';
import { rules } from '../knowledge/rules';
import type { Rule } from '../knowledge/schema';
import { evaluate, resultOf } from './evaluate';
import type { Facts, PlatformId, RuleOutcome } from './types';

export const ruleById = new Map(rules.map((r) => [r.id, r]));
const productById = new Map(products.map((p) => [p.id, p]));

export function runRule(rule: Rule, facts: Facts): RuleOutcome {
  // Most rules are not met for a given patient; only met and unknown outcomes need the full trace.
  if (resultOf(rule.when, facts) === 'not_met')
    return { ruleId: rule.id, result: 'not_met', trigger: [], unknownPaths: [] };
  const t = evaluate(rule.when, facts);
  return {
    ruleId: rule.id,
    result: t.result,
    trigger: t.triggers,
    unknownPaths: t.unknownPaths,
    ...(t.thresholds.length > 0 && t.result !== 'unknown' ? { threshold: t.thresholds.join('; ') } : {})
  };
}

export const runRules = (facts: Facts): RuleOutcome[] => rules.map((r) => runRule(r, facts));

/** Products whose indication matches the patient's; product rules are reported only for these. */
export const relevantProducts = (indication: string): string[] =>
  products.filter((p) => p.indications.includes(indication)).map((p) => p.id);

/** The platforms a rule concerns for this patient: its target platforms, plus those of its relevant products. */
export function rulePlatforms(rule: Rule, relevant: readonly string[]): PlatformId[] {
  const out = new Set<PlatformId>(rule.target.platforms ?? []);
  for (const id of rule.target.products ?? []) {
    const platform = productById.get(id)?.platform;
    if (relevant.includes(id) && (platform === 'adv' || platform === 'lv' || platform === 'aav')) out.add(platform);
  }
  return (['adv', 'lv', 'aav'] as const).filter((p) => out.has(p));
}

export const ruleProducts = (rule: Rule, relevant: readonly string[]): string[] =>
  (rule.target.products ?? []).filter((id) => relevant.includes(id));
