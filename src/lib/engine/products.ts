/** Product checks for the products whose indication matches the patient's. */
import { products } from '../knowledge/products';
import { rules } from '../knowledge/rules';
import type { ProductAssessment, ProductCheck, ProductStatus, RuleOutcome } from './types';

export function statusOf(checks: readonly ProductCheck[]): { status: ProductStatus; statusReason: string } {
  const blocking = (c: ProductCheck) => c.strength === 'exclude';
  const serious = (c: ProductCheck) => c.strength === 'exclude' || c.strength === 'strong_caution';
  const excluded = checks.filter((c) => blocking(c) && c.result === 'met');
  if (excluded.length > 0)
    return { status: 'not_eligible', statusReason: `Not eligible: ${excluded.map((c) => c.text).join(' ')}` };
  const open = checks.filter((c) => serious(c) && (c.result === 'unknown' || (c.result === 'met' && !blocking(c))));
  if (open.length > 0)
    return {
      status: 'check_needed',
      statusReason: `Check needed: ${open.length} eligibility check${open.length > 1 ? 's are' : ' is'} unanswered or raise a strong caution.`
    };
  return { status: 'eligible', statusReason: 'No label exclusion found among the recorded answers.' };
}

export function assessProducts(outcomes: readonly RuleOutcome[], indication: string): ProductAssessment[] {
  const byId = new Map(outcomes.map((o) => [o.ruleId, o]));
  return products
    .filter((p) => p.indications.includes(indication))
    .map((p) => {
      const checks: ProductCheck[] = rules
        .filter((r) => r.target.products?.includes(p.id))
        .map((r) => {
          const o = byId.get(r.id)!;
          return {
            ruleId: r.id,
            result: o.result,
            unknownPaths: o.unknownPaths,
            strength: r.strength,
            text: r.text,
            trigger: o.trigger,
            ...(o.threshold ? { threshold: o.threshold } : {}),
            sources: r.sources,
            verified: r.verified
          };
        });
      const sources = [...new Set([...p.approval.sources, ...p.labelFacts.flatMap((f) => f.sources)])];
      return {
        id: p.id,
        name: p.name,
        platform: p.platform,
        ...(p.serotype ? { serotype: p.serotype } : {}),
        marketStatus: p.status,
        ...statusOf(checks),
        checks,
        sources
      };
    });
}
