/**
 * assessWith(knowledge, case) → Assessment. Pure and deterministic: no clock, no randomness, and every list
 * follows the order of the knowledge-base data. The knowledge is the one composed for the case's condition
 * (knowledge/compose.ts): in Node `assess` (index.ts) composes it; the browser loads it (knowledge/catalogue.ts).
 */
import type { Case } from '../case/schema';
import { knowledgeBase, type Knowledge } from '../knowledge/compose';
import { ruleApplies } from '../knowledge/criteria';
import { DEFAULT_JURISDICTION } from '../knowledge/jurisdiction';
import { extractFacts } from './facts';
import { relevantProducts, runRules } from './outcomes';
import { followUpPlan, medicationActions, monitoringPlan, suggestSerotypes } from './plan';
import { assessPlatform, PLATFORM_IDS } from './platforms';
import { assessProducts } from './products';
import { platformStrengths } from './strengths';
import type { Assessment } from './types';
import { unknownQuestions } from './unknowns';

export function assessWith(k: Knowledge, c: Case): Assessment {
  const facts = extractFacts(c);
  const jurisdiction = c.patient.jurisdiction ?? DEFAULT_JURISDICTION;
  const every = runRules(k, facts);
  // The criteria of the other jurisdiction's label only inform the products' "In the EU: …" line.
  const outcomes = every.filter((o) => ruleApplies(k.ruleById.get(o.ruleId)!, jurisdiction));
  const relevant = relevantProducts(k, c.patient.indication);
  const strengths = platformStrengths(k, outcomes, relevant);
  const products = assessProducts(k, every, c.patient.indication, jurisdiction);
  const unknowns = unknownQuestions(k, outcomes, facts, relevant, products);
  return {
    platforms: PLATFORM_IDS.map((id) => assessPlatform(k, id, outcomes, relevant, strengths[id], unknowns)),
    products,
    serotypes: suggestSerotypes(facts),
    medicationActions: medicationActions(k, outcomes, relevant),
    monitoring: monitoringPlan(facts),
    followUp: followUpPlan(),
    unknowns,
    knowledgeBase: { version: knowledgeBase.version, reviewed: knowledgeBase.reviewed },
    rules: outcomes
  };
}
