/**
 * The words of a care plan, shared by the summary (timeline and print table) and the text report:
 * when a step happens, how often and until when, relative to the dose day (before: days or weeks;
 * after: days, weeks, months, years) or to mobilisation or conditioning.
 */
import type { PlanStep } from '../knowledge/plan-steps';
import type { Timing, TimeUnit } from '../knowledge/timing';
import type { Every, PlanItem } from '../engine/types';

export const STEP_WORDS: Record<PlanStep, string> = {
  medicine: 'Medicine',
  test: 'Test',
  collection: 'Cell collection',
  conditioning: 'Conditioning',
  immunosuppression: 'Immunosuppression',
  dose: 'Dose',
  stay: 'Stay and travel',
  monitoring: 'Monitoring',
  contraception: 'Contraception',
  follow_up: 'Follow-up'
};

const ANCHOR_WORDS = { dose: 'the dose', conditioning: 'conditioning', mobilisation: 'mobilisation' } as const;
const UNIT_TITLE: Record<TimeUnit, string> = { day: 'Day', week: 'Week', month: 'Month', year: 'Year' };
const plural = (n: number, unit: TimeUnit) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "Dose day", "3 days before the dose", "Week 26", "2 weeks after conditioning", "Before mobilisation". */
export function timingWords(t: Timing, by = false): string {
  const anchor = ANCHOR_WORDS[t.anchor];
  if (t.offset === 0) {
    if (by) return `Before ${anchor}`;
    return t.anchor === 'dose' ? 'Dose day' : `Start of ${anchor}`;
  }
  if (t.offset < 0) return `${by ? 'At least ' : ''}${plural(-t.offset, t.unit)} before ${anchor}`;
  return t.anchor === 'dose' ? `${UNIT_TITLE[t.unit]} ${t.offset}` : `${plural(t.offset, t.unit)} after ${anchor}`;
}

const EVERY: Partial<Record<TimeUnit, string>> = { day: 'daily', week: 'weekly', month: 'monthly', year: 'yearly' };
/** "weekly", "every 2 weeks", "every 6 months". */
export const everyWords = (e: Every) => (e.n === 1 ? EVERY[e.unit]! : `every ${e.n} ${e.unit}s`);

/** How often and how long: "weekly to week 26", "to month 6", "every 6 months, ongoing". */
export function spanWords(i: Pick<PlanItem, 'every' | 'until' | 'at'>): string {
  const until = i.until ? `to ${timingWords(i.until).replace(/^([A-Z])/, (c) => c.toLowerCase())}` : '';
  if (i.every) return [everyWords(i.every), until || 'ongoing'].join(', ');
  return until;
}

/** One line of a plan, as the text report prints it. */
export function planLine(i: PlanItem): string {
  const span = spanWords(i);
  const tags = [i.ifNeeded ? 'if needed' : '', i.jurisdiction === 'both' ? '' : `${i.jurisdiction} label`]
    .filter(Boolean)
    .join('; ');
  return `${timingWords(i.at, i.by)}${span ? ` (${span})` : ''} — ${STEP_WORDS[i.step]}: ${i.text}${tags ? ` [${tags}]` : ''}`;
}
