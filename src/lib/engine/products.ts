/**
 * Product checks for the products whose indication matches the patient's. The status comes
 * from the label criteria alone, three-valued: a criterion that is not answered can never pass.
 */
import { criterionRuleId } from '../knowledge/criteria';
import type { Knowledge } from '../knowledge/compose';
import type { Criterion, Product } from '../knowledge/schema';
import type { CriterionCheck, ProductAssessment, ProductCheck, ProductStatus, RuleOutcome } from './types';

const list = (items: readonly { text: string }[]) =>
  items.map((c) => c.text.charAt(0).toLowerCase() + c.text.slice(1)).join('; ');

export function statusOf(criteria: readonly Pick<CriterionCheck, 'verdict' | 'text'>[]): {
  status: ProductStatus;
  statusReason: string;
} {
  const failed = criteria.filter((c) => c.verdict === 'fail');
  if (failed.length > 0)
    return { status: 'not_eligible', statusReason: `Does not meet the label criteria: ${list(failed)}.` };
  const open = criteria.filter((c) => c.verdict === 'unknown');
  if (open.length > 0)
    return {
      status: 'check_needed',
      statusReason: `Check needed: ${open.length} label criterion${open.length > 1 ? 'a' : ''} cannot yet be confirmed from the recorded answers — ${list(open)}.`
    };
  return {
    status: 'meets_criteria',
    statusReason:
      'Every label criterion checked here is met by a recorded answer. Not a prescription: the treating centre confirms eligibility against the current label.'
  };
}

/** A product that meets its criteria can still carry a strong caution: the status line says so. */
function withCautions(s: ReturnType<typeof statusOf>, checks: readonly ProductCheck[]): ReturnType<typeof statusOf> {
  const serious = checks.filter((c) => c.result === 'met' && c.strength === 'strong_caution');
  if (s.status !== 'meets_criteria' || serious.length === 0) return s;
  return {
    ...s,
    statusReason: `${s.statusReason} But a strong caution applies: ${serious.map((c) => c.text).join(' ')}`
  };
}

function criterionCheck(p: Product, c: Criterion, byId: ReadonlyMap<string, RuleOutcome>): CriterionCheck {
  const ruleId = c.test ? criterionRuleId(p.id, c) : undefined;
  const o = ruleId ? byId.get(ruleId) : undefined;
  // The compiled rule is met when the criterion fails (an inclusion not met, an exclusion that applies).
  const verdict = !o || o.result === 'unknown' ? 'unknown' : o.result === 'met' ? 'fail' : 'pass';
  const quoted = c.basis.find((b) => b.quote);
  return {
    id: c.id,
    ...(ruleId ? { ruleId } : {}),
    kind: c.kind,
    text: c.text,
    verdict,
    needs: c.needs,
    trigger: o?.trigger ?? [],
    unknownPaths: o?.unknownPaths ?? [],
    ...(o?.threshold ? { threshold: o.threshold } : {}),
    ...(quoted?.quote ? { quote: quoted.quote } : {}),
    section: (quoted ?? c.basis[0]!).section,
    sources: [...new Set(c.basis.map((b) => b.source))],
    verified: c.verified
  };
}

export function assessProducts(
  k: Knowledge,
  outcomes: readonly RuleOutcome[],
  indication: string
): ProductAssessment[] {
  const byId = new Map(outcomes.map((o) => [o.ruleId, o]));
  return k.products
    .filter((p) => p.indications.includes(indication))
    .map((p) => {
      const criteria = p.criteria.map((c) => criterionCheck(p, c, byId));
      const checks: ProductCheck[] = k.rules
        .filter((r) => !r.criterion && r.target.products?.includes(p.id))
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
      const regimen = p.regimen.map((r) => ({
        kind: r.kind,
        text: r.text,
        sources: [...new Set(r.basis.map((b) => b.source))],
        verified: r.verified
      }));
      const sources = [
        ...new Set([
          ...p.approval.sources,
          ...p.labelFacts.flatMap((f) => f.sources),
          ...(p.marketNote?.sources ?? []),
          ...criteria.flatMap((c) => c.sources),
          ...regimen.flatMap((r) => r.sources)
        ])
      ];
      return {
        id: p.id,
        name: p.name,
        platform: p.platform,
        ...(p.serotype ? { serotype: p.serotype } : {}),
        marketStatus: p.status,
        ...(p.marketNote ? { marketNote: { ...p.marketNote } } : {}),
        ...withCautions(statusOf(criteria), checks),
        criteria,
        checks,
        regimen,
        facts: [p.approval, ...p.labelFacts].map((f) => ({ text: f.text, sources: f.sources, verified: f.verified })),
        labelChecked: p.labelChecked,
        ...(p.lastChange ? { lastChange: { ...p.lastChange } } : {}),
        sources
      };
    });
}
