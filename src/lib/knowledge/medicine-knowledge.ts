/**
 * The medicines list, its interactions and their own sources, as one lazily loaded part of the knowledge base:
 * the browser imports this module only for a case that lists medicines (catalogue.ts), Node always (index.ts).
 */
import { interactions } from './interactions';
import { medicines } from './medicines';
import { medicineSources } from './medicine-sources';
import type { Interaction, Medicine, SourceData } from './schema';

export type MedicineKnowledge = {
  readonly medicines: readonly Medicine[];
  readonly medicineById: ReadonlyMap<string, Medicine>;
  readonly interactions: readonly Interaction[];
  readonly sources: readonly SourceData[];
};

export const medicineKnowledge: MedicineKnowledge = {
  medicines,
  medicineById: new Map(medicines.map((m) => [m.id, m])),
  interactions,
  sources: medicineSources
};
