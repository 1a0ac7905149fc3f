/**
 * Small constructors for product modules, so each file reads like its label: who the label is
 * for (inclusions), who it excludes, the regimen around dosing, and where each was read.
 */
import type { Basis, Condition, Criterion, Product, RegimenItem, Statement } from '../schema';
import { eq } from '../build';
import type { Anchor, Timing, TimeUnit } from '../timing';

/** Where a statement was read; without `quote` it counts as unverified. */
export const read = (source: string, section: string, quote?: string): Basis =>
  quote ? { source, section, quote } : { source, section };

type CriterionInput = Omit<Criterion, 'kind' | 'verified'> & { verified?: boolean };
const criterion =
  (kind: Criterion['kind']) =>
  ({ verified, ...c }: CriterionInput): Criterion => ({
    ...c,
    kind,
    verified: verified ?? c.basis.every((b) => b.quote !== undefined)
  });
/** A label inclusion criterion: must be met by a recorded answer. */
export const inclusion = criterion('inclusion');
/** A label exclusion or contraindication: must be absent by a recorded answer. */
export const exclusion = criterion('exclusion');

/** The timed fields of a regimen item: a step of the care plan (docs/plan.md). */
export type PlanFields = Pick<
  RegimenItem,
  'step' | 'at' | 'by' | 'until' | 'every' | 'test' | 'ifNeeded' | 'when' | 'jurisdiction'
>;

export const regimen = (
  kind: RegimenItem['kind'],
  text: string,
  basis: Basis[],
  verified?: boolean,
  plan?: PlanFields
): RegimenItem => ({
  kind,
  text,
  basis,
  verified: verified ?? basis.every((b) => b.quote !== undefined),
  ...plan
});

/** A time relative to the dose (or another anchor): `on(-3, 'day')` is 3 days before the dose. */
export const on = (offset: number, unit: TimeUnit, anchor: Anchor = 'dose'): Timing => ({ offset, unit, anchor });
export const every = (n: number, unit: TimeUnit) => ({ n, unit });

export const fact = (text: string, sources: string[], verified = true): Statement => ({ text, sources, verified });

/** The condition itself: met whenever the product is considered (products are matched by indication). */
export const hasIndication = (indication: string): Condition => eq('patient.indication', indication);

/** The date this session checked every product against the copies in docs/research/. */
export const CHECKED = '2026-12-02';

export type { Product };
