/**
 * A knowledge base for one patient's condition: the rules, monitoring and sources that apply to every case,
 * plus the products whose indication is the condition, with their label criteria compiled to rules.
 * The engine reads only what it is given, so the browser can load the product modules of one condition
 * (catalogue.ts) and Node composes the same thing from every product (index.ts `knowledgeFor`).
 */
import { criterionRules } from './criteria';
import { monitoring } from './monitoring';
import { predicatePaths } from './paths';
import { baseRules } from './rules';
import type { Product, Rule, Source } from './schema';
import { sources as sourceData } from './sources';
import type { MedicineKnowledge } from './medicine-knowledge';

/**
 * Bump `version` and add a CHANGELOG line under "Knowledge changes" whenever data changes. `nextChange` is the
 * first pending decision of changes.ts due after the review (changes.test.ts keeps it so): when the knowledge is
 * next expected to change.
 */
export const knowledgeBase = {
  version: '2.1.0',
  reviewed: '2026-12-04',
  nextChange: { date: '2026-12-23', what: 'FDA decision on anitocabtagene autoleucel (BCMA CAR-T)' }
} as const;

export type Knowledge = {
  /** The products for the condition, in the knowledge base's order. */
  readonly products: readonly Product[];
  readonly rules: readonly Rule[];
  readonly ruleById: ReadonlyMap<string, Rule>;
  readonly productById: ReadonlyMap<string, Product>;
  readonly sources: readonly Source[];
  readonly sourceById: ReadonlyMap<string, Source>;
  /** The medicines list and its interactions, when loaded (a case that lists no medicines does without). */
  readonly medicines?: MedicineKnowledge;
};

/** The case attributes each source's rules and monitoring items depend on (ONC HTI-1 source attribute). */
function attributesBySource(rules: readonly Rule[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (ids: readonly string[], paths: string[]) =>
    ids.forEach((id) => paths.forEach((p) => (map.get(id) ?? map.set(id, new Set()).get(id)!).add(p)));
  rules.forEach((r) => add(r.sources, predicatePaths(r.when)));
  monitoring.forEach((m) => m.when && add(m.sources, predicatePaths(m.when)));
  return map;
}

export function composeKnowledge(products: readonly Product[], medicines?: MedicineKnowledge): Knowledge {
  const rules = [...baseRules, ...products.flatMap((p) => p.rules ?? []), ...criterionRules(products)];
  const attributes = attributesBySource(rules);
  const own = [...products.flatMap((p) => p.sources ?? []), ...(medicines?.sources ?? [])];
  const sources = [...sourceData, ...own].map((s) => ({
    ...s,
    patientAttributes: [...(attributes.get(s.id) ?? [])].sort()
  }));
  return {
    products,
    rules,
    ruleById: new Map(rules.map((r) => [r.id, r])),
    productById: new Map(products.map((p) => [p.id, p])),
    sources,
    sourceById: new Map(sources.map((s) => [s.id, s])),
    ...(medicines ? { medicines } : {})
  };
}

/** The knowledge that holds for every case, without any product: what teaching notes cite. */
export const baseKnowledge: Knowledge = composeKnowledge([]);
