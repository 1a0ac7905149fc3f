/**
 * The change log with the names and citations it needs, read once at build time (the page is prerendered): the
 * browser gets this as data and never loads the product modules for it.
 */
import { products, sources } from '$lib/knowledge';
import { CHANGE_SOURCES, changes } from '$lib/knowledge/changes';

export type CitedSource = { citation: string; kind: string; verified: boolean };

export const load = () => {
  const cited = new Set(changes.flatMap((c) => c.sources));
  const all = [...sources, ...CHANGE_SOURCES].filter((s) => cited.has(s.id));
  return {
    changes,
    names: Object.fromEntries(products.map((p) => [p.id, p.name])) as Record<string, string>,
    sources: Object.fromEntries(
      all.map((s) => [s.id, { citation: s.citation, kind: s.kind, verified: s.verification === 'verified' }])
    ) as Record<string, CitedSource>
  };
};
