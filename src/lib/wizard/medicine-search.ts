/**
 * Type-ahead over the medicines list (GOV.UK accessible-autocomplete behaviour): a medicine matches when its
 * generic name, another spelling or a brand name, or one of their words, begins with what was typed. Never a
 * fuzzy match: a name that matches nothing is offered as typed, "not checked against the interactions list".
 */
import { MEDICINE_NAME_MAX, type MEDICINES } from '../case/values';
import type { Medicine } from '../knowledge/schema';
import { CLASS_LABELS } from './class-labels';

export type Suggestion =
  | { kind: 'medicine'; id: string; label: string; classes: Medicine['classes'] }
  | { kind: 'class'; class: (typeof MEDICINES)[number]; label: string }
  | { kind: 'typed'; name: string; label: string };

export const normalise = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** 0: the text begins with the query; 1: one of its later words does; undefined: no match. */
function rank(text: string, q: string): number | undefined {
  const words = normalise(text).split(' ');
  if (words.join(' ').startsWith(q)) return 0;
  for (let i = 1; i < words.length; i++) if (words.slice(i).join(' ').startsWith(q)) return 1;
  return undefined;
}

export const MAX_SUGGESTIONS = 8;

export function suggest(
  list: readonly Medicine[],
  query: string,
  exclude: ReadonlySet<string> = new Set()
): Suggestion[] {
  const q = normalise(query);
  if (q === '') return [];
  const found: { s: Suggestion; score: number }[] = [];
  let exact = false;
  for (const m of list) {
    if ([m.name, ...(m.aliases ?? []), ...m.brands].some((x) => normalise(x) === q)) exact = true;
    if (exclude.has(`id:${m.id}`)) continue;
    const name = rank(m.name, q);
    const alias = (m.aliases ?? []).find((a) => rank(a, q) !== undefined);
    const brand = m.brands.find((b) => rank(b, q) !== undefined);
    const score = name ?? (alias !== undefined ? 2 : brand !== undefined ? 2 + rank(brand, q)! : undefined);
    if (score === undefined) continue;
    const label = name === undefined ? `${m.name} (${alias ?? brand})` : m.name;
    found.push({ s: { kind: 'medicine', id: m.id, label, classes: m.classes }, score });
  }
  for (const [c, text] of Object.entries(CLASS_LABELS) as [(typeof MEDICINES)[number], string][]) {
    if (exclude.has(`class:${c}`) || rank(text, q) === undefined) continue;
    found.push({ s: { kind: 'class', class: c, label: `${text}, name not recorded` }, score: 5 + rank(text, q)! });
  }
  found.sort((a, b) => a.score - b.score || a.s.label.localeCompare(b.s.label));
  const shown = found.slice(0, MAX_SUGGESTIONS).map((f) => f.s);
  const typed = query.trim().slice(0, MEDICINE_NAME_MAX);
  return exact || exclude.has(`name:${typed.toLowerCase()}`)
    ? shown
    : [
        ...shown,
        { kind: 'typed', name: typed, label: `Add “${typed}” as typed (not checked against the interactions list)` }
      ];
}
