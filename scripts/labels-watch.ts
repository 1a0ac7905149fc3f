/**
 * npm run labels:watch — for maintainers: which US labels changed since this knowledge base read them.
 * For each product whose module records a DailyMed set id (`setId`), asks DailyMed's SPL web service for the
 * label's version history and prints the versions published after the product's `labelChecked.checked` date:
 * what to re-read. A product without a set id is named, so that one can be looked up and added.
 *
 * It needs the internet only when a maintainer runs it; the app itself never calls out. The fetch function is
 * injected, so the tests run offline against recorded responses (scripts/fixtures/dailymed/).
 * Exit codes: 0 nothing new, 1 a label to re-read, 2 a request or response failed.
 *
 * Endpoint (DailyMed web services v2, "/spls/{SETID}/history"): JSON with `metadata` (paging, values as strings,
 * "null" when absent) and a list of `{ spl_version, published_date }` with dates like "Sep 26, 2012".
 */
import { pathToFileURL } from 'node:url';
import type { Product } from '../src/lib/knowledge/schema';

export const HISTORY_URL = (setId: string, page = 1) =>
  `https://dailymed.nlm.nih.gov/dailymed/services/v2/spls/${setId}/history.json?pagesize=100&page=${page}`;

export type Version = { version: number; published: string };
export type Watched = Pick<Product, 'id' | 'name' | 'setId' | 'labelChecked'>;
export type Finding =
  | { product: string; name: string; status: 'no_set_id' }
  | { product: string; name: string; status: 'unchanged'; checked: string; latest?: Version }
  | { product: string; name: string; status: 'changed'; checked: string; setId: string; newer: Version[] }
  | { product: string; name: string; status: 'error'; setId: string; message: string };

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

const MONTHS: Record<string, string> = {
  Jan: '01', Feb: '02', Mar: '03', Apr: '04', May: '05', Jun: '06',
  Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12'
}; // prettier-ignore

/** "Sep 26, 2012" (DailyMed's published_date) → "2012-09-26"; undefined when it is not such a date. */
export function publishedToIso(published: string): string | undefined {
  const m = /^([A-Z][a-z]{2})[a-z]*\.? (\d{1,2}), (\d{4})$/.exec(published.trim());
  const month = m && MONTHS[m[1]!];
  return m && month ? `${m[3]}-${month}-${m[2]!.padStart(2, '0')}` : undefined;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** The versions in one page of a history response, and whether another page follows. */
export function parseHistory(body: unknown): { versions: Version[]; more: boolean } {
  if (!isRecord(body) || !Array.isArray(body.data)) throw new Error('not a DailyMed history response (no data list)');
  const versions = body.data.map((entry) => {
    const published = isRecord(entry) ? publishedToIso(String(entry.published_date ?? '')) : undefined;
    const version = isRecord(entry) ? Number(entry.spl_version) : NaN;
    if (!published || !Number.isInteger(version)) throw new Error(`unreadable history entry: ${JSON.stringify(entry)}`);
    return { version, published };
  });
  const next = isRecord(body.metadata) ? body.metadata.next_page_url : undefined;
  return { versions, more: typeof next === 'string' && next !== 'null' && next !== '' };
}

/** Every version of the label with this set id, newest first (at most 10 pages). */
export async function history(setId: string, fetchFn: Fetch): Promise<Version[]> {
  const all: Version[] = [];
  for (let page = 1; page <= 10; page++) {
    const res = await fetchFn(HISTORY_URL(setId, page));
    if (!res.ok) throw new Error(`DailyMed answered HTTP ${res.status}`);
    const { versions, more } = parseHistory(await res.json());
    all.push(...versions);
    if (!more) break;
  }
  return all.sort((a, b) => b.published.localeCompare(a.published) || b.version - a.version);
}

/** What each product's label did since it was checked: no set id, unchanged, changed (with the newer versions), error. */
export async function watchLabels(products: readonly Watched[], fetchFn: Fetch): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const p of products) {
    const base = { product: p.id, name: p.name };
    if (!p.setId) {
      findings.push({ ...base, status: 'no_set_id' });
      continue;
    }
    try {
      const versions = await history(p.setId, fetchFn);
      const checked = p.labelChecked.checked;
      // A version published on the day it was checked may not have been the one read: count it as newer.
      const newer = versions.filter((v) => v.published >= checked);
      findings.push(
        newer.length
          ? { ...base, status: 'changed', checked, setId: p.setId, newer }
          : { ...base, status: 'unchanged', checked, ...(versions[0] ? { latest: versions[0] } : {}) }
      );
    } catch (e) {
      findings.push({ ...base, status: 'error', setId: p.setId, message: e instanceof Error ? e.message : String(e) });
    }
  }
  return findings;
}

const label = (setId: string) => `https://dailymed.nlm.nih.gov/dailymed/drugInfoSetid.cfm?setid=${setId}`;

/** The report a maintainer reads: what to re-read first, then what is unchanged, then what could not be asked. */
export function formatReport(findings: readonly Finding[]): string {
  const lines: string[] = [];
  const of = <S extends Finding['status']>(s: S) =>
    findings.filter((f): f is Extract<Finding, { status: S }> => f.status === s);
  const changed = of('changed');
  lines.push(
    changed.length
      ? `Re-read ${changed.length} label${changed.length === 1 ? '' : 's'}:`
      : 'No label changed since it was checked.'
  );
  for (const f of changed) {
    const versions = f.newer.map((v) => `version ${v.version} (${v.published})`).join(', ');
    lines.push(`  - ${f.name} [${f.product}]: checked ${f.checked}; published since: ${versions}. ${label(f.setId)}`);
  }
  const unchanged = of('unchanged');
  if (unchanged.length) lines.push('', 'Unchanged since checked:');
  for (const f of unchanged)
    lines.push(
      `  - ${f.name} [${f.product}]: checked ${f.checked}${f.latest ? `; latest version ${f.latest.version} (${f.latest.published})` : ''}`
    );
  const errors = of('error');
  if (errors.length) lines.push('', 'Could not ask DailyMed:');
  for (const f of errors) lines.push(`  - ${f.name} [${f.product}]: ${f.message}`);
  const missing = of('no_set_id');
  if (missing.length)
    lines.push(
      '',
      `No DailyMed set id recorded (look it up and add \`setId\` to the module): ${missing.map((f) => f.name).join(', ')}`
    );
  return lines.join('\n');
}

export const exitCode = (findings: readonly Finding[]): number =>
  findings.some((f) => f.status === 'error') ? 2 : findings.some((f) => f.status === 'changed') ? 1 : 0;

async function main() {
  const { products } = await import('../src/lib/knowledge/products');
  const findings = await watchLabels(products, (url) => fetch(url));
  process.stdout.write(`${formatReport(findings)}\n`);
  process.exitCode = exitCode(findings);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
