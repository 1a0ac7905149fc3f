/**
 * The class labels the medicines page offers, and every name a recorded medicine is shown by. Loaded lazily with
 * the medicines list (the combobox, and the answers of a case that lists medicines), never with the start page.
 */
import { medicines } from '../knowledge/medicines';
import { CLASS_LABELS } from './class-labels';

export { CLASS_LABELS };

/** The list's names by id and the class labels by `class:<id>`, for `entryText` (medicine-words.ts). */
export const medicineNames: ReadonlyMap<string, string> = new Map([
  ...medicines.map((m): [string, string] => [m.id, m.name]),
  ...Object.entries(CLASS_LABELS).map(([c, label]): [string, string] => [`class:${c}`, label])
]);
