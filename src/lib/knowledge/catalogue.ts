/**
 * Which product modules each condition needs, so that the browser loads only those: the knowledge base
 * bundled whole is over the byte budget (design.md), and a case concerns one condition. Node and the tests
 * use every product at once (index.ts); `catalogue.test.ts` proves this table and those modules agree.
 */
import type { INDICATIONS } from '../case/values';
import { composeKnowledge, type Knowledge } from './compose';
import type { Product } from './schema';
import type { MedicineKnowledge } from './medicine-knowledge';

type Indication = (typeof INDICATIONS)[number];

/** Product ids per condition, in the order of products/index.ts. */
export const PRODUCTS_BY_INDICATION: Readonly<Record<Indication, readonly string[]>> = {
  sma: ['zolgensma', 'itvisma'],
  haemophilia_a: ['roctavian'],
  haemophilia_b: ['hemgenix', 'beqvez'],
  dmd: ['elevidys'],
  rpe65: ['luxturna'],
  tdt: ['zynteglo', 'casgevy'],
  scd: ['lyfgenia', 'casgevy'],
  cald: ['skysona'],
  mld: ['lenmeldy'],
  aadc: ['kebilidi'],
  nmibc: ['adstiladrin'],
  b_cell: ['car-t'],
  was: ['waskyra'],
  lad1: ['kresladi'],
  synovial_sarcoma: ['tecelra'],
  otof: ['otarmeni'],
  rrp: ['papzimeos'],
  rdeb: ['zevaskyn'],
  ada_scid: ['strimvelis'],
  other: []
};

/** One loader per product module: each becomes its own small file in the build. */
export const PRODUCT_MODULES: Readonly<Record<string, () => Promise<Product>>> = {
  zolgensma: () => import('./products/zolgensma').then((m) => m.zolgensma),
  itvisma: () => import('./products/itvisma').then((m) => m.itvisma),
  luxturna: () => import('./products/luxturna').then((m) => m.luxturna),
  hemgenix: () => import('./products/hemgenix').then((m) => m.hemgenix),
  roctavian: () => import('./products/roctavian').then((m) => m.roctavian),
  beqvez: () => import('./products/beqvez').then((m) => m.beqvez),
  elevidys: () => import('./products/elevidys').then((m) => m.elevidys),
  kebilidi: () => import('./products/kebilidi').then((m) => m.kebilidi),
  zynteglo: () => import('./products/zynteglo').then((m) => m.zynteglo),
  skysona: () => import('./products/skysona').then((m) => m.skysona),
  lyfgenia: () => import('./products/lyfgenia').then((m) => m.lyfgenia),
  lenmeldy: () => import('./products/lenmeldy').then((m) => m.lenmeldy),
  waskyra: () => import('./products/waskyra').then((m) => m.waskyra),
  kresladi: () => import('./products/kresladi').then((m) => m.kresladi),
  tecelra: () => import('./products/tecelra').then((m) => m.tecelra),
  otarmeni: () => import('./products/otarmeni').then((m) => m.otarmeni),
  'car-t': () => import('./products/car-t').then((m) => m.carT),
  adstiladrin: () => import('./products/adstiladrin').then((m) => m.adstiladrin),
  papzimeos: () => import('./products/papzimeos').then((m) => m.papzimeos),
  casgevy: () => import('./products/casgevy').then((m) => m.casgevy),
  zevaskyn: () => import('./products/zevaskyn').then((m) => m.zevaskyn),
  strimvelis: () => import('./products/strimvelis').then((m) => m.strimvelis)
};

/**
 * A loader of the knowledge base for one condition, loading its product modules once. A failed load is
 * forgotten, so that trying again (after the connection returns) loads it afresh.
 */
export function knowledgeLoader(
  modules: Readonly<Record<string, () => Promise<Product>>>,
  medicinesModule: () => Promise<MedicineKnowledge> = loadMedicines
): (indication: Indication, withMedicines?: boolean) => Promise<Knowledge> {
  const loading = new Map<string, Promise<Knowledge>>();
  return (indication, withMedicines = false) => {
    const key = `${indication}${withMedicines ? '+medicines' : ''}`;
    const known = loading.get(key);
    if (known) return known;
    const ids = PRODUCTS_BY_INDICATION[indication] ?? [];
    const promise = Promise.all([
      Promise.all(ids.map((id) => modules[id]!())),
      withMedicines ? medicinesModule() : undefined
    ]).then(([products, medicines]) => composeKnowledge(products, medicines));
    promise.catch(() => loading.delete(key));
    loading.set(key, promise);
    return promise;
  };
}

/** The medicines list and its interactions: its own file in the build, loaded for a case that lists medicines. */
export const loadMedicines = (): Promise<MedicineKnowledge> =>
  import('./medicine-knowledge').then((m) => m.medicineKnowledge);

export const loadKnowledge = knowledgeLoader(PRODUCT_MODULES);
/** Whether the summary of this case needs the medicines list (engine/medicines.ts reads it). */
export const listsMedicines = (draft: { medicines?: { answer?: string } }): boolean =>
  draft.medicines?.answer === 'some';
