/**
 * npm run docs:tables — writes the tables that describe data into the docs, from the data itself: each
 * `<!-- generated:NAME -->` … `<!-- /generated -->` block of README.md and docs/*.md is replaced by TABLES[NAME].
 * `docs-tables.test.ts` fails in `npm test` when a committed block differs from what this script writes, so a
 * table cannot drift from its data. A new column is one entry in a column list.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type { Case } from '../src/lib/case/schema';
import { FIT_WORDS, STATUS_WORDS } from '../src/lib/words/assessment';
import { patients, type ExamplePatient } from '../src/lib/knowledge/examples';
import { knowledgeBase } from '../src/lib/knowledge/compose';
import { JURISDICTIONS } from '../src/lib/knowledge/jurisdiction';
import { products } from '../src/lib/knowledge/products';
import { PLATFORM_IDS, type Product } from '../src/lib/knowledge/schema';
import { PAGES } from '../src/lib/wizard/questions';

type Column<T> = { heading: string; cell: (row: T) => string };

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The files that may hold generated blocks (docs/research holds notes, not docs). */
export const DOC_FILES = [
  'README.md',
  ...readdirSync(`${ROOT}docs`)
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`)
];

const PLATFORM_WORDS: Record<Product['platform'], string> = {
  adv: 'AdV',
  lv: 'LV',
  aav: 'AAV',
  gamma_retroviral: 'γ-retroviral',
  non_viral: 'non-viral'
};
const indicationOptions = PAGES.patient.fields.find((f) => f.id === 'indication');
const conditionWords = (id: string) =>
  (indicationOptions && 'options' in indicationOptions
    ? indicationOptions.options.find((o) => o.value === id)?.label
    : undefined) ?? id;

/** Every statement of a product that can be marked unverified. */
const statements = (p: Product) => [
  ...p.criteria,
  ...p.regimen,
  ...p.labelFacts,
  p.approval,
  ...(p.marketNote ? [p.marketNote] : []),
  ...(p.rules ?? []),
  ...p.warnings
];
/** One column per jurisdiction: whether the product can be had there, as far as it was checked. */
const marketColumns: Column<Product>[] = JURISDICTIONS.map((j) => ({
  heading: j,
  cell: (p) => p.markets?.[j]?.status.replaceAll('_', ' ') ?? '—'
}));

const PRODUCT_COLUMNS: Column<Product>[] = [
  { heading: 'product', cell: (p) => p.name },
  { heading: 'status', cell: (p) => p.status },
  { heading: 'platform', cell: (p) => PLATFORM_WORDS[p.platform] + (p.serotype ? ` (${p.serotype})` : '') },
  { heading: 'condition', cell: (p) => p.indications.map(conditionWords).join('; ') },
  ...marketColumns,
  { heading: 'label criteria', cell: (p) => String(p.criteria.length) },
  { heading: 'checked against', cell: (p) => p.labelChecked.label },
  { heading: 'checked', cell: (p) => p.labelChecked.checked },
  {
    heading: 'unverified statements',
    cell: (p) => {
      const all = statements(p);
      return `${all.filter((s) => !s.verified).length} of ${all.length}`;
    }
  }
];

const fitOf = (p: ExamplePatient) => PLATFORM_IDS.map((id) => FIT_WORDS[p.expected.fit[id]]).join(' / ');
const productsOf = (p: ExamplePatient) =>
  Object.entries(p.expected.products ?? {})
    .map(([id, status]) => `${products.find((x) => x.id === id)?.name ?? id}: ${STATUS_WORDS[status]}`)
    .join('; ') || '—';
const conditionOf = (c: Case) => conditionWords(c.patient.indication);

const PATIENT_COLUMNS: Column<ExamplePatient>[] = [
  { heading: 'example', cell: (p) => `${p.title} (\`${p.id}\`)` },
  { heading: 'condition', cell: (p) => conditionOf(p.case) },
  { heading: 'AdV / LV / AAV', cell: fitOf },
  { heading: 'products', cell: productsOf }
];

const escape = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
export function markdownTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const line = (cells: string[]) => `| ${cells.map(escape).join(' | ')} |`;
  return [
    line(columns.map((c) => c.heading)),
    line(columns.map(() => '---')),
    ...rows.map((r) => line(columns.map((c) => c.cell(r))))
  ].join('\n');
}

export const TABLES: Record<string, () => string> = {
  products: () =>
    `Knowledge base ${knowledgeBase.version} (reviewed ${knowledgeBase.reviewed}): ${products.length} products.\n\n` +
    markdownTable(products, PRODUCT_COLUMNS),
  'example-patients': () =>
    `${patients.length} example patients (\`src/lib/knowledge/examples.ts\`), with the fit the engine must give each ` +
    `platform and each product's status:\n\n${markdownTable(patients, PATIENT_COLUMNS)}`,
  'example-count': () => String(patients.length)
};

const BLOCK = /(<!-- generated:([a-z][a-z-]*) -->)([\s\S]*?)(<!-- \/generated -->)/g;

/** The text with every generated block written anew (an inline block stays inline), formatted as the repository is. */
export async function fill(text: string, file: string): Promise<string> {
  const filled = text.replace(BLOCK, (_all, open: string, name: string, body: string, close: string) => {
    const make = TABLES[name];
    if (!make) throw new Error(`${file}: no generated table is named "${name}" (known: ${Object.keys(TABLES)})`);
    return body.includes('\n') ? `${open}\n\n${make()}\n\n${close}` : `${open}${make()}${close}`;
  });
  const options = (await resolveConfig(`${ROOT}${file}`)) ?? {};
  return format(filled, { ...options, filepath: `${ROOT}${file}` });
}

/** The files whose generated blocks differ from the data (written anew unless `check`). */
export async function update(check: boolean): Promise<string[]> {
  const stale: string[] = [];
  for (const file of DOC_FILES) {
    const text = readFileSync(`${ROOT}${file}`, 'utf8');
    if (!text.includes('<!-- generated:')) continue;
    const filled = await fill(text, file);
    if (filled === text) continue;
    stale.push(file);
    if (!check) writeFileSync(`${ROOT}${file}`, filled);
  }
  return stale;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale = await update(check);
  for (const file of stale) console.log(`${check ? 'out of date' : 'written'}: ${file}`);
  if (check && stale.length) process.exit(1);
}
