import { describe, expect, test } from 'vitest';
import { patients } from '../knowledge/examples';
import { sourceById } from '../knowledge';
import { reportOf } from '../fixtures/report';
import { numberSources } from './report';

describe('the summary report', () => {
  test.each(patients.map((p) => [p.id, p] as const))('%s: every cited source is numbered and exists', (_, p) => {
    const report = reportOf(p.case);
    const cited = [
      ...report.comparison.flatMap((r) => Object.values(r.cells).flat()),
      ...report.assessment.platforms.flatMap((x) => [...x.for, ...x.against, ...x.findings]),
      ...report.assessment.products.flatMap((x) => x.checks),
      ...report.decision.fits.map((f) => f.reason),
      ...report.decision.products.flatMap((x) => [...x.excluded, ...x.before, ...x.later]),
      ...report.decision.actions,
      ...report.decision.monitoring.flatMap((m) => [...(m.first ? [m.first] : []), m.followUp])
    ].flatMap((c) => c.sources);
    for (const id of cited) {
      expect(report.numbers.has(id), id).toBe(true);
      expect(sourceById.has(id), id).toBe(true);
    }
    expect(report.basis.map((b) => b.number)).toEqual(report.basis.map((_, i) => i + 1));
  });

  test('the comparison table has the nine rows of the design, each with a cell per platform', () => {
    const report = reportOf(patients[0]!.case);
    expect(report.comparison.map((r) => r.id)).toEqual([
      'integration',
      'capacity',
      'cellCycle',
      'onsetDuration',
      'immunogenicity',
      'tissue',
      'findings',
      'monitoring',
      'followUp'
    ]);
    for (const row of report.comparison)
      for (const id of ['adv', 'lv', 'aav'] as const) expect(row.cells[id].length).toBeGreaterThan(0);
  });

  test('sources are numbered in order of first citation, once each', () => {
    const numbers = numberSources([[{ sources: ['b', 'a'] }], [{ sources: ['a', 'c'] }]]);
    expect([...numbers.entries()]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3]
    ]);
  });
});
