/** Tiny constructors that keep rules.ts readable; each returns plain condition data. */
import type { Condition, Scalar } from './schema';

export const eq = (path: string, value: Scalar): Condition => ({ op: 'eq', path, value });
export const isIn = (path: string, value: Scalar[]): Condition => ({ op: 'in', path, value });
export const includes = (path: string, value: string): Condition => ({ op: 'includes', path, value });
export const gt = (path: string, value: number): Condition => ({ op: 'gt', path, value });
export const gte = (path: string, value: number): Condition => ({ op: 'gte', path, value });
export const lte = (path: string, value: number): Condition => ({ op: 'lte', path, value });
export const all = (...conditions: Condition[]): Condition => ({ op: 'all', conditions });
export const any = (...conditions: Condition[]): Condition => ({ op: 'any', conditions });
export const not = (condition: Condition): Condition => ({ op: 'not', condition });
export const lt = (path: string, value: number): Condition => ({ op: 'lt', path, value });
/** `then` decides only when `given` holds; otherwise unknown (e.g. a titre limit set for one assay kind). */
export const given = (given: Condition, then: Condition): Condition => ({ op: 'given', given, then });

/** Age in completed months (case/age.ts): "N years or older" and "under N years" are exact on it. */
export const ageAtLeastYears = (years: number): Condition => gte('patient.ageMonths', years * 12);
export const ageUnderYears = (years: number): Condition => lt('patient.ageMonths', years * 12);
/**
 * The part of a requirement the wizard records, when the rest it cannot record: `c` not met decides
 * (false), `c` met or unknown leaves it unknown. So the answers can rule a patient out, never in.
 */
export const partlyRecorded = (c: Condition): Condition => given(not(c), c);
