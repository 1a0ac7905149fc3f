import { describe, expect, test } from 'vitest';
import { TISSUES } from '../case/values';
import { knowledgeRows, reviewIsStale } from './comparison';

describe('comparison table rows', () => {
  test('list the five property rows, then the tissue fit', () => {
    expect(knowledgeRows('liver').map((r) => r.id)).toEqual([
      'integration',
      'capacity',
      'cellCycle',
      'onsetDuration',
      'immunogenicity',
      'tissue'
    ]);
  });

  test.each(TISSUES)('give every cell a citation for the %s target', (tissue) => {
    for (const row of knowledgeRows(tissue))
      for (const cell of Object.values(row.cells)) expect(cell.sources.length).toBeGreaterThan(0);
  });
});

describe('knowledge-base review date', () => {
  test.each([
    ['2026-11-25', '2027-11-25', false],
    ['2026-11-25', '2027-11-26', true],
    ['2026-11-25', '2026-12-01', false]
  ])('reviewed %s, today %s: stale is %s', (reviewed, today, stale) => {
    expect(reviewIsStale(reviewed, today)).toBe(stale);
  });
});
