/**
 * The rows of the summary's comparison table that come from the knowledge base: the general
 * properties of each platform and how it fits the target tissue, each cell with its citations.
 * The patient-specific rows (findings, monitoring, follow-up) come from the assessment.
 */
import { platforms } from '../knowledge/platforms';
import type { Statement } from '../knowledge/schema';
import { tissues } from '../knowledge/tissues';
import type { PlatformId } from './types';

/** A row of the knowledge: one statement per platform (the summary's `ComparisonRow` holds a list per platform). */
export type KnowledgeRow = { id: string; label: string; cells: Record<PlatformId, Statement> };

const PROPERTY_ROWS = [
  ['integration', 'Integration and genotoxicity'],
  ['capacity', 'Packaging capacity'],
  ['cellCycle', 'Dividing and non-dividing cells'],
  ['onsetDuration', 'Onset and duration of expression'],
  ['immunogenicity', 'Immunogenicity and pre-existing immunity']
] as const;

const byId = (id: PlatformId) => platforms.find((p) => p.id === id)!;

export function knowledgeRows(tissue: string): KnowledgeRow[] {
  const rows: KnowledgeRow[] = PROPERTY_ROWS.map(([key, label]) => ({
    id: key,
    label,
    cells: { adv: byId('adv').properties[key], lv: byId('lv').properties[key], aav: byId('aav').properties[key] }
  }));
  const t = tissues.find((x) => x.id === tissue);
  if (t) rows.push({ id: 'tissue', label: `Fit for the target: ${t.name.toLowerCase()}`, cells: t.platforms });
  return rows;
}

/** Whether the knowledge base's review date is more than a year before `today` (YYYY-MM-DD). */
export function reviewIsStale(reviewed: string, today: string): boolean {
  const [y, m, d] = reviewed.split('-').map(Number) as [number, number, number];
  const due = `${String(y + 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return today > due;
}
