/**
 * Each product's label criteria become rules (strength exclude, targeting the product), so the
 * engine's one evaluator, trace, unknowns and what-if serve them too. An inclusion rule is met
 * when the inclusion is NOT met; an exclusion rule when the exclusion applies (criterionVerdict turns it back). A criterion the
 * tool does not ask (no `test`) has no rule: it stays unknown and is checked at the centre.
 */
import { not } from './build';
import type { Criterion, Product, Rule } from './schema';
import type { Jurisdiction } from './jurisdiction';

export const criterionRuleId = (product: string, c: Pick<Criterion, 'id' | 'kind'>): string =>
  `${product}-${c.kind === 'inclusion' ? 'needs' : 'excludes'}-${c.id}`;

/**
 * The one place the polarity is turned back: the compiled rule is met when the criterion fails (an
 * inclusion not met, an exclusion that applies), so met → fail, not met → pass, unknown or no rule → unknown.
 */
export const criterionVerdict = (ruleResult: 'met' | 'not_met' | 'unknown' | undefined): 'pass' | 'fail' | 'unknown' =>
  ruleResult === 'met' ? 'fail' : ruleResult === 'not_met' ? 'pass' : 'unknown';

export function criterionRule(p: Product, c: Criterion): Rule | undefined {
  if (!c.test) return undefined;
  const quoted = c.basis.find((b) => b.quote)?.quote;
  return {
    id: criterionRuleId(p.id, c),
    candidates: c.candidates ?? [],
    strength: 'exclude',
    target: { products: [p.id] },
    when: c.kind === 'inclusion' ? not(c.test) : c.test,
    text:
      c.kind === 'inclusion'
        ? `${p.name}: the label criterion "${c.text}" is not met.`
        : `${p.name}: the label excludes it — ${c.text.charAt(0).toLowerCase()}${c.text.slice(1)}.`,
    rationale: quoted ? `The label: "${quoted}"` : `${p.name} label criterion (wording not read: check the label).`,
    sources: [...new Set(c.basis.map((b) => b.source))],
    verified: c.verified,
    note: `Label ${c.kind} criterion of ${p.name} (knowledge/products/).`,
    criterion: { product: p.id, id: c.id, kind: c.kind, ...(c.jurisdiction ? { jurisdiction: c.jurisdiction } : {}) },
    // The criterion's own basis: the rule rests on the same words, read in the same place.
    basis: c.basis
  };
}

/** Whether a rule holds under the chosen labels: a criterion of the other jurisdiction's label does not. */
export const ruleApplies = (r: Pick<Rule, 'criterion'>, jurisdiction: Jurisdiction): boolean =>
  !r.criterion?.jurisdiction || r.criterion.jurisdiction === jurisdiction;

export const criterionRules = (products: readonly Product[]): Rule[] =>
  products.flatMap((p) => p.criteria.flatMap((c) => criterionRule(p, c) ?? []));
