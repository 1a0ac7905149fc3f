/**
 * The wizard's pages and the path through them. Pure functions of the answers: which pages
 * apply, what comes next and before, which pages are complete, and which answers on other
 * pages a new answer would make irrelevant.
 */
import { asksSection, conditionFieldsFor } from '../case/complete';
import type { Draft, SectionId } from '../case/schema';
import { validateSection } from './forms';

export const QUESTION_PAGES = [
  'patient',
  'condition',
  'infections',
  'aavAntibodies',
  'immunity',
  'medicines',
  'priorTherapy',
  'priorTherapyDetails',
  'liver',
  'target'
] as const satisfies readonly SectionId[];
export type QuestionPage = (typeof QUESTION_PAGES)[number];
export type PageId = 'start' | QuestionPage | 'review' | 'summary' | 'confirmDrop';

/** The six topics shown in the progress indicator; optional pages belong to a topic, so the count never changes. */
export const TOPICS = [
  { id: 'patient', title: 'Patient', pages: ['patient', 'condition'] },
  { id: 'infections', title: 'Infections and serostatus', pages: ['infections', 'aavAntibodies'] },
  { id: 'immunity', title: 'Immunity and medicines', pages: ['immunity', 'medicines'] },
  { id: 'prior', title: 'Previous gene therapy', pages: ['priorTherapy', 'priorTherapyDetails'] },
  { id: 'liver', title: 'Liver and other risks', pages: ['liver'] },
  { id: 'target', title: 'Target and vector', pages: ['target'] }
] as const satisfies readonly { id: string; title: string; pages: readonly QuestionPage[] }[];

export const topicOf = (page: QuestionPage) => TOPICS.findIndex((t) => (t.pages as readonly string[]).includes(page));

export { ALL_SLUGS, pageOfSlug, slugOf } from './slugs';

/** Whether a page is asked, given the answers so far: the case's own branching (case/complete.ts). */
export const applies = (page: QuestionPage, draft: Draft): boolean => asksSection(page, draft);

export const pathFor = (draft: Draft): QuestionPage[] => QUESTION_PAGES.filter((p) => applies(p, draft));

export const isComplete = (page: QuestionPage, draft: Draft): boolean =>
  draft[page] !== undefined && validateSection(page, draft[page], draft).ok;

export const allComplete = (draft: Draft) => pathFor(draft).every((p) => isComplete(p, draft));

/** The page after `page` on the path; with `toReview`, the first incomplete page after it, else review. */
export function nextPage(page: QuestionPage, draft: Draft, toReview: boolean): PageId {
  const path = pathFor(draft);
  const after = path.slice(path.indexOf(page) + 1);
  if (toReview) return after.find((p) => !isComplete(p, draft)) ?? 'review';
  return after[0] ?? 'review';
}

export function previousPage(page: QuestionPage, draft: Draft): PageId {
  const path = pathFor(draft);
  const index = path.indexOf(page);
  return index > 0 ? path[index - 1]! : 'start';
}

/** A page can be opened directly (browser Back/Forward) when it applies and every page before it is complete. */
export function canOpen(page: PageId, draft: Draft): boolean {
  if (page === 'start') return true;
  if (page === 'confirmDrop') return false;
  if (page === 'review' || page === 'summary') return allComplete(draft);
  if (!applies(page, draft)) return false;
  const path = pathFor(draft);
  return path.slice(0, path.indexOf(page)).every((p) => isComplete(p, draft));
}

/** Answers on other pages that saving `section` for `page` would make irrelevant: they wait for the user's consent. */
export function orphanedBy(
  page: QuestionPage,
  section: unknown,
  draft: Draft
): { page: QuestionPage; fields: string[] }[] {
  const next = { ...draft, [page]: section } as Draft;
  if (page === 'patient' && draft.condition) {
    const keep = conditionFieldsFor(next.patient?.indication);
    const fields = Object.keys(draft.condition).filter(
      (f) => !keep.includes(f) && draft.condition?.[f as keyof typeof draft.condition] !== undefined
    );
    if (fields.length > 0) return [{ page: 'condition', fields }];
  }
  if (page === 'priorTherapy' && draft.priorTherapyDetails && !applies('priorTherapyDetails', next)) {
    return [{ page: 'priorTherapyDetails', fields: Object.keys(draft.priorTherapyDetails) }];
  }
  return [];
}

/** Removes the orphaned answers named by `orphanedBy`. */
export function dropOrphans(draft: Draft, orphans: { page: QuestionPage; fields: string[] }[]): Draft {
  const next: Draft = { ...draft };
  for (const { page, fields } of orphans) {
    if (page === 'condition' && next.condition) {
      const kept = Object.fromEntries(Object.entries(next.condition).filter(([f]) => !fields.includes(f)));
      next.condition = Object.keys(kept).length > 0 ? kept : undefined;
      if (next.condition === undefined) delete next.condition;
    } else {
      delete next[page];
    }
  }
  return next;
}
