/**
 * The knowledge base: data and types only (no zod), safe to import from the client.
 * Bump `version` and add a CHANGELOG line under "Knowledge changes" whenever data changes.
 */
import type { Source } from './schema';
import { conditionPaths } from './paths';
import { rules } from './rules';
import { monitoring, followUp } from './monitoring';
import { sources as sourceData } from './sources';

export const knowledgeBase = { version: '2.0.0', reviewed: '2026-12-02' } as const;

/** The case attributes each source's rules and monitoring items depend on (ONC HTI-1 source attribute). */
const attributesBySource = (): Map<string, Set<string>> => {
  const map = new Map<string, Set<string>>();
  const add = (ids: string[], paths: string[]) =>
    ids.forEach((id) => paths.forEach((p) => (map.get(id) ?? map.set(id, new Set()).get(id)!).add(p)));
  rules.forEach((r) => add(r.sources, conditionPaths(r.when)));
  monitoring.forEach((m) => m.when && add(m.sources, conditionPaths(m.when)));
  return map;
};

const attributes = attributesBySource();
export const sources: Source[] = sourceData.map((s) => ({
  ...s,
  patientAttributes: [...(attributes.get(s.id) ?? [])].sort()
}));
export const sourceById = new Map(sources.map((s) => [s.id, s]));

export { rules, monitoring, followUp };
export { platforms } from './platforms';
export { products } from './products';
export { serotypes } from './serotypes';
export { tissues } from './tissues';
export { FACTS, factLabel, factText } from './facts';
export { conditionPaths } from './paths';
export type * from './schema';
