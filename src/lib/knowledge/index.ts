/**
 * The whole knowledge base, every product at once: for Node, the CLI and the tests. The browser imports
 * compose.ts and loads one condition's products (catalogue.ts); importing this file there would bundle them all.
 */
import type { INDICATIONS } from '../case/values';
import { composeKnowledge, type Knowledge } from './compose';
export { knowledgeBase, type Knowledge } from './compose';
import { monitoring, followUp } from './monitoring';
import { products } from './products';
import { medicineKnowledge } from './medicine-knowledge';

/** Every product at once (Node, the CLI and the tests): every rule, and each source's attributes over all of them. */
export const fullKnowledge: Knowledge = composeKnowledge(products, medicineKnowledge);
export const rules = fullKnowledge.rules;
export const sources = fullKnowledge.sources;
export const sourceById = fullKnowledge.sourceById;

const byIndication = new Map<string, Knowledge>();
/** What the browser loads for a case of this condition (catalogue.ts), composed from the products at hand. */
export function knowledgeFor(indication: (typeof INDICATIONS)[number]): Knowledge {
  let k = byIndication.get(indication);
  if (!k)
    byIndication.set(
      indication,
      (k = composeKnowledge(
        products.filter((p) => p.indications.includes(indication)),
        medicineKnowledge
      ))
    );
  return k;
}

export { monitoring, followUp };
export { platforms } from './platforms';
export { medicineKnowledge } from './medicine-knowledge';
export { medicines as medicineList } from './medicines';
export { interactions } from './interactions';
export { products };
export { serotypes } from './serotypes';
export { tissues } from './tissues';
export { FACTS, factLabel, factText } from './facts';
export { predicatePaths } from './paths';
export type * from './schema';
