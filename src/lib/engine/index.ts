export { assess } from './assess';
export { diffAssessments } from './diff';
export type { AssessmentDiff, FindingChange, MonitoringChange } from './diff';
export { extractFacts } from './facts';
export { evaluate } from './evaluate';
export { fitFrom } from './fit';
export { platformStrengths } from './strengths';
export { FITS } from './types';
export type * from './types';
