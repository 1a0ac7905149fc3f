/**
 * When a question applies, as data: the wizard (`visibleFields`), the case checks and the FHIR
 * Questionnaire's `enableWhen` (lib/fhir/questionnaire.ts) all read these conditions, so the branching is
 * written once. A condition is a list of terms over other answers, all or any of which must hold; a term
 * may itself be a condition (one level of nesting, for the age rules of case/age.ts).
 *
 * An answer counts only while its own question applies (FHIR's rule for a disabled item): the lookup a
 * caller passes returns `undefined` for a question that is hidden, so "years ≥ 12" cannot be met by a number
 * typed before the unit was changed to months.
 */
import { entryClasses, type MedicineEntry } from './schema';

export type Term =
  /** The answer is this value. */
  | { field: string; op: 'equals'; value: string }
  /** The answer is one of these values. */
  | { field: string; op: 'in'; value: readonly string[] }
  /** The answer is anything but this value, or no answer. */
  | { field: string; op: 'notEquals'; value: string }
  /** A multiple-choice answer includes this value. */
  | { field: string; op: 'includes'; value: string }
  /** A number with `min ≤ n < below` (either bound may be absent). */
  | { field: string; op: 'range'; min?: number; below?: number }
  /** No answer at all. */
  | { field: string; op: 'absent' }
  /** A list of medicines has one of this class (case/schema.ts `entryClasses`). */
  | { field: string; op: 'hasClass'; value: string };

export type Condition = { behavior: 'all' | 'any'; when: readonly (Term | Condition)[] };

/**
 * A field is named by its id on the same page (`ageUnit`) or by `page.id` on another (`patient.indication`).
 * Values: a string for a single choice, a string list for a multiple choice, a number for a number field
 * (`undefined` when it is not one) and medicine entries for a medicines list.
 */
export type Lookup = (field: string) => unknown;

const isCondition = (t: Term | Condition): t is Condition => 'behavior' in t;

function holds(t: Term, value: unknown): boolean {
  switch (t.op) {
    case 'equals':
      return value === t.value;
    case 'in':
      return typeof value === 'string' && t.value.includes(value);
    case 'notEquals':
      return value !== t.value;
    case 'includes':
      return Array.isArray(value) && value.includes(t.value);
    case 'range':
      return (
        typeof value === 'number' &&
        (t.min === undefined || value >= t.min) &&
        (t.below === undefined || value < t.below)
      );
    case 'absent':
      return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    case 'hasClass':
      return Array.isArray(value) && (value as MedicineEntry[]).some((e) => entryClasses(e).includes(t.value));
  }
}

/** Whether a condition holds for the answers `lookup` reads; no condition means the question always applies. */
export function applies(condition: Condition | undefined, lookup: Lookup): boolean {
  if (!condition) return true;
  // A loop, not closures: this runs for every question of every page the review and the summary list.
  const all = condition.behavior === 'all';
  for (const t of condition.when) {
    const holdsHere = isCondition(t) ? applies(t, lookup) : holds(t, lookup(t.field));
    if (holdsHere !== all) return holdsHere;
  }
  return all;
}

/** Shorthands for the question definitions. */
export const when = {
  equals: (field: string, value: string): Condition => ({ behavior: 'all', when: [{ field, op: 'equals', value }] }),
  includes: (field: string, value: string): Condition => ({
    behavior: 'all',
    when: [{ field, op: 'includes', value }]
  }),
  all: (...terms: (Term | Condition)[]): Condition => ({ behavior: 'all', when: terms }),
  any: (...terms: (Term | Condition)[]): Condition => ({ behavior: 'any', when: terms })
};
