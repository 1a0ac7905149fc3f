/**
 * The engine's Node entry (`$lib/engine`): the engine with the whole knowledge base, for Node, the CLI and the
 * tests. The browser imports `$lib/engine/browser` and loads one condition's knowledge (knowledge/catalogue.ts);
 * ESLint refuses a value import of this file in components and routes, since it would bundle every product.
 */
import type { Case } from '../case/schema';
import { knowledgeFor } from '../knowledge';
import { assessWith } from './assess';
import type { Assessment } from './types';

export * from './browser';
export { toJsonReport, toTextReport, citedSources, sourceText, DISCLAIMER } from './output';

/** The assessment with the knowledge the browser would load for the case's condition. */
export const assess = (c: Case): Assessment => assessWith(knowledgeFor(c.patient.indication), c);
