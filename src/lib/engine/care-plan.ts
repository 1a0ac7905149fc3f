/**
 * One care plan per product that meets or may meet its label: the product's timed regimen items (its own
 * label data), the dose, and long-term follow-up — the platform's line only where the product's data has
 * none. Platform monitoring lines become background, never a second instruction. `extra` is the seam for
 * items from elsewhere with the same Timing shape (e.g. a medicine's washout): see docs/plan.md.
 * Every renderer builds the plans from the assessment with `carePlans` (the summary in its lazily loaded view).
 */
import { concerns } from './concerns';
import { ANCHORS, approximateDays, type Timing } from '../knowledge/timing';
import { PLAN_STEPS } from '../knowledge/plan-steps';
import type { Assessment, CarePlan, PlanItem, ProductAssessment, RegimenEntry } from './types';

import { hasPlan } from './has-plan';

export { hasPlan };

const timed = (r: RegimenEntry): r is RegimenEntry & Pick<PlanItem, 'step' | 'at' | 'jurisdiction'> =>
  r.at !== undefined && r.step !== undefined;

function fromRegimen(r: RegimenEntry & Pick<PlanItem, 'step' | 'at' | 'jurisdiction'>): PlanItem {
  const { kind: _kind, applies: _applies, ...item } = r;
  return { ...item, origin: 'label' };
}

function doseItem(p: ProductAssessment): PlanItem {
  const approval = p.facts[0];
  return {
    step: 'dose',
    text: `${p.name}: ${p.route}.`,
    at: { offset: 0, unit: 'day', anchor: 'dose' },
    jurisdiction: 'both',
    sources: approval?.sources ?? p.sources.slice(0, 1),
    verified: approval?.verified ?? false,
    origin: 'label'
  };
}

function followUpItem(a: Pick<Assessment, 'followUp'>, p: ProductAssessment): PlanItem[] {
  const platform = p.platform === 'aav' || p.platform === 'lv' || p.platform === 'adv' ? p.platform : undefined;
  if (!platform) return [];
  const f = a.followUp[platform];
  return [
    {
      step: 'follow_up',
      text: `Long-term follow-up (platform guidance; the product's own data give none): ${f.text}`,
      at: { offset: 0, unit: 'day', anchor: 'dose' },
      ...(f.years !== null ? { until: { offset: f.years, unit: 'year' as const, anchor: 'dose' as const } } : {}),
      jurisdiction: 'US',
      sources: f.sources,
      verified: f.verified,
      origin: 'platform'
    }
  ];
}

/** Anchors in time order, then the long-term follow-up last; within a group by day, then by kind of step. */
const GROUP = (i: PlanItem) => (i.step === 'follow_up' ? ANCHORS.length : ANCHORS.indexOf(i.at.anchor));
export const planOrder = (x: PlanItem, y: PlanItem) =>
  GROUP(x) - GROUP(y) ||
  approximateDays(x.at) - approximateDays(y.at) ||
  Number(!x.by) - Number(!y.by) ||
  PLAN_STEPS.indexOf(x.step) - PLAN_STEPS.indexOf(y.step);

export function buildPlan(
  a: Pick<Assessment, 'followUp' | 'monitoring'>,
  p: ProductAssessment,
  extra: readonly PlanItem[] = []
): CarePlan {
  const own = p.regimen
    .filter(timed)
    .filter((r) => r.applies !== 'not_met')
    .map(fromRegimen);
  const items = [
    ...own,
    ...(own.some((i) => i.step === 'dose' && i.at.anchor === 'dose' && i.at.offset === 0) ? [] : [doseItem(p)]),
    ...(own.some((i) => i.step === 'follow_up') ? [] : followUpItem(a, p)),
    ...extra.map((i) => ({ ...i, origin: 'extra' as const }))
  ];
  const platform = p.platform as keyof typeof a.monitoring;
  return {
    product: p.id,
    name: p.name,
    items: [...items].sort(planOrder),
    background: a.monitoring[platform] ?? []
  };
}

/**
 * The patient's medicines on the plan: each medication action with a sourced timing (knowledge/interactions.ts, e.g.
 * "stop 7 days before conditioning") that concerns this product, or its platform when the action names no product.
 * A timing before its anchor is a deadline; one after it runs from the anchor to then ("none for 6 months after").
 * A step the product's own regimen already gives at the same time is not said twice.
 */
export function medicineSteps(a: Pick<Assessment, 'medicationActions'>, p: ProductAssessment): PlanItem[] {
  const same = (x?: Timing, y?: Timing) =>
    x === y || (!!x && !!y && x.anchor === y.anchor && approximateDays(x) === approximateDays(y));
  const own = p.regimen.filter((r) => r.step === 'medicine' && r.at);
  return a.medicationActions
    .filter((m) => concerns(m, p))
    .flatMap((m) =>
      (m.timings ?? []).map((t): PlanItem => ({
        step: 'medicine',
        ...(t.offset < 0 ? { at: t, by: true as const } : { at: { ...t, offset: 0 }, until: t }),
        text: m.text,
        jurisdiction: 'both',
        sources: m.sources,
        verified: m.verified,
        origin: 'extra'
      }))
    )
    .filter((i) => !own.some((r) => same(r.at, i.at) && same(r.until, i.until)));
}

/** The care plans of an assessment: one per product that meets or may meet its label, with the medicines' steps. */
export const carePlans = (
  a: Pick<Assessment, 'followUp' | 'monitoring' | 'products'> & Partial<Pick<Assessment, 'medicationActions'>>
): CarePlan[] =>
  a.products
    .filter(hasPlan)
    .map((p) => buildPlan(a, p, medicineSteps({ medicationActions: a.medicationActions ?? [] }, p)));
