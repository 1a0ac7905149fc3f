/**
 * How the medicines page words a class and a recorded medicine (docs/medicines.md). Light on purpose: the wizard
 * loads it with every page, and the medicines list (knowledge/medicines.ts) only once "Yes" is chosen.
 */
import type { MedicineEntry } from '../case/schema';
import type { MEDICINES } from '../case/values';

export const CLASS_LABELS: Record<(typeof MEDICINES)[number], string> = {
  corticosteroids: 'Corticosteroid',
  calcineurin_inhibitors: 'Calcineurin inhibitor (for example tacrolimus)',
  other_immunosuppressants: 'Other immunosuppressant',
  anti_cd20: 'Anti-CD20 antibody (for example rituximab)',
  complement_inhibitor: 'Complement inhibitor (for example eculizumab)',
  antiretrovirals: 'HIV antiretroviral, including PrEP',
  hydroxyurea: 'Hydroxyurea',
  iron_chelators: 'Iron chelator',
  hepatotoxic_drugs: 'Other medicine that can harm the liver',
  mtor_inhibitors: 'mTOR inhibitor (for example sirolimus)',
  sickle_cell_modifiers: 'Sickle cell disease-modifying medicine (voxelotor, crizanlizumab, L-glutamine)',
  g_csf: 'G-CSF (for example filgrastim)',
  stem_cell_mobilisers: 'Stem-cell mobiliser (G-CSF or plerixafor)',
  anticoagulants: 'Anticoagulant',
  antiplatelets: 'Antiplatelet medicine',
  strong_cyp3a4_inhibitors: 'Strong CYP3A4 inhibitor (for example voriconazole)',
  strong_cyp3a4_inducers: 'Strong CYP3A4 inducer (for example rifampicin)',
  anticonvulsants: 'Anticonvulsant',
  factor_replacement: 'Factor concentrate or emicizumab',
  sma_treatments: 'SMA treatment (nusinersen or risdiplam)',
  interferons: 'Interferon',
  live_vaccines: 'Live vaccine'
};

export const NOT_CHECKED = 'not checked against the interactions list';

/** One recorded medicine in words: its name from the list (when given), its class, or the typed name. */
export function entryText(e: MedicineEntry, names?: ReadonlyMap<string, string>): string {
  if ('id' in e) return names?.get(e.id) ?? e.id.charAt(0).toUpperCase() + e.id.slice(1).replace(/-/g, ' ');
  if ('class' in e) return `${CLASS_LABELS[e.class] ?? e.class} (name not recorded)`;
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
