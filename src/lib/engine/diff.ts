/** What-if: what moved between two assessments of the same patient with one answer changed. */
import { PLATFORM_IDS } from '../knowledge/schema';
import type { Assessment, Fit, PlatformId } from './types';

export type FindingChange = { platform: PlatformId; ruleId: string; text: string };
export type MonitoringChange = { platform: PlatformId; id: string; text: string };
export type AssessmentDiff = {
  fitChanges: { platform: PlatformId; from: Fit; to: Fit }[];
  findingsAdded: FindingChange[];
  findingsRemoved: FindingChange[];
  monitoringAdded: MonitoringChange[];
  monitoringRemoved: MonitoringChange[];
  productChanges: { id: string; from: string | null; to: string | null }[];
};

const minus = <T extends { platform: PlatformId }>(xs: T[], ys: T[], key: (x: T) => string) =>
  xs.filter((x) => !ys.some((y) => y.platform === x.platform && key(y) === key(x)));

export function diffAssessments(a: Assessment, b: Assessment): AssessmentDiff {
  const findings = (x: Assessment): FindingChange[] =>
    x.platforms.flatMap((p) => p.findings.map((f) => ({ platform: p.id, ruleId: f.ruleId, text: f.text })));
  const monitoring = (x: Assessment): MonitoringChange[] =>
    PLATFORM_IDS.flatMap((p) => x.monitoring[p].map((m) => ({ platform: p, id: m.id, text: m.text })));
  const fitChanges = a.platforms.flatMap((p) => {
    const to = b.platforms.find((q) => q.id === p.id)?.fit;
    return to && to !== p.fit ? [{ platform: p.id, from: p.fit, to }] : [];
  });
  const productIds = [...new Set([...a.products, ...b.products].map((p) => p.id))];
  const statusIn = (x: Assessment, id: string) => x.products.find((p) => p.id === id)?.status ?? null;
  return {
    fitChanges,
    findingsAdded: minus(findings(b), findings(a), (f) => f.ruleId),
    findingsRemoved: minus(findings(a), findings(b), (f) => f.ruleId),
    monitoringAdded: minus(monitoring(b), monitoring(a), (m) => m.id),
    monitoringRemoved: minus(monitoring(a), monitoring(b), (m) => m.id),
    productChanges: productIds
      .map((id) => ({ id, from: statusIn(a, id), to: statusIn(b, id) }))
      .filter((c) => c.from !== c.to)
  };
}
