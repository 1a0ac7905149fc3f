/**
 * The example library's index: each example patient by condition, by the platform its approved products use,
 * and by teaching point. Nothing here gives the answer away: the platform is the approved product's (public
 * fact), not the fit the engine finds, and the teaching points name the topic, not the conclusion.
 */
import type { INDICATIONS } from '../case/values';
import type { ExamplePatient } from '../knowledge/examples';
import { PRODUCTS_BY_INDICATION } from '../knowledge/catalogue';
import { PLATFORM_IDS, PLATFORM_SHORT } from '../knowledge/platform-ids';
import type { PlatformId } from '../engine/types';

type Indication = (typeof INDICATIONS)[number];

/** The conditions' names as the wizard's question words them, shortened to the abbreviation where there is one. */
export const CONDITION_NAMES: Record<Indication, string> = {
  sma: 'Spinal muscular atrophy (SMA)',
  haemophilia_a: 'Haemophilia A',
  haemophilia_b: 'Haemophilia B',
  dmd: 'Duchenne muscular dystrophy (DMD)',
  rpe65: 'RPE65 retinal dystrophy',
  tdt: 'Transfusion-dependent β-thalassaemia',
  scd: 'Sickle cell disease',
  cald: 'Cerebral adrenoleukodystrophy (CALD)',
  mld: 'Metachromatic leukodystrophy (MLD)',
  aadc: 'AADC deficiency',
  nmibc: 'Non-muscle-invasive bladder cancer',
  b_cell: 'B-cell malignancy',
  was: 'Wiskott–Aldrich syndrome',
  lad1: 'LAD-I',
  synovial_sarcoma: 'Synovial sarcoma',
  otof: 'OTOF hearing loss',
  rrp: 'Recurrent respiratory papillomatosis',
  rdeb: 'RDEB',
  ada_scid: 'ADA-SCID',
  other: 'No approved product'
};

/**
 * The viral platform of each approved product (library.test.ts checks this against the knowledge base), so that
 * the index does not load the product modules. Products on another platform (gene editing, gamma-retroviral)
 * have none here.
 */
export const PRODUCT_PLATFORM: Readonly<Record<string, PlatformId>> = {
  zolgensma: 'aav',
  itvisma: 'aav',
  roctavian: 'aav',
  hemgenix: 'aav',
  beqvez: 'aav',
  elevidys: 'aav',
  luxturna: 'aav',
  kebilidi: 'aav',
  otarmeni: 'aav',
  zynteglo: 'lv',
  lyfgenia: 'lv',
  skysona: 'lv',
  lenmeldy: 'lv',
  waskyra: 'lv',
  kresladi: 'lv',
  tecelra: 'lv',
  'car-t': 'lv',
  adstiladrin: 'adv',
  papzimeos: 'adv'
};

export const TEACHING_POINTS = {
  antibodies: 'Antibodies to the vector',
  age: 'Age limits',
  infections: 'Infections',
  immunity: 'Immune status',
  prior: 'Prior gene therapy',
  liver: 'The liver',
  cargo: 'Cargo size',
  dividing: 'Dividing cells and integration',
  donor: 'A matched donor',
  label: 'Other label criteria',
  medicines: 'Medicines',
  unknowns: '“Not known” answers',
  local: 'Local or transient delivery'
} as const;
export type TeachingPoint = keyof typeof TEACHING_POINTS;

