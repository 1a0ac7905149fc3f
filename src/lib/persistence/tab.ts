/**
 * This tab's own copy of the case in progress: what a reload, Back/Forward and the browser's tab restore need
 * to reopen the case exactly as it was, including what was typed on a page and not yet continued. It lives in
 * sessionStorage, which belongs to this tab alone, is never sent anywhere, and is dropped by the browser when
 * the tab is closed. Writing is light (no schema code, `tab-copy.ts`); reading checks every answer with the
 * section schemas, like a saved case, and a damaged copy is ignored.
 */
import type { Draft } from '../case/schema';
import type { Raw } from '../wizard/questions';
import { QUESTION_PAGES, type QuestionPage } from '../wizard/pages';
import { isResumablePage, validateDraft, type ResumablePage } from './draft';
import { MAX_STORED_CHARS, TAB_KEY } from './limits';
import { migrate } from './migrations';
import { isRecord } from './result';

export type TabCopy = {
  draft: Draft;
  page: ResumablePage;
  entries: Partial<Record<QuestionPage, Raw>>;
  changing: QuestionPage | null;
  completing: boolean;
  /** The user had asked to keep the case saved on this device. */
  saving: boolean;
};

const isQuestion = (p: unknown): p is QuestionPage =>
  typeof p === 'string' && (QUESTION_PAGES as readonly string[]).includes(p);

/** What was typed: only field names and text or lists of text, so nothing else can reach a form. */
function entriesOf(value: unknown): TabCopy['entries'] {
  if (!isRecord(value)) return {};
  const entries: TabCopy['entries'] = {};
  for (const [page, raw] of Object.entries(value)) {
    if (!isQuestion(page) || !isRecord(raw)) continue;
    const kept: Raw = {};
    for (const [field, v] of Object.entries(raw))
      if (typeof v === 'string') kept[field] = v;
      else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) kept[field] = v as string[];
    entries[page] = kept;
  }
  return entries;
}

/** The copy in `text`, or undefined when there is none or it cannot be trusted. */
export function readTabCopy(text: string | null): TabCopy | undefined {
  if (text === null || text.length > MAX_STORED_CHARS) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(json) || json.app !== 'vector-select' || json.kind !== 'tab-copy') return undefined;
  const migrated = migrate(json.case);
  if (!migrated.ok) return undefined;
  const draft = validateDraft(migrated.value);
  if (!draft.ok) return undefined;
  return {
    draft: draft.value,
    page: isResumablePage(json.page) ? json.page : 'start',
    entries: entriesOf(json.entries),
    changing: isQuestion(json.changing) ? json.changing : null,
    completing: json.completing === true,
    saving: json.saving === true
  };
}

export function loadTabCopy(store?: Storage): TabCopy | undefined {
  try {
    return readTabCopy((store ?? globalThis.sessionStorage)?.getItem(TAB_KEY) ?? null);
  } catch {
    return undefined;
  }
}
