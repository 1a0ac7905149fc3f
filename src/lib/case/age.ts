/**
 * The patient's age as the engine and the wizard use it: completed months. An exact age in
 * whole years y means at least 12·y months, which decides every "N years or older" and
 * "under N years" criterion exactly. A schema-1 age band is an interval: a criterion that the
 * interval straddles is unknown, never met.
 */
import type { Patient } from './schema';
import * as v from './values';

export type AgeRange = { readonly min: number; readonly max: number };

/** Completed months of each schema-1 band (older adults open-ended, capped at 130 years). */
export const BAND_MONTHS: Record<(typeof v.AGE_BANDS)[number], AgeRange> = {
  neonate: { min: 0, max: 2 },
  infant: { min: 3, max: 23 },
  child: { min: 24, max: 143 },
  adolescent: { min: 144, max: 215 },
  adult: { min: 216, max: 779 },
  older_adult: { min: 780, max: 1560 }
};
const NINETY_PLUS: AgeRange = { min: 90 * 12, max: 1560 };

type Age = Pick<Patient, 'ageUnit' | 'ageMonths' | 'ageYears' | 'ageBand'>;

/** Age in completed months: a number when exact, a range for 90+ or a schema-1 band, undefined when not recorded. */
export function ageInMonths(p: Partial<Age>): number | AgeRange | undefined {
  if (p.ageUnit === 'months') return p.ageMonths;
  if (p.ageUnit === 'years') return p.ageYears === undefined ? undefined : p.ageYears * 12;
  if (p.ageUnit === 'ninety_or_over') return NINETY_PLUS;
  return p.ageBand ? BAND_MONTHS[p.ageBand] : undefined;
}

const bounds = (a: number | AgeRange): AgeRange => (typeof a === 'number' ? { min: a, max: a } : a);

/** Premature birth is asked under 3 months of age. */
export const asksPremature = (p: Partial<Age>): boolean => {
  const a = ageInMonths(p);
  return a !== undefined && bounds(a).max < 3;
};

/** The ages at which pregnancy and breast-feeding can matter: 12 to 64 years (as schema 1 did for adolescents and adults). */
export const ofPregnancyAge = (p: Partial<Age>): boolean => {
  const a = ageInMonths(p);
  return a !== undefined && bounds(a).min >= 144 && bounds(a).max < 780;
};

/** Pregnancy and breast-feeding are asked at those ages, of every patient not recorded as male (schema 3). */
export const asksPregnancy = (p: Partial<Age> & { sex?: string }): boolean => ofPregnancyAge(p) && p.sex !== 'male';

/**
 * Sex is asked wherever a question or a label depends on it (schema 3): the pregnancy question (and the
 * semen and contraception advice after dosing) at 12 to 64 years, and the Skysona label (boys) for CALD.
 */
export const asksSex = (p: Partial<Age> & { indication?: string }): boolean =>
  ofPregnancyAge(p) || p.indication === 'cald';

/** The age in words, as the review page and the trace show it. */
export function ageText(p: Partial<Age>): string | undefined {
  if (p.ageUnit === 'months' && p.ageMonths !== undefined) return `${p.ageMonths} month${p.ageMonths === 1 ? '' : 's'}`;
  if (p.ageUnit === 'years' && p.ageYears !== undefined) return `${p.ageYears} years`;
  if (p.ageUnit === 'ninety_or_over') return '90 years or over';
  if (p.ageBand) {
    const r = BAND_MONTHS[p.ageBand];
    const span =
      r.max < 24
        ? `${r.min} to ${r.max} months`
        : r.max >= 1560
          ? `${r.min / 12} years or over`
          : `${r.min / 12} to ${Math.floor(r.max / 12)} years`;
    return `${span} (age band from an older case file; the exact age is not recorded)`;
  }
  return undefined;
}
