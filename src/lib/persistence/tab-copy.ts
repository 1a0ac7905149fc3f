/**
 * Writes this tab's own copy of the case in progress (see `tab.ts`) on every change: plain JSON, no schema
 * code, so the layout can keep it from the first page. sessionStorage is this tab's alone and is dropped when
 * the tab closes; where it is blocked or full, nothing is written and the case stays in memory as before.
 */
import type { Draft } from '../case/schema';
import type { PageId, QuestionPage } from '../wizard/pages';
import type { Raw } from '../wizard/questions';
import { TAB_KEY } from './limits';

export type TabState = {
  draft: Draft;
  page: PageId;
  entries: Partial<Record<QuestionPage, Raw>>;
  changing: QuestionPage | null;
  completing: boolean;
  pending: { page: QuestionPage } | null;
  saving: boolean;
};

/** The JSON kept for the tab; a page asking to confirm removed answers is kept as the page that asked. */
export function tabCopyJson(s: TabState): string {
  const page = s.page === 'confirmDrop' ? (s.pending?.page ?? 'start') : s.page;
  return JSON.stringify({
    app: 'vector-select',
    kind: 'tab-copy',
    page,
    case: s.draft,
    entries: s.entries,
    changing: s.changing,
    completing: s.completing,
    saving: s.saving
  });
}

/** Keeps the copy, or removes it once the tab holds no case (a new case not yet answered). */
export function keepTabCopy(s: TabState, store?: Storage) {
  try {
    const target = store ?? globalThis.sessionStorage;
    const answered = Object.keys(s.draft).some((k) => k !== 'schemaVersion');
    const typed = Object.values(s.entries).some((raw) => raw && Object.keys(raw).length > 0);
    const empty = !answered && !typed;
    if (empty) target?.removeItem(TAB_KEY);
    else target?.setItem(TAB_KEY, tabCopyJson(s));
  } catch {
    // Storage blocked or full: the case stays in this tab's memory, as it always did.
  }
}
