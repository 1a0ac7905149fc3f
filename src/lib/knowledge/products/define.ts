/**
 * Small constructors for product modules, so each file reads like its label: who the label is
 * for (inclusions), who it excludes, the regimen around dosing, and where each was read.
 */
import type { Basis, Predicate, Criterion, Product, RegimenItem, Statement, Warning } from '../schema';
import type { Jurisdiction } from '../jurisdiction';
import type { Term } from '../terms/term';
import { eq } from '../build';
import type { Anchor, Timing, TimeUnit } from '../timing';

/** Where a statement was read; without `quote` it counts as unverified. */
export const read = (source: string, section: string, quote?: string): Basis =>
  quote ? { source, section, quote } : { source, section };

type CriterionInput = Omit<Criterion, 'kind' | 'verified'> & { verified?: boolean };
const make = (kind: Criterion['kind'], { verified, ...c }: CriterionInput): Criterion => ({
  ...c,
  kind,
  verified: verified ?? c.basis.every((b) => b.quote !== undefined)
});
/** `criterion({...})`, or a shared label term with this label's own words: `criterion(term, read(…), …)`. */
function criterion(kind: Criterion['kind']) {
  function build(c: CriterionInput): Criterion;
  function build(term: Term, ...basis: Basis[]): Criterion;
  function build(x: CriterionInput | Term, ...basis: Basis[]): Criterion {
    return 'basis' in x ? make(kind, x) : make(kind, { ...x, basis });
  }
  return build;
}
/** A label inclusion criterion: must be met by a recorded answer. */
export const inclusion = criterion('inclusion');
/** A label exclusion or contraindication: must be absent by a recorded answer. */
export const exclusion = criterion('exclusion');
/** A criterion that only one jurisdiction's label states (the other label does not, or was not read). */
export const onlyIn = (jurisdiction: Jurisdiction, c: Criterion): Criterion => ({ ...c, jurisdiction });

/** A boxed warning or a limitation of use; without a quote it counts as unverified. */
export const warning = (kind: Warning['kind'], text: string, basis: Basis[], jurisdiction?: Jurisdiction): Warning => ({
  kind,
  text,
  basis,
  verified: basis.every((b) => b.quote !== undefined),
  ...(jurisdiction ? { jurisdiction } : {})
});

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
export const hasIndication = (indication: string): Predicate => eq('patient.indication', indication);

/** The date this session checked every product against the copies in docs/research/. */
export const CHECKED = '2026-12-02';
/** The date the 2025–26 events, safety communications and the audited quotes were re-checked (knowledge base 2.1.0). */
export const RECHECKED = '2026-12-04';

export type { Product };

/** For a label whose boxed warning and limitations of use were not read: said, unverified, never left silent. */
export const notRead = (source: string): Warning =>
  warning('not_read', 'not read here: check the current label.', [read(source, 'not read')]);

/** Where the product can be had (knowledge/schema.ts `markets`). */
export const market = (
  status: 'authorised' | 'not_authorised' | 'withdrawn' | 'discontinued',
  note: Statement
): { status: typeof status; note: Statement } => ({ status, note });
