/**
 * The engine's browser entry: everything but the whole knowledge base. `assessWith` takes the knowledge
 * composed for the case's condition (knowledge/catalogue.ts loads it); node.ts adds `assess` for Node.
 */
export { assessWith } from './assess';
export { diffAssessments } from './diff';
export { knowledgeRows, reviewIsStale } from './comparison';
export type { KnowledgeRow } from './comparison';
export type { AssessmentDiff, FindingChange, MonitoringChange } from './diff';
export { extractFacts } from './facts';
export { evaluate } from './evaluate';
export { fitFrom } from './fit';
export { platformStrengths } from './strengths';
export { FITS } from './types';
export type * from './types';
export { medicineItems, entryName } from './medicines';
export type { MedicineItem } from './medicines';
export { medicineClasses, classesOfEntry } from './medicine-classes';
