/**
 * The change log with the product names and citations it needs. The page is prerendered; in the browser this loads
 * the modules of the products the log names (for their own sources) through the catalogue's loaders, so the build
 * splits the summary's code as before. A server load would be simpler, but it would add SvelteKit's server-data
 * code to every page's bundle.
 */
import { PRODUCT_MODULES } from '$lib/knowledge/catalogue';
import { CHANGE_SOURCES, changes } from '$lib/knowledge/changes';
import type { Product, SourceData } from '$lib/knowledge/schema';
import { sources } from '$lib/knowledge/sources';

export type CitedSource = { citation: string; verified: boolean };

async function product(id: string): Promise<Product | undefined> {
  return PRODUCT_MODULES[id]?.();
}

export const load = async () => {
  const ids = [...new Set(changes.flatMap((c) => c.products))].filter((id) => id in PRODUCT_MODULES);
  const found = (await Promise.all(ids.map(product))).filter((p): p is Product => p !== undefined);
  const cited = new Set(changes.flatMap((c) => c.sources));
  const all: SourceData[] = [...sources, ...CHANGE_SOURCES, ...found.flatMap((p) => p.sources ?? [])];
  return {
    changes,
    names: Object.fromEntries(found.map((p) => [p.id, p.name])) as Record<string, string>,
    sources: Object.fromEntries(
      all
        .filter((s) => cited.has(s.id))
        .map((s) => [s.id, { citation: s.citation, verified: s.verification === 'verified' }])
    ) as Record<string, CitedSource>
  };
};