/** What each example teaches (the topic, not the conclusion); library.test.ts checks these against the cases. */
export const POINTS_OF: Readonly<Record<string, readonly TeachingPoint[]>> = {
  'nmibc-intravesical-adv': ['local', 'unknowns'],
  'tdt-ex-vivo-lv': ['dividing', 'medicines'],
  'sma-infant-aav9': ['antibodies', 'age'],
  'haemophilia-b-liver-aav': ['antibodies', 'liver'],
  'haemophilia-a-aav5-positive': ['antibodies'],
  'haemophilia-a-roctavian': ['antibodies'],
  'haemophilia-a-cirrhosis': ['liver'],
  'dmd-aavrh74-titre': ['antibodies', 'medicines'],
  'dmd-exon-8-9-non-ambulatory': ['label', 'medicines'],
  'sma-neonate-maternal-antibodies': ['antibodies', 'age'],
  'haemophilia-b-cirrhosis': ['liver', 'infections'],
  'nmibc-transplant-immunosuppressed': ['immunity', 'medicines', 'local'],
  'scd-hiv-lv': ['infections', 'medicines', 'dividing'],
  'sma-prior-aav9': ['prior', 'antibodies', 'age'],
  'muscle-cargo-too-large': ['cargo'],
  'rpe65-subretinal-aav2': ['local', 'label'],
  'cald-matched-donor': ['donor', 'dividing'],
  'aadc-skull-immature': ['age', 'label', 'local'],
  'liver-unknown-heavy': ['unknowns', 'liver'],
  'was-lv-stem-cells': ['dividing', 'donor'],
  'was-infant-too-young': ['age', 'donor', 'dividing'],
  'lad1-lv-stem-cells': ['dividing', 'donor'],
  'lad1-adult': ['age', 'dividing'],
  'synovial-sarcoma-tcr': ['label', 'dividing'],
  'synovial-sarcoma-a0205': ['label', 'dividing'],
  'otof-dual-aav': ['cargo', 'local'],
  'otof-implanted-ear': ['label', 'local', 'cargo'],
  'rrp-adenoviral-immunotherapy': ['local'],
  'rrp-adolescent': ['age', 'local']
};

/** The platforms' short names (one home: knowledge/platform-ids.ts). */
export const PLATFORM_NAMES = PLATFORM_SHORT;

export type LibraryEntry = {
  id: string;
  title: string;
  scenario: string;
  condition: Indication;
  conditionName: string;
  /** The platforms of the condition's approved viral products; empty without one. */
  platforms: PlatformId[];
  points: TeachingPoint[];
};

export function libraryEntry(p: ExamplePatient): LibraryEntry {
  const condition = p.case.patient.indication;
  const platforms = [
    ...new Set(PRODUCTS_BY_INDICATION[condition].flatMap((id) => PRODUCT_PLATFORM[id] ?? []))
  ] as PlatformId[];
  return {
    id: p.id,
    title: p.title,
    scenario: p.scenario,
    condition,
    conditionName: CONDITION_NAMES[condition],
    platforms: PLATFORM_IDS.filter((id) => platforms.includes(id)),
    points: [...(POINTS_OF[p.id] ?? [])]
  };
}

export type Filters = { condition: string; platform: string; point: string };
export const NO_FILTER: Filters = { condition: '', platform: '', point: '' };

export const matches = (e: LibraryEntry, f: Filters) =>
  (!f.condition || e.condition === f.condition) &&
  (!f.platform ||
    (f.platform === 'none' ? e.platforms.length === 0 : e.platforms.includes(f.platform as PlatformId))) &&
  (!f.point || e.points.includes(f.point as TeachingPoint));

export type Option = { value: string; label: string; count: number };

/** The choices of each filter with the number of examples for each, in a stable order; empty ones left out. */
export function filterOptions(entries: readonly LibraryEntry[]): Record<keyof Filters, Option[]> {
  const count = (test: (e: LibraryEntry) => boolean) => entries.filter(test).length;
  const conditions = [...new Set(entries.map((e) => e.condition))];
  return {
    condition: conditions
      .map((c) => ({ value: c, label: CONDITION_NAMES[c], count: count((e) => e.condition === c) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en')),
    platform: [
      ...PLATFORM_IDS.map((id) => ({
        value: id as string,
        label: `${PLATFORM_NAMES[id]} product`,
        count: count((e) => e.platforms.includes(id))
      })),
      { value: 'none', label: 'No approved viral product', count: count((e) => e.platforms.length === 0) }
    ].filter((o) => o.count > 0),
    point: (Object.keys(TEACHING_POINTS) as TeachingPoint[])
      .map((id) => ({ value: id as string, label: TEACHING_POINTS[id], count: count((e) => e.points.includes(id)) }))
      .filter((o) => o.count > 0)
  };
}

/** Filters from a query string, keeping only values that exist. */
export function filtersFrom(search: URLSearchParams, entries: readonly LibraryEntry[]): Filters {
  const options = filterOptions(entries);
  const pick = (k: keyof Filters) => {
    const v = search.get(k) ?? '';
    return options[k].some((o) => o.value === v) ? v : '';
  };
  return { condition: pick('condition'), platform: pick('platform'), point: pick('point') };
}

export function filtersQuery(f: Filters): string {
  const q = new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]).toString();
  return q ? `?${q}` : '';
}
