/** The engine with the whole knowledge base, for Node, the CLI and the tests (the browser uses core.ts). */
import type { Case } from '../case/schema';
import { knowledgeFor } from '../knowledge';
import { assessWith } from './assess';
import type { Assessment } from './types';

export * from './core';
export { toJsonReport, toTextReport, citedSources, sourceText, DISCLAIMER } from './report';

/** The assessment with the knowledge the browser would load for the case's condition. */
export const assess = (c: Case): Assessment => assessWith(knowledgeFor(c.patient.indication), c);
