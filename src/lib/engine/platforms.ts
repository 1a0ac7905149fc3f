/** Per-platform fit, findings and balanced reasons for and against. */
import { platforms as platformData } from '../knowledge/platforms';
import type { Statement } from '../knowledge/schema';
import { directionOf, fitFrom, fitReason } from './fit';
import type { Knowledge } from '../knowledge/compose';
import { rulePlatforms, ruleProducts } from './outcomes';
import type { PlatformStrengths } from './strengths';
import type { Finding, PlatformAssessment, PlatformId, Reason, RuleOutcome, UnknownQuestion } from './types';

export { PLATFORM_IDS } from '../knowledge/schema';

export function findingFor(k: Knowledge, o: RuleOutcome, relevant: readonly string[]): Finding {
  const rule = k.ruleById.get(o.ruleId)!;
  return {
    ruleId: rule.id,
    strength: rule.strength,
    direction: directionOf(rule),
    text: rule.text,
    rationale: rule.rationale,
    trigger: o.trigger,
    ...(o.threshold ? { threshold: o.threshold } : {}),
    sources: rule.sources,
    verified: rule.verified,
    scope: rule.target.platforms?.length ? 'platform' : 'product',
    products: ruleProducts(rule, relevant)
  };
}

const asReason = (s: Statement): Reason => ({ text: s.text, sources: s.sources, verified: s.verified });
const fromFinding = (f: Finding): Reason => ({
  text: f.text,
  sources: f.sources,
  verified: f.verified,
  ruleId: f.ruleId
});

export function assessPlatform(
  k: Knowledge,
  id: PlatformId,
  outcomes: readonly RuleOutcome[],
  relevant: readonly string[],
  strengths: PlatformStrengths[PlatformId],
  unknowns: readonly UnknownQuestion[]
): PlatformAssessment {
  const data = platformData.find((p) => p.id === id)!;
  const findings = outcomes
    .filter((o) => o.result === 'met' && rulePlatforms(k, k.ruleById.get(o.ruleId)!, relevant).includes(id))
    .map((o) => findingFor(k, o, relevant));
  const mine = unknowns.filter((q) => q.rules.some((r) => r.platforms.includes(id)));
  const fit = fitFrom(strengths.strengths);
  const forFindings = findings.filter((f) => f.direction === 'for');
  const againstFindings = findings.filter((f) => f.direction === 'against');
  return {
    id,
    name: data.name,
    fit,
    fitReason: fitReason(fit, {
      for: forFindings.length,
      against: againstFindings.length,
      unknowns: mine.filter((q) => q.changesFit.includes(id)).length,
      productsBlocked: strengths.productsBlocked
    }),
    findings,
    // Patient-specific findings first, then the platform's general strengths and limitations.
    for: [...forFindings.map(fromFinding), ...data.pros.map(asReason)],
    against: [...againstFindings.map(fromFinding), ...data.cons.map(asReason)],
    unknowns: mine
  };
}
