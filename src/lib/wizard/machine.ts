/**
 * The wizard as one XState machine: the source of truth for which page is shown. Each question
 * page is a state; Continue is guarded by the page's zod schema; the routing states `advance`,
 * `retreat` and `jump` pick the next page from the answers, so branching lives in `pages.ts`.
 */
import { assign, setup } from 'xstate';
import { LABEL_MAX, SCHEMA_VERSION, type Case, type Draft } from '../case/schema';
import { validateRaw, type FieldError } from './forms';
import {
  QUESTION_PAGES,
  allComplete,
  canOpen,
  dropOrphans,
  isComplete,
  nextPage,
  orphanedBy,
  pathFor,
  previousPage,
  type PageId,
  type QuestionPage
} from './pages';
import type { Raw } from './questions';

export type Orphans = { page: QuestionPage; fields: string[] }[];
export type WizardContext = {
  draft: Draft;
  /** What the user last typed on each page, valid or not: pages reopen as they were left. */
  entries: Partial<Record<QuestionPage, Raw>>;
  errors: FieldError[];
  /** The page that sent the last event, for the routing states. */
  from: PageId;
  /** Set by a Change link on review: Continue goes back to review once no new question is open. */
  changing: QuestionPage | null;
  /** Set when a loaded or resumed complete case lacks answers (an older schema): Continue goes to the next unanswered page, then review. */
  completing: boolean;
  requested: PageId | null;
  pending: { page: QuestionPage; section: unknown; orphans: Orphans } | null;
};
export type WizardEvent =
  | { type: 'START' }
  | { type: 'CONTINUE'; raw: Raw }
  | { type: 'BACK'; raw?: Raw }
  | { type: 'CHANGE'; page: QuestionPage }
  | { type: 'GO_TO'; page: PageId }
  | { type: 'CONFIRM' }
  | { type: 'CANCEL' }
  | { type: 'LOAD'; case: Case }
  /** A saved case, or this tab's own copy after a reload (with what was typed on each page and the change under way). */
  | {
      type: 'RESUME';
      draft: Draft;
      page: PageId;
      entries?: WizardContext['entries'];
      changing?: QuestionPage | null;
      completing?: boolean;
    }
  | { type: 'RESTART' }
  /** The case reference (schema `label`): the user's own, at most LABEL_MAX characters, never in a share link. */
  | { type: 'LABEL'; label: string };

const ROUTABLE: PageId[] = ['start', ...QUESTION_PAGES, 'review', 'summary'];
const freshContext = (): WizardContext => ({
  draft: { schemaVersion: SCHEMA_VERSION },
  entries: {},
  errors: [],
  from: 'start',
  changing: null,
  completing: false,
  requested: null,
  pending: null
});

/** A resumed case reopens where it was left if that page can open, else at its first unanswered page. */
const resumeAt = (draft: Draft, page: PageId): PageId =>
  canOpen(page, draft) ? page : (pathFor(draft).find((p) => !isComplete(p, draft)) ?? 'review');

const nextOf = (c: WizardContext): PageId =>
  c.from === 'review' ? 'summary' : nextPage(c.from as QuestionPage, c.draft, c.changing !== null || c.completing);
