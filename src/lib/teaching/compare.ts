/**
 * Two cases side by side: their answers aligned question by question, and their decisions (fit levels, product
 * statuses, the findings that decide each fit, the plan) aligned row by row, each row saying whether the two
 * differ. Also the before and after of a what-if. Read from the engine's public output only.
 */
import type { Case, Draft } from '../case/schema';
import type { Assessment, PlatformId } from '../engine/types';
import { FIT_WORDS, STATUS_WORDS } from '../words/assessment';
import { PLATFORM_IDS, PLATFORM_SHORT } from '../knowledge/platform-ids';
import { answerRows } from '../wizard/answers';
import { decidingCriteria, decidingFindings } from './decisive';

export type Side = { lines: string[] };
export type AlignedRow = { key: string; group: string; label: string; a: string[]; b: string[]; differs: boolean };

const NOT_ASKED = 'Not asked';

const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
const row = (key: string, group: string, label: string, a: string[], b: string[]): AlignedRow => ({
  key,
  group,
  label,
  a,
  b,
  differs: !same(a, b)
});

/** Keys in order of first appearance in either list, each list's own order kept. */
function merged(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let j = 0;
  for (const k of a) {
    const at = b.indexOf(k, j);
    if (at >= 0) {
      for (const x of b.slice(j, at)) if (!a.includes(x) && !out.includes(x)) out.push(x);
      j = at + 1;
    }
    if (!out.includes(k)) out.push(k);
  }
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

/** Every question either case answers, in wizard order, with each case's answer ("Not asked" when it was not). */
export function alignAnswers(a: Case, b: Case): AlignedRow[] {
  const key = (r: { page: string; field: string }) => `${r.page}.${r.field}`;
  const ra = answerRows(a as Draft);
  const rb = answerRows(b as Draft);
  const ma = new Map(ra.map((r) => [key(r), r]));
  const mb = new Map(rb.map((r) => [key(r), r]));
  return merged(ra.map(key), rb.map(key)).map((k) => {
    const x = ma.get(k);
    const y = mb.get(k);
    return row(`answer-${k}`, 'Answers', (x ?? y)!.question, [x?.answer ?? NOT_ASKED], [y?.answer ?? NOT_ASKED]);
  });
}

/** Fit levels, what decides each, product statuses and the plan, for two assessments. */
export function alignDecisions(a: Assessment, b: Assessment): AlignedRow[] {
  const platform = (x: Assessment, id: PlatformId) => x.platforms.find((p) => p.id === id)!;
  const productIds = [...new Set([...a.products, ...b.products].map((p) => p.id))];
  const product = (x: Assessment, id: string) => x.products.find((p) => p.id === id);
  const nameOf = (id: string) => (product(a, id) ?? product(b, id))!.name;
  const actions = (x: Assessment, id: PlatformId) =>
    x.medicationActions.filter((m) => m.platforms.includes(id)).map((m) => m.text);
  return [
    ...PLATFORM_IDS.map((id) =>
      row(
        `fit-${id}`,
        'Fit levels',
        `${PLATFORM_SHORT[id]} fit`,
        [FIT_WORDS[platform(a, id).fit]],
        [FIT_WORDS[platform(b, id).fit]]
      )
    ),
    ...PLATFORM_IDS.map((id) =>
      row(
        `decides-${id}`,
        'What decides the fit',
        `${PLATFORM_SHORT[id]}: deciding findings`,
        decidingFindings(platform(a, id)).map((f) => f.text),
        decidingFindings(platform(b, id)).map((f) => f.text)
      )
    ),
    ...productIds.map((id) => {
      const [x, y] = [product(a, id), product(b, id)];
      const words = (p: typeof x) =>
        p ? [STATUS_WORDS[p.status], ...decidingCriteria(p).map((c) => c.text)] : ['Not checked for this condition'];
      return row(`product-${id}`, 'Products', nameOf(id), words(x), words(y));
    }),
    ...PLATFORM_IDS.map((id) =>
      row(
        `followup-${id}`,
        'Plan',
        `${PLATFORM_SHORT[id]}: long-term follow-up`,
        [a.followUp[id].text],
        [b.followUp[id].text]
      )
    ),
    ...PLATFORM_IDS.map((id) =>
      row(
        `monitoring-${id}`,
        'Plan',
        `${PLATFORM_SHORT[id]}: monitoring`,
        a.monitoring[id].map((m) => m.text),
        b.monitoring[id].map((m) => m.text)
      )
    ),
    ...PLATFORM_IDS.map((id) =>
      row(`actions-${id}`, 'Plan', `${PLATFORM_SHORT[id]}: medicine actions`, actions(a, id), actions(b, id))
    )
  ];
}

/** Rows grouped under their headings, in order. */
export function grouped(rows: readonly AlignedRow[]): { group: string; rows: AlignedRow[] }[] {
  const groups: { group: string; rows: AlignedRow[] }[] = [];
  for (const r of rows) {
    const last = groups.at(-1);
    if (last?.group === r.group) last.rows.push(r);
    else groups.push({ group: r.group, rows: [r] });
  }
  return groups;
}
