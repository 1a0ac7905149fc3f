/**
 * The care plan as the summary shows it: one row per step, grouped into phases (before the dose, the
 * dose day, after it, long-term follow-up), with calendar dates when the user has entered a planned
 * dose date. The date lives only in the page's memory (never in the case, a link or storage).
 */
import type { CarePlan, PlanItem, Statement } from '../engine/browser';
import { spanWords, STEP_WORDS, timingWords } from '../words/plan';
import type { Timing } from '../knowledge/timing';

export type Phase = 'before' | 'dose' | 'after' | 'follow_up';
export const PHASE_WORDS: Record<Phase, string> = {
  before: 'Before the dose',
  dose: 'Dose day',
  after: 'After the dose',
  follow_up: 'Long-term follow-up'
};

export type PlanRow = Statement & {
  when: string;
  /** The calendar date (and end date) when a dose date is given and the step is timed from the dose. */
  date?: string;
  endDate?: string;
  step: string;
  span: string;
  ifNeeded: boolean;
  /** 'US' or 'EU' when only that label says it. */
  jurisdiction?: string;
};

export const phaseOf = (i: PlanItem): Phase =>
  i.step === 'follow_up'
    ? 'follow_up'
    : i.at.anchor !== 'dose' || i.at.offset < 0 || (i.at.offset === 0 && i.by)
      ? 'before'
      : i.at.offset === 0
        ? 'dose'
        : 'after';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Whether a typed date is a real calendar date (yyyy-mm-dd). */
export const isDate = (s: string) => {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
};

/** The date of a step timed from the dose, given the dose date; months and years keep the day, or the month's last. */
export function dateOf(dose: string, t: Timing): string | undefined {
  if (t.anchor !== 'dose' || !isDate(dose)) return undefined;
  const [y, m, d] = dose.split('-').map(Number) as [number, number, number];
  const days = t.unit === 'day' ? t.offset : t.unit === 'week' ? 7 * t.offset : 0;
  const months = t.unit === 'month' ? t.offset : t.unit === 'year' ? 12 * t.offset : 0;
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(y, m - 1 + months, Math.min(d, last) + days));
  return date.toISOString().slice(0, 10);
}

export function planRows(plan: CarePlan, dose = ''): { phase: Phase; rows: PlanRow[] }[] {
  const phases: { phase: Phase; rows: PlanRow[] }[] = [];
  for (const i of plan.items) {
    const phase = phaseOf(i);
    const date = dateOf(dose, i.at);
    const endDate = i.until && dateOf(dose, i.until);
    const row: PlanRow = {
      when: i.step === 'follow_up' && i.at.offset === 0 ? 'From the dose day' : timingWords(i.at, i.by),
      ...(date ? { date: i.by ? `by ${date}` : date } : {}),
      ...(endDate ? { endDate } : {}),
      step: STEP_WORDS[i.step],
      text: i.text,
      span: spanWords(i),
      ifNeeded: i.ifNeeded === true,
      ...(i.jurisdiction !== 'both' ? { jurisdiction: i.jurisdiction } : {}),
      sources: i.sources,
      verified: i.verified
    };
    const last = phases.at(-1);
    if (last?.phase === phase) last.rows.push(row);
    else phases.push({ phase, rows: [row] });
  }
  return phases;
}
