/**
 * "What would change the picture": for every rule left unknown, try the possible answers to
 * its missing questions; if some answer makes the rule met, each of those questions could
 * change the assessment. A question is flagged as changing a fit when the rule firing would.
 */
import { criterionVerdict } from '../knowledge/criteria';
import { FACTS, factLabel } from '../knowledge/facts';
import { PLATFORM_IDS } from '../knowledge/platform-ids';
import type { Predicate, Rule } from '../knowledge/schema';
import { resultOf } from './evaluate';
import { fitFrom } from './fit';
import type { Knowledge } from '../knowledge/compose';
import { rulePlatforms, ruleProducts } from './outcomes';
import { statusOf } from './products';
import { platformStrengths } from './strengths';
import type { FactValue, Facts, ProductAssessment, RuleOutcome, UnknownQuestion } from './types';

const MAX_COMBINATIONS = 512;
const FACT_ORDER = new Map(Object.keys(FACTS).map((k, i) => [k, i]));

function numbersIn(c: Predicate, path: string): number[] {
  if ('conditions' in c) return c.conditions.flatMap((x) => numbersIn(x, path));
  if ('condition' in c) return numbersIn(c.condition, path);
  if ('given' in c) return [...numbersIn(c.given, path), ...numbersIn(c.then, path)];
  return c.path === path && typeof c.value === 'number' ? [c.value - 1, c.value, c.value + 1] : [];
}

function candidates(rule: Rule, path: string): FactValue[] {
  const domain = FACTS[path]?.domain;
  if (!domain) return [];
  if (domain.kind === 'enum') return [...domain.values];
  if (domain.kind === 'list') return [[], ...domain.values.map((v) => [v])];
  return [domain.min, domain.max, ...numbersIn(rule.when, path)];
}

/** Facts with some answers filled in, layered over the case's facts without copying them. */
const overlay = (facts: Facts, path: string, value: FactValue): Facts => {
  const out = Object.create(facts) as Record<string, FactValue>;
  out[path] = value;
  return out;
};

/** Is there an answer to the missing questions that makes the rule met? */
export function couldBeMet(rule: Rule, facts: Facts, paths: readonly string[]): boolean {
  const options = paths.map((p) => candidates(rule, p));
  const total = options.reduce((n, o) => n * Math.max(o.length, 1), 1);
  if (total > MAX_COMBINATIONS) {
    // Too many combinations: try one question at a time (may miss rules needing several answers).
    return paths.some((p, i) => options[i]!.some((v) => resultOf(rule.when, overlay(facts, p, v)) === 'met'));
  }
  const search = (i: number, acc: Facts): boolean => {
    if (i === paths.length) return resultOf(rule.when, acc) === 'met';
    return options[i]!.some((v) => search(i + 1, overlay(acc, paths[i]!, v)));
  };
  return search(0, facts);
}

export function unknownQuestions(
  k: Knowledge,
  outcomes: readonly RuleOutcome[],
  facts: Facts,
  relevant: readonly string[],
  productAssessments: readonly ProductAssessment[]
): UnknownQuestion[] {
  const current = platformStrengths(k, outcomes, relevant);
  const byPath = new Map<string, UnknownQuestion>();
  for (const o of outcomes) {
    const rule = k.ruleById.get(o.ruleId)!;
    const platforms = rulePlatforms(k, rule, relevant);
    const products = ruleProducts(rule, relevant);
    if (o.result !== 'unknown' || (platforms.length === 0 && products.length === 0)) continue;
    if (!couldBeMet(rule, facts, o.unknownPaths)) continue;
    const firedOutcomes = outcomes.map((x) => (x === o ? { ...x, result: 'met' as const } : x));
    const fired = platformStrengths(k, firedOutcomes, relevant);
    const changes = platforms.filter((p) => fitFrom(fired[p].strengths) !== fitFrom(current[p].strengths));
    const productChanges = productAssessments
      .filter((p) => products.includes(p.id))
      .filter((p) => {
        const criteria = p.criteria.map((c) => (c.ruleId === rule.id ? { ...c, verdict: criterionVerdict('met') } : c));
        return statusOf(criteria).status !== p.status;
      })
      .map((p) => p.id);
    for (const path of o.unknownPaths) {
      const q = byPath.get(path) ?? { path, label: factLabel(path), rules: [], changesFit: [], changesProducts: [] };
      q.rules.push({ ruleId: rule.id, strength: rule.strength, platforms, products });
      q.changesFit = PLATFORM_IDS.filter((p) => q.changesFit.includes(p) || changes.includes(p));
      q.changesProducts = [...new Set([...q.changesProducts, ...productChanges])];
      byPath.set(path, q);
    }
  }
  return [...byPath.values()].sort(
    (a, b) => (FACT_ORDER.get(a.path) ?? 1e9) - (FACT_ORDER.get(b.path) ?? 1e9) || a.path.localeCompare(b.path)
  );
}
