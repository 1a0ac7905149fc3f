/** A product's regimen item for this patient: its words, sources, timing and whether it applies. */
import type { RegimenItem } from '../knowledge/schema';
import { resultOf } from './evaluate';
import type { Facts, RegimenEntry } from './types';

export function regimenEntry(r: RegimenItem, facts: Facts): RegimenEntry {
  const quote = r.basis.find((b) => b.quote)?.quote;
  const base = {
    kind: r.kind,
    text: r.text,
    sources: [...new Set(r.basis.map((b) => b.source))],
    verified: r.verified,
    applies: r.when ? resultOf(r.when, facts) : ('met' as const),
    ...(quote ? { quote } : {})
  };
  if (!r.step || !r.at) return base;
  return {
    ...base,
    step: r.step,
    at: r.at,
    jurisdiction: r.jurisdiction ?? 'both',
    ...(r.by ? { by: true as const } : {}),
    ...(r.until ? { until: r.until } : {}),
    ...(r.every ? { every: r.every } : {}),
    ...(r.test ? { test: r.test } : {}),
    ...(r.ifNeeded ? { ifNeeded: true as const } : {})
  };
}
