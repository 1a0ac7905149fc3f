/**
 * assess(case) → Assessment. Pure and deterministic: no clock, no randomness, and every list
 * follows the order of the knowledge-base data.
 */
import type { Case } from '../case/schema';
import { knowledgeBase } from '../knowledge';
import { extractFacts } from './facts';
import { relevantProducts, runRules } from './outcomes';
import { followUpPlan, medicationActions, monitoringPlan, suggestSerotypes } from './plan';
import { assessPlatform, PLATFORM_IDS } from './platforms';
import { assessProducts } from './products';
import { platformStrengths } from './strengths';
import type { Assessment } from './types';
import { unknownQuestions } from './unknowns';

export function assess(c: Case): Assessment {
  const facts = extractFacts(c);
  const outcomes = runRules(facts);
  const relevant = relevantProducts(c.patient.indication);
  const strengths = platformStrengths(outcomes, relevant);
  const products = assessProducts(outcomes, c.patient.indication);
  const unknowns = unknownQuestions(outcomes, facts, relevant, products);
  return {
    platforms: PLATFORM_IDS.map((id) => assessPlatform(id, outcomes, relevant, strengths[id], unknowns)),
    products,
    serotypes: suggestSerotypes(facts),
    medicationActions: medicationActions(outcomes, relevant),
    monitoring: monitoringPlan(facts),
    followUp: followUpPlan(),
    unknowns,
    knowledgeBase: { version: knowledgeBase.version, reviewed: knowledgeBase.reviewed },
    rules: outcomes
  };
}
