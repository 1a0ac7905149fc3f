/** The classes of a case's current medicines, as the rules read them (docs/medicines.md). */
import { entryClasses, type MedicineEntry } from '../case/schema';
import type { MedicineKnowledge } from '../knowledge/medicine-knowledge';

/**
 * The classes of one entry: a listed medicine's classes from the list when it is loaded (else as the case
 * recorded them), a class as recorded, and 'not_known' for a name typed as free text, which is never matched
 * by guess: a rule that asks whether the patient takes a class is then unknown, not "no".
 */
export function classesOfEntry(e: MedicineEntry, list?: MedicineKnowledge): readonly string[] {
  if ('id' in e) return list?.medicineById.get(e.id)?.classes ?? e.classes;
  if ('class' in e) return entryClasses(e);
  return ['not_known'];
}

export const medicineClasses = (entries: readonly MedicineEntry[], list?: MedicineKnowledge): string[] => [
  ...new Set(entries.flatMap((e) => classesOfEntry(e, list)))
];
