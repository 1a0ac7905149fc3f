/**
 * Splits a text into plain runs and glossary terms, so that a component can link each term to its entry.
 * Each term is linked once per text, at its first appearance; the longest spelling wins where two overlap.
 */
import { GLOSSARY, type GlossaryEntry } from './glossary';

export type Segment = { kind: 'text'; text: string } | { kind: 'term'; text: string; id: string };

/** Spellings with two capitals (ALT, NAb, CAR-T) match case-sensitively; others in any case. */
const caseSensitive = (alias: string) => /[A-Z].*[A-Z]/.test(alias);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

type Matcher = { id: string; re: RegExp };

export function matchersFor(entries: GlossaryEntry[]): Matcher[] {
  return entries
    .flatMap((e) => e.aliases.map((alias) => ({ id: e.id, alias })))
    .sort((a, b) => b.alias.length - a.alias.length)
    .map(({ id, alias }) => ({
      id,
      re: new RegExp(`(?<![\\p{L}\\p{N}-])${escape(alias)}(?![\\p{L}\\p{N}])`, caseSensitive(alias) ? 'gu' : 'giu')
    }));
}

const MATCHERS = matchersFor(GLOSSARY);

export function segment(text: string, matchers: Matcher[] = MATCHERS): Segment[] {
  const hits: { start: number; end: number; id: string }[] = [];
  const linked = new Set<string>();
  for (const { id, re } of matchers) {
    if (linked.has(id)) continue;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ start, end, id });
      linked.add(id);
      break;
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const h of hits) {
    if (h.start > at) out.push({ kind: 'text', text: text.slice(at, h.start) });
    out.push({ kind: 'term', text: text.slice(h.start, h.end), id: h.id });
    at = h.end;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}
