/**
 * Small constructors for product modules, so each file reads like its label: who the label is
 * for (inclusions), who it excludes, the regimen around dosing, and where each was read.
 */
import type { Basis, Condition, Criterion, Product, RegimenItem, Statement } from '../schema';
import { eq } from '../build';

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

export const regimen = (kind: RegimenItem['kind'], text: string, basis: Basis[], verified?: boolean): RegimenItem => ({
  kind,
  text,
  basis,
  verified: verified ?? basis.every((b) => b.quote !== undefined)
});

export const fact = (text: string, sources: string[], verified = true): Statement => ({ text, sources, verified });

/** The condition itself: met whenever the product is considered (products are matched by indication). */
export const hasIndication = (indication: string): Condition => eq('patient.indication', indication);

/** The date this session checked every product against the copies in docs/research/. */
export const CHECKED = '2026-12-02';
/** The date the 2025–26 events, safety communications and the audited quotes were re-checked (knowledge base 2.1.0). */
export const RECHECKED = '2026-12-04';

export type { Product };
