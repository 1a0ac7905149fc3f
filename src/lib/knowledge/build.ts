/** Tiny constructors that keep rules.ts readable; each returns plain predicate data. */
import type { Predicate, Scalar } from './schema';
import type { Term } from './terms/term';

export const eq = (path: string, value: Scalar): Predicate => ({ op: 'eq', path, value });
export const isIn = (path: string, value: Scalar[]): Predicate => ({ op: 'in', path, value });
export const includes = (path: string, value: string): Predicate => ({ op: 'includes', path, value });
export const gt = (path: string, value: number): Predicate => ({ op: 'gt', path, value });
export const gte = (path: string, value: number): Predicate => ({ op: 'gte', path, value });
export const lte = (path: string, value: number): Predicate => ({ op: 'lte', path, value });
export const all = (...conditions: Predicate[]): Predicate => ({ op: 'all', conditions });
export const any = (...conditions: Predicate[]): Predicate => ({ op: 'any', conditions });
export const not = (condition: Predicate): Predicate => ({ op: 'not', condition });
export const lt = (path: string, value: number): Predicate => ({ op: 'lt', path, value });
/** `then` decides only when `given` holds; otherwise unknown (e.g. a titre limit set for one assay kind). */
export const given = (given: Predicate, then: Predicate): Predicate => ({ op: 'given', given, then });

/** Age in completed months (case/age.ts): "N years or older" and "under N years" are exact on it. */
export const ageAtLeastYears = (years: number): Predicate => gte('patient.ageMonths', years * 12);
export const ageUnderYears = (years: number): Predicate => lt('patient.ageMonths', years * 12);
/**
 * The part of a requirement the wizard records, when the rest it cannot record: `c` not met decides
 * (false), `c` met or unknown leaves it unknown. So the answers can rule a patient out, never in.
 */
export const partlyRecorded = (c: Predicate): Predicate => given(not(c), c);

/** A shared label term (knowledge/terms/): its id doubles as the `term` its criteria record. */
export const term = (t: Omit<Term, 'term'>): Term => ({ ...t, term: t.id });
