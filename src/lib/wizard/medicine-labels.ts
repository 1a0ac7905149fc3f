/**
 * Every name a recorded medicine is shown by: the list's names, and the class labels (class-labels.ts). Loaded
 * lazily with the medicines list (the combobox, and the answers of a case that lists medicines), never with the start page.
 */
import { medicines } from '../knowledge/medicines';
import { CLASS_LABELS } from './class-labels';

/** The list's names by id and the class labels by `class:<id>`, for `entryText` (medicine-words.ts). */
export const medicineNames: ReadonlyMap<string, string> = new Map([
  ...medicines.map((m): [string, string] => [m.id, m.name]),
  ...Object.entries(CLASS_LABELS).map(([c, label]): [string, string] => [`class:${c}`, label])
]);
