/**
 * The summary as a view model: the assessment plus the comparison table, with every cited source
 * numbered in order of first appearance, so screen and print show the same [n] markers and the
 * basis section lists exactly the sources the page cites.
 */
import { hasPlan } from '../engine/has-plan';
import type { Case } from '../case/schema';
import { assessWith, knowledgeRows, type Assessment, type PlatformId, type Statement } from '../engine/browser';
import type { Knowledge } from '../knowledge/compose';
import { PLATFORM_IDS } from '../knowledge/platform-ids';
import type { Source } from '../knowledge/schema';
import { decide, type Decision } from './decision';
import { platformReasons, type PlatformReasons } from './reasons';

export type ComparisonRow = { id: string; label: string; cells: Record<PlatformId, Statement[]> };

const byPlatform = (f: (id: PlatformId) => Statement[]) =>
  Object.fromEntries(PLATFORM_IDS.map((id) => [id, f(id)])) as Record<PlatformId, Statement[]>;

/** The knowledge rows (general properties, tissue fit) and this patient's rows (findings, monitoring, follow-up). */
export function comparisonRows(c: Case, a: Assessment): ComparisonRow[] {
  const pa = (id: PlatformId) => a.platforms.find((p) => p.id === id)!;
  return [
    ...knowledgeRows(c.target.tissue).map((row) => ({ ...row, cells: byPlatform((id) => [row.cells[id]]) })),
    {
      id: 'findings',
      label: 'This patient’s findings',
      cells: byPlatform((id) => {
        const findings = pa(id).findings.filter((f) => f.strength !== 'note');
        return findings.length
          ? findings.map((f) => ({ text: f.text, sources: f.sources, verified: f.verified }))
          : [{ text: 'No patient-specific findings for or against.', sources: [], verified: true }];
      })
    },
    {
      id: 'monitoring',
      label: 'Monitoring',
      cells: byPlatform((id) =>
        a.monitoring[id].map((m) => ({ text: m.text, sources: m.sources, verified: m.verified }))
      )
    },
    {
      id: 'followUp',
      label: 'Long-term follow-up',
      cells: byPlatform((id) => [a.followUp[id]])
    }
  ];
}

/** Numbers each source in the order the page first cites it. */
export function numberSources(groups: { sources: string[] }[][]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const group of groups)
    for (const item of group) for (const id of item.sources) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

export type SummaryView = {
  assessment: Assessment;
  /** The top of the summary: the decision in one screen. */
  decision: Decision;
  comparison: ComparisonRow[];
  /** Each platform's reasons for and against, without general statements a finding restates. */
  reasons: Record<PlatformId, PlatformReasons>;
  numbers: Map<string, number>;
  /** Every cited source, numbered; those with `printed` are cited by the parts of the page that print. */
  basis: (Source & { number: number; printed: boolean })[];
};

/** `k`: the knowledge composed for the case's condition (knowledge/catalogue.ts `loadKnowledge`). */
export function buildSummaryView(k: Knowledge, c: Case): SummaryView {
  const assessment = assessWith(k, c);
  const comparison = comparisonRows(c, assessment);
  const decision = decide(assessment);
  const reasons = Object.fromEntries(
    assessment.platforms.map((p) => [p.id, platformReasons(p)])
  ) as SummaryView['reasons'];
  // Numbered in the order of the page. The printout leaves out the per-platform detail and the product
  // checks (the decision on its first page says what they find), so the sources they alone cite come
  // last and are left out of the printed list.
  const printed = [
    decision.fits.map((f) => f.reason),
    decision.mostSerious ? [decision.mostSerious] : [],
    decision.products.flatMap((p) => [...p.excluded, ...p.before, ...p.later]),
    decision.actions,
    decision.nothingOpen?.otherwise ?? [],
    // The care plans print (their view builds them from the products' timed regimen items).
    assessment.products.filter(hasPlan).flatMap((p) => p.regimen.filter((r) => r.at && r.applies !== 'not_met')),
    decision.monitoring.flatMap((m) => [...(m.first ? [m.first] : []), m.followUp]),
    comparison.flatMap((r) => PLATFORM_IDS.flatMap((id) => r.cells[id])),
    // With products leading, the product fixes the capsid: the capsid list is background, on screen only.
    decision.lead === 'products' ? [] : assessment.serotypes
  ];
  const printedCount = numberSources(printed).size;
  const numbers = numberSources([
    ...printed,
    PLATFORM_IDS.flatMap((id) => [...reasons[id].for, ...reasons[id].against]),
    assessment.platforms.flatMap((p) => p.findings),
    assessment.products.flatMap((p) => [
      ...(p.marketNote ? [p.marketNote] : []),
      ...p.criteria,
      ...p.checks,
      ...p.regimen,
      p
    ])
  ]);
  const basis = [...numbers.entries()].map(([id, number]) => ({
    ...k.sourceById.get(id)!,
    number,
    printed: number <= printedCount
  }));
  return { assessment, decision, comparison, reasons, numbers, basis };
}
