/** The shape of a shared label term (see ./index.ts). */
import type { Predicate, Criterion } from '../schema';

/** A label term: the words a criterion shows, what answers it, and its test over the facts. */
export type Term = Pick<Criterion, 'id' | 'text' | 'needs' | 'candidates'> & { test: Predicate; term: string };
