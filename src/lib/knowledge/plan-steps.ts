/**
 * The vocabulary of a care plan (docs/plan.md): the kinds of step, in the order a day's steps are listed,
 * and whose label a step comes from.
 */
import type { Jurisdiction } from './jurisdiction';

export const PLAN_STEPS = [
  'medicine',
  'test',
  'collection',
  'conditioning',
  'immunosuppression',
  'dose',
  'stay',
  'monitoring',
  'contraception',
  'follow_up'
] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];

/** 'both' when the US and EU labels say the same, or the step is not label-specific (e.g. an expert group). */
export const PLAN_JURISDICTIONS = ['US', 'EU', 'both'] as const satisfies readonly (Jurisdiction | 'both')[];
export type PlanJurisdiction = (typeof PLAN_JURISDICTIONS)[number];
