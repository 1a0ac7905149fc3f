/**
 * The change log with the product names and citations it needs. The page is prerendered; in the browser this loads
 * the modules of the products the log names (their own sources), never the summary's knowledge. A server load
 * would be simpler, but it would add SvelteKit's server-data code to every page's bundle.
 */
import { CHANGE_SOURCES, changes } from '$lib/knowledge/changes';
import type { Product, SourceData } from '$lib/knowledge/schema';
import { sources } from '$lib/knowledge/sources';

export type CitedSource = { citation: string; verified: boolean };

/** One loader per product module file (products/<id>.ts exports the product whose id is <id>). */
const files = import.meta.glob<Record<string, unknown>>([
  '../../lib/knowledge/products/*.ts',
  '!../../lib/knowledge/products/index.ts',
  '!../../lib/knowledge/products/define.ts',
  '!../../lib/knowledge/products/*.test.ts'
]);
const loaders = new Map(
  Object.entries(files).map(([path, load]) => [path.slice(path.lastIndexOf('/') + 1, -'.ts'.length), load])
);

const isProduct = (x: unknown, id: string): x is Product =>
  typeof x === 'object' && x !== null && (x as { id?: unknown }).id === id;

async function product(id: string): Promise<Product | undefined> {
  const module = await loaders.get(id)?.();
  return Object.values(module ?? {}).find((x): x is Product => isProduct(x, id));
}

export const load = async () => {
  const ids = [...new Set(changes.flatMap((c) => c.products))].filter((id) => loaders.has(id));
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
