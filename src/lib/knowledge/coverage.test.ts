/**
 * Every answer the wizard asks is used: for each condition, each answer the engine extracts (knowledge/facts.ts)
 * and the wizard asks for that condition is read by at least one criterion or rule of the knowledge composed for
 * it. The few answers still asked of every patient but read for one condition only are listed below with why;
 * the test fails when a new unread answer appears, and when a listed one becomes read (so the list stays true).
 */
import { describe, expect, test } from 'vitest';
import { conditionFieldsFor } from '../case/complete';
import { INDICATIONS } from '../case/values';
import { FACTS, predicatePaths, knowledgeFor } from '.';

/** Asked of every patient, whatever the condition (the antibody answers are read per capsid). */
const ASKED_OF_ALL = Object.keys(FACTS).filter((p) => !p.startsWith('condition.') && !p.startsWith('aavAntibodies.'));

/**
 * An answer read through another (engine/facts.ts): "no gene therapy before" makes the details known, and a male
 * patient is never pregnant (the pregnancy question is not asked of him; the pregnancy fact reads "no").
 */
const GATES: Record<string, string> = {
  'priorTherapy.hadGeneTherapy': 'priorTherapyDetails.',
  'patient.sex': 'patient.pregnancy'
};

/**
 * Asked of every patient, read for these conditions only (open: ask them only there, or read them elsewhere).
 * - premature birth (asked under 3 months): Zolgensma §8.4;
 * - the ALT/AST multiple (asked when raised): Zolgensma's "> 2 × ULN not studied";
 * - a previous stem-cell gene therapy: Zynteglo's former EU contraindication (a strong caution).
 */
const READ_ONLY_FOR: Record<string, readonly string[]> = {
  'patient.premature': ['sma'],
  'liver.altMultiple': ['sma'],
  'priorTherapyDetails.hscGeneTherapy': ['tdt']
};

describe('every asked answer is read', () => {
  test.each(INDICATIONS)('%s: every question asked is read by a criterion or rule', (indication) => {
    const k = knowledgeFor(indication);
    const read = new Set(k.rules.flatMap((r) => predicatePaths(r.when)));
    const isRead = (path: string) =>
      read.has(path) || (GATES[path] !== undefined && [...read].some((p) => p.startsWith(GATES[path]!)));
    const asked = [...ASKED_OF_ALL, ...conditionFieldsFor(indication).map((f) => `condition.${f}`)];
    const expected = Object.entries(READ_ONLY_FOR)
      .filter(([, only]) => !only.includes(indication))
      .map(([path]) => path);
    expect(asked.filter((path) => !isRead(path)).sort()).toEqual(expected.sort());
  });
});
