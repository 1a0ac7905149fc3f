import { describe, expect, test } from 'vitest';
import { patients } from '../knowledge/examples';
import { sourceById } from '../knowledge';
import { summaryViewOf } from '../fixtures/summary-view';
import { numberSources } from './view';

describe('the summary view', () => {
  test.each(patients.map((p) => [p.id, p] as const))('%s: every cited source is numbered and exists', (_, p) => {
    const view = summaryViewOf(p.case);
    const cited = [
      ...view.comparison.flatMap((r) => Object.values(r.cells).flat()),
      ...view.assessment.platforms.flatMap((x) => [...x.for, ...x.against, ...x.findings]),
      ...view.assessment.products.flatMap((x) => x.checks),
      ...view.decision.fits.map((f) => f.reason),
      ...view.decision.products.flatMap((x) => [...x.excluded, ...x.before, ...x.later]),
      ...view.decision.actions,
      ...view.decision.monitoring.flatMap((m) => [...(m.first ? [m.first] : []), m.followUp])
    ].flatMap((c) => c.sources);
    for (const id of cited) {
      expect(view.numbers.has(id), id).toBe(true);
      expect(sourceById.has(id), id).toBe(true);
    }
    expect(view.basis.map((b) => b.number)).toEqual(view.basis.map((_, i) => i + 1));
  });

  test('the comparison table has the nine rows of the design, each with a cell per platform', () => {
    const view = summaryViewOf(patients[0]!.case);
    expect(view.comparison.map((r) => r.id)).toEqual([
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
    for (const row of view.comparison)
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
