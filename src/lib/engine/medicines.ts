/**
 * What the patient's medicines mean for the products in question (issue 20; docs/medicines.md).
 * `medicineClasses` gives the classes the rules read; `medicineItems` gives the interactions that meet the case,
 * each with what to do, when (a Timing, where a source states one), its sources and whether it is verified:
 * the seam the dated care plan reads. Pure: the knowledge is passed in.
 */
import type { Case, MedicineEntry } from '../case/schema';
import type { Knowledge } from '../knowledge/compose';
import type { MedicineKnowledge } from '../knowledge/medicine-knowledge';
import type { Interaction, InteractionAction, InteractionStep } from '../knowledge/schema';
import { PLATFORM_IDS } from '../knowledge/platform-ids';
import type { Timing } from '../knowledge/timing';
import { resultOf } from './evaluate';
import { extractFacts } from './facts';
import { classesOfEntry } from './medicine-classes';
import { relevantProducts } from './outcomes';
import type { PlatformId, Statement } from './types';

/** One interaction that meets this patient: a medication action, and a dated item where it has a timing. */
export type MedicineItem = Statement & {
  interactionId: string;
  /** The case's entries that met it, as the list names them (or "a medicine of this class"). */
  medicines: string[];
  step: InteractionStep;
  action: InteractionAction;
  timing?: Timing;
  platforms: PlatformId[];
  products: string[];
  /** The rule whose medication action this times (the summary shows that action once). */
  rule?: string;
};

const CLASS_WORDS: Record<string, string> = { not_known: 'a medicine' };
/** How an entry reads in an item: the list's name, "a medicine of this class (name not recorded)", or the typed name. */
export function entryName(e: MedicineEntry, list?: MedicineKnowledge): string {
  if ('id' in e) return list?.medicineById.get(e.id)?.name ?? e.id;
  if ('class' in e)
    return `a medicine of the class ${CLASS_WORDS[e.class] ?? e.class.replace(/_/g, ' ')} (name not recorded)`;
  return e.name;
}

function meets(i: Interaction, e: MedicineEntry, list?: MedicineKnowledge): boolean {
  if ('id' in e && i.medicines?.includes(e.id)) return true;
  const classes = 'name' in e ? [] : classesOfEntry(e, list);
  return (i.classes ?? []).some((c) => classes.includes(c));
}

/**
 * The interactions of `k.medicines` that meet the case: one of its medicines is named or in a named class,
 * the step applies (`when` met on the case's facts), and a target product is the patient's or a target
 * platform is named. Without the medicines list loaded there are none (the summary loads it for such cases).
 */
export function medicineItems(c: Case, k: Knowledge): MedicineItem[] {
  const list = k.medicines;
  const entries = c.medicines.answer === 'some' ? (c.medicines.current ?? []) : [];
  if (!list || entries.length === 0) return [];
  const facts = extractFacts(c, list);
  const relevant = relevantProducts(k, c.patient.indication);
  return list.interactions.flatMap((i): MedicineItem[] => {
    const met = entries.filter((e) => meets(i, e, list));
    if (met.length === 0 || (i.when && resultOf(i.when, facts) !== 'met')) return [];
    const products = (i.target.products ?? []).filter((id) => relevant.includes(id));
    const platforms = [...(i.target.platforms ?? [])];
    for (const id of products) {
      const p = k.productById.get(id)?.platform;
      if ((p === 'adv' || p === 'lv' || p === 'aav') && !platforms.includes(p)) platforms.push(p);
    }
    if (products.length === 0 && (i.target.platforms?.length ?? 0) === 0) return [];
    return [
      {
        interactionId: i.id,
        medicines: met.map((e) => entryName(e, list)),
        step: i.step,
        action: i.action,
        ...(i.timing ? { timing: i.timing } : {}),
        text: i.text,
        platforms: PLATFORM_IDS.filter((p) => platforms.includes(p)),
        products,
        sources: i.sources,
        verified: i.verified,
        ...(i.rule ? { rule: i.rule } : {})
      }
    ];
  });
}