const previousOf = (c: WizardContext): PageId => {
  if (c.from === 'summary') return 'review';
  if (c.changing === c.from) return 'review';
  return previousPage(c.from as QuestionPage, c.draft);
};

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent
  },
  guards: {
    rawInvalid: ({ context, event }, params: { page: QuestionPage }) =>
      event.type === 'CONTINUE' && !validateRaw(params.page, event.raw, context.draft).ok,
    wouldOrphanAnswers: ({ context, event }, params: { page: QuestionPage }) => {
      if (event.type !== 'CONTINUE') return false;
      const result = validateRaw(params.page, event.raw, context.draft);
      return result.ok && orphanedBy(params.page, result.value, context.draft).length > 0;
    },
    isNext: ({ context }, params: { page: PageId }) => nextOf(context) === params.page,
    isPrevious: ({ context }, params: { page: PageId }) => previousOf(context) === params.page,
    isRequested: ({ context }, params: { page: PageId }) => context.requested === params.page,
    changeIs: ({ event }, params: { page: QuestionPage }) => event.type === 'CHANGE' && event.page === params.page,
    canOpenRequested: ({ context, event }) => event.type === 'GO_TO' && canOpen(event.page, context.draft),
    answersComplete: ({ context }) => allComplete(context.draft)
  },
  actions: {
    enter: assign((_, params: { page: PageId }) => ({ from: params.page, errors: [] as FieldError[] })),
    rememberEntry: assign(({ context, event }, params: { page: QuestionPage }) => {
      if ((event.type !== 'CONTINUE' && event.type !== 'BACK') || !event.raw) return {};
      return { entries: { ...context.entries, [params.page]: event.raw } };
    }),
    showErrors: assign(({ context, event }, params: { page: QuestionPage }) => {
      if (event.type !== 'CONTINUE') return {};
      const result = validateRaw(params.page, event.raw, context.draft);
      return { errors: result.ok ? [] : result.errors };
    }),
    saveSection: assign(({ context, event }, params: { page: QuestionPage }) => {
      if (event.type !== 'CONTINUE') return {};
      const result = validateRaw(params.page, event.raw, context.draft);
      return result.ok ? { draft: { ...context.draft, [params.page]: result.value } } : {};
    }),
    holdSection: assign(({ context, event }, params: { page: QuestionPage }) => {
      if (event.type !== 'CONTINUE') return {};
      const result = validateRaw(params.page, event.raw, context.draft);
      if (!result.ok) return {};
      return {
        pending: {
          page: params.page,
          section: result.value,
          orphans: orphanedBy(params.page, result.value, context.draft)
        }
      };
    }),
    applyPending: assign(({ context }) => {
      if (!context.pending) return {};
      const { page, section, orphans } = context.pending;
      const entries = { ...context.entries };
      for (const o of orphans) {
        const entry = entries[o.page];
        if (!entry) continue;
        const kept = Object.fromEntries(Object.entries(entry).filter(([f]) => !o.fields.includes(f)));
        entries[o.page] = o.page === 'priorTherapyDetails' ? {} : kept;
      }
      return {
        draft: dropOrphans({ ...context.draft, [page]: section }, orphans),
        entries,
        from: page,
        pending: null
      };
    }),
    returnToPending: assign(({ context }) => ({ requested: context.pending?.page ?? null, pending: null })),
    startChange: assign((_, params: { page: QuestionPage }) => ({ changing: params.page })),
    rememberRequest: assign(({ event }) => (event.type === 'GO_TO' ? { requested: event.page, pending: null } : {})),
    finishChange: assign({ changing: null, completing: false }),
    load: assign(({ event }) => {
      if (event.type !== 'LOAD') return {};
      const draft = event.case as Draft;
      const requested = resumeAt(draft, 'review');
      return { ...freshContext(), draft, requested, completing: requested !== 'review' };
    }),
    resume: assign(({ event }) => {
      if (event.type !== 'RESUME') return {};
      const requested = resumeAt(event.draft, event.page);
      // Saved at review but lacking answers (an older schema): ask only those, then return to review.
      const completing =
        (event.completing ?? false) ||
        (requested !== event.page && (event.page === 'review' || event.page === 'summary'));
      return {
        ...freshContext(),
        draft: event.draft,
        entries: event.entries ?? {},
        changing: requested === event.page ? (event.changing ?? null) : null,
        requested,
        completing
      };
    }),
    reset: assign(() => freshContext()),
    setLabel: assign(({ context, event }) => {
      if (event.type !== 'LABEL') return {};
      const { label: _old, ...rest } = context.draft;
      const label = event.label.trim();
      return { draft: label && label.length <= LABEL_MAX ? { ...rest, label } : rest };
    })
  }
}).createMachine({
  id: 'wizard',
  context: freshContext,
  initial: 'start',
  on: {
    GO_TO: { guard: 'canOpenRequested', target: '.jump', actions: 'rememberRequest' },
    // A loaded case opens at review when it is complete, else at its first unanswered page (a case from an older schema).
    LOAD: { target: '.jump', actions: 'load' },
    RESUME: { target: '.jump', actions: 'resume' },
    RESTART: { target: '.start', actions: 'reset' },
    LABEL: { actions: 'setLabel' }
  },
  states: {
    start: {
      entry: { type: 'enter', params: { page: 'start' } },
      on: { START: 'patient' }
    },
    ...Object.fromEntries(
      QUESTION_PAGES.map((page) => [
        page,
        {
          entry: { type: 'enter', params: { page } },
          on: {
            CONTINUE: [
              {
                guard: { type: 'rawInvalid', params: { page } },
                actions: [
                  { type: 'rememberEntry', params: { page } },
                  { type: 'showErrors', params: { page } }
                ]
              },
              {
                guard: { type: 'wouldOrphanAnswers', params: { page } },
                target: 'confirmDrop',
                actions: [
                  { type: 'rememberEntry', params: { page } },
                  { type: 'holdSection', params: { page } }
                ]
              },
              {
                target: 'advance',
                actions: [
                  { type: 'rememberEntry', params: { page } },
                  { type: 'saveSection', params: { page } }
                ]
              }
            ],
            BACK: { target: 'retreat', actions: { type: 'rememberEntry', params: { page } } }
          }
        }
      ])
    ),
    confirmDrop: {
      on: {
        CONFIRM: { target: 'advance', actions: 'applyPending' },
        CANCEL: { target: 'jump', actions: 'returnToPending' }
      }
    },
    review: {
      entry: [{ type: 'enter', params: { page: 'review' } }, 'finishChange'],
      on: {
        CONTINUE: { guard: 'answersComplete', target: 'summary' },
        CHANGE: QUESTION_PAGES.map((page) => ({
          guard: { type: 'changeIs' as const, params: { page } },
          target: page,
          actions: { type: 'startChange' as const, params: { page } }
        })),
        BACK: 'retreat'
      }
    },
    summary: {
      entry: { type: 'enter', params: { page: 'summary' } },
      on: {
        BACK: 'retreat',
        CHANGE: QUESTION_PAGES.map((page) => ({
          guard: { type: 'changeIs' as const, params: { page } },
          target: page,
          actions: { type: 'startChange' as const, params: { page } }
        }))
      }
    },
    advance: {
      always: ROUTABLE.map((page) => ({ guard: { type: 'isNext' as const, params: { page } }, target: page }))
    },
    retreat: {
      always: ROUTABLE.map((page) => ({ guard: { type: 'isPrevious' as const, params: { page } }, target: page }))
    },
    jump: {
      always: ROUTABLE.map((page) => ({ guard: { type: 'isRequested' as const, params: { page } }, target: page }))
    }
  }
});
