/**
 * Schema 2 → 3, step `medicines` (issue 20): schema 2 recorded current medicines as class ticks
 * (`current: ["hydroxyurea", …]`); schema 3 records each medicine by name, by class, or as free text.
 * Each tick becomes "a medicine of this class, name not recorded" (`{ "class": "hydroxyurea" }`), so every
 * answer is kept and the rules that read classes see the same classes. A value that is not a string is
 * left as it was, for validation to name.
 */
import type { V3Step } from './migrate-v3';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export const medicinesStep: V3Step = (old) => {
  const m = old.medicines;
  if (!isRecord(m) || !Array.isArray(m.current)) return old;
  const current = m.current.map((c: unknown) => (typeof c === 'string' ? { class: c } : c));
  return { ...old, medicines: { ...m, current } };
};
