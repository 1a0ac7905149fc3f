/**
 * When the condition has approved products, the products fix the delivery: the route, the AAV dose band and
 * the cargo. The wizard does not ask these (case/complete.ts, `asksDelivery`); an older case that has the
 * answers keeps them, but they are not used: the facts come from the products' `delivery` data when the
 * products agree, and are otherwise absent — and never listed as "not known" (docs/plan.md).
 */
import type { Knowledge } from '../knowledge/compose';
import type { FactValue, Facts, UnknownQuestion } from './types';

/** The answers a product fixes. */
export const DELIVERY_PATHS = ['target.route', 'target.cargoKb', 'target.aavDose'] as const;

const productsFor = (k: Knowledge, indication: string) => k.products.filter((p) => p.indications.includes(indication));

/** The one value every product gives, or undefined when they differ or one gives none. */
const agreed = (values: readonly (string | undefined)[]): string | undefined =>
  values.length > 0 && values.every((v) => v !== undefined && v === values[0]) ? values[0] : undefined;

export function withProductDelivery(k: Knowledge, indication: string, facts: Facts): Facts {
  const products = productsFor(k, indication);
  if (products.length === 0) return facts;
  const out: Record<string, FactValue> = { ...facts };
  for (const path of DELIVERY_PATHS) delete out[path];
  const route = agreed(products.map((p) => p.delivery?.route));
  if (route) out['target.route'] = route;
  const aav = products.filter((p) => p.platform === 'aav');
  const dose = aav.length === 0 ? 'not_planned' : agreed(aav.map((p) => p.delivery?.aavDose));
  if (dose) out['target.aavDose'] = dose;
  return out;
}

/** Unknowns without the delivery questions when products fix them. */
export const withoutFixedUnknowns = (k: Knowledge, indication: string, unknowns: UnknownQuestion[]) =>
  productsFor(k, indication).length === 0
    ? unknowns
    : unknowns.filter((u) => !(DELIVERY_PATHS as readonly string[]).includes(u.path));
