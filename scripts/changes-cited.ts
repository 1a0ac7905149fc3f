/**
 * npm run changes:cited — writes src/lib/knowledge/changes-cited.json: the change log (knowledge/changes.ts) with
 * each date in words, and the product names and citations it shows, read from the whole knowledge base. The /changes page imports that file
 * instead of the product modules, so the summary's code is split as before and the page stays small.
 * scripts/changes-cited.test.ts fails when the file is out of date: run this script after editing the log or a
 * source it cites.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { products, sources } from '../src/lib/knowledge';
import { CHANGE_SOURCES, changes } from '../src/lib/knowledge/changes';
import type { ShownChange } from '../src/lib/knowledge/changes-view';
import { shownChange } from '../src/lib/knowledge/dates';

export const OUT = fileURLToPath(new URL('../src/lib/knowledge/changes-cited.json', import.meta.url));

export type ChangesCited = {
  changes: ShownChange[];
  names: Record<string, string>;
  sources: Record<string, { citation: string; verified: boolean }>;
};

export function changesCited(): ChangesCited {
  const named = new Set(changes.flatMap((c) => c.products));
  const cited = new Set(changes.flatMap((c) => c.sources));
  const all = [...sources, ...CHANGE_SOURCES].filter((s) => cited.has(s.id));
  return {
    changes: changes.map(shownChange),
    names: Object.fromEntries(products.filter((p) => named.has(p.id)).map((p) => [p.id, p.name])),
    sources: Object.fromEntries(
      all
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((s) => [s.id, { citation: s.citation, verified: s.verification === 'verified' }])
    )
  };
}

export const changesCitedJson = (): string => `${JSON.stringify(changesCited(), null, 2)}\n`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(OUT, changesCitedJson());
  process.stdout.write(`Wrote ${OUT}\n`);
}
