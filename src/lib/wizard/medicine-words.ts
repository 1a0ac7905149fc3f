/**
 * How the medicines page words a recorded medicine (docs/medicines.md). Light on purpose: the wizard loads it with
 * every page; the list's names and the class labels (medicine-labels.ts) load only where a medicine is shown.
 */
import type { MedicineEntry } from '../case/schema';

export const NOT_CHECKED = 'not checked against the interactions list';

const words = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/[-_]/g, ' ');

/**
 * One recorded medicine in words: its name from the list, its class, or the typed name. `names` (medicine-labels.ts
 * `medicineNames`) holds the list's names by id and the class labels by `class:<id>`; until it loads, ids are shown.
 */
export function entryText(e: MedicineEntry, names?: ReadonlyMap<string, string>): string {
  if ('id' in e) return names?.get(e.id) ?? words(e.id);
  if ('class' in e) return `${names?.get(`class:${e.class}`) ?? words(e.class)} (name not recorded)`;
  return `${e.name} (${NOT_CHECKED})`;
}

/** Entries travel through the form as JSON text (the page's form values are strings). */
export const encodeEntry = (e: MedicineEntry): string => JSON.stringify(e);
export function decodeEntry(text: string): MedicineEntry | undefined {
  try {
    const e = JSON.parse(text) as unknown;
    return typeof e === 'object' && e !== null ? (e as MedicineEntry) : undefined;
  } catch {
    return undefined;
  }
}
export const entriesOf = (v: string | string[] | undefined): MedicineEntry[] =>
  (Array.isArray(v) ? v : []).map(decodeEntry).filter((e): e is MedicineEntry => e !== undefined);
