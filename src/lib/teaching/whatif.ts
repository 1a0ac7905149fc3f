/**
 * What-if: the case with one page's answers changed, assessed beside the original. Pure; the case itself is
 * never changed. Answers the change makes irrelevant are left out of the copy (as the wizard would after
 * confirmation); questions it opens stay unanswered, so the engine treats them as not known.
 */
import type { Case, Draft } from '../case/schema';
import type { INDICATIONS } from '../case/values';
import { assessWith, diffAssessments, type Assessment, type AssessmentDiff } from '../engine/browser';
import type { Knowledge } from '../knowledge/compose';
import { answerRows } from '../wizard/answers';
import { toSection, validateSection, type FieldError } from '../wizard/forms';
import { dropOrphans, isComplete, orphanedBy, pathFor, type QuestionPage } from '../wizard/pages';
import type { Raw } from '../wizard/questions';

export type AnswerChange = { question: string; from: string; to: string };

export type WhatIf =
  | {
      ok: true;
      changed: Case;
      before: Assessment;
      after: Assessment;
      diff: AssessmentDiff;
      /** The answers that differ from the case's, in words ("Not answered" where there was none). */
      answers: AnswerChange[];
      /** Pages the change opens that have no answers yet. */
      unanswered: QuestionPage[];
    }
  | { ok: false; errors: FieldError[] };

/** Gives the knowledge for a condition: `loadKnowledge` in the browser, `knowledgeFor` in Node. */
export type KnowledgeSource = (indication: (typeof INDICATIONS)[number]) => Knowledge | Promise<Knowledge>;

/**
 * The case with `page` answered from the form values `raw`, or the page's validation errors. Asynchronous
 * because a changed condition needs that condition's products, which the browser may still have to load.
 */
export async function changeAnswer(
  original: Case,
  page: QuestionPage,
  raw: Raw,
  knowledge: KnowledgeSource
): Promise<WhatIf> {
  const draft = original as Draft;
  const section = toSection(page, raw, draft);
  const checked = validateSection(page, section, draft);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const next = dropOrphans({ ...draft, [page]: checked.value } as Draft, orphanedBy(page, checked.value, draft));
  const changed = structuredClone(next) as Case;
  const unanswered = pathFor(next).filter((p) => !isComplete(p, next));
  const [kBefore, kAfter] = await Promise.all([
    knowledge(original.patient.indication),
    knowledge(changed.patient.indication)
  ]);
  const before = assessWith(kBefore, original);
  const after = assessWith(kAfter, changed);
  return {
    ok: true,
    changed,
    before,
    after,
    diff: diffAssessments(before, after),
    unanswered,
    answers: answerChanges(original, changed)
  };
}

/** Questions whose answer in words differs between two cases, in wizard order. */
export function answerChanges(a: Case, b: Case): AnswerChange[] {
  const key = (r: { page: string; field: string }) => `${r.page}.${r.field}`;
  const before = new Map(answerRows(a as Draft).map((r) => [key(r), r]));
  const after = new Map(answerRows(b as Draft).map((r) => [key(r), r]));
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  return keys.flatMap((k) => {
    const [x, y] = [before.get(k), after.get(k)];
    const from = x?.answer ?? 'Not asked';
    const to = y?.answer ?? 'Not asked';
    return from === to ? [] : [{ question: (y ?? x)!.question, from, to }];
  });
}
