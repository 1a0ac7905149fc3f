/** Runs every rule against the facts, and decides which outcomes concern which platform. */
import type { Knowledge } from '../knowledge/compose';
import { PLATFORM_IDS, type Rule } from '../knowledge/schema';
import { evaluate, resultOf } from './evaluate';
import type { Facts, PlatformId, RuleOutcome } from './types';

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

export const runRules = (k: Knowledge, facts: Facts): RuleOutcome[] => k.rules.map((r) => runRule(r, facts));

/** Products whose indication matches the patient's; product rules are reported only for these. */
export const relevantProducts = (k: Knowledge, indication: string): string[] =>
  k.products.filter((p) => p.indications.includes(indication)).map((p) => p.id);

/** The platforms a rule concerns for this patient: its target platforms, plus those of its relevant products. */
export function rulePlatforms(k: Knowledge, rule: Rule, relevant: readonly string[]): PlatformId[] {
  const out = new Set<PlatformId>(rule.target.platforms ?? []);
  for (const id of rule.target.products ?? []) {
    const platform = k.productById.get(id)?.platform;
    if (relevant.includes(id) && (platform === 'adv' || platform === 'lv' || platform === 'aav')) out.add(platform);
  }
  return PLATFORM_IDS.filter((p) => out.has(p));
}

export const ruleProducts = (rule: Rule, relevant: readonly string[]): string[] =>
  (rule.target.products ?? []).filter((id) => relevant.includes(id));
