/** What opening, saving, clearing and resuming do to the wizard's case and this device's storage. */
import { caseGaps } from '../case/complete';
import type { Case } from '../case/schema';
import type { ImportReport } from '../fhir/bundle';
import { wizard } from '../wizard/actor.svelte';
import type { PageId } from '../wizard/pages';
import { keepSaving, stopSaving } from './device.svelte';
import { olderCaseNotice } from './migrations';
import type { Loaded, Problem } from './result';
import { clearSavedCase, loadSavedCase, saveCase, type Done, type SavedRead } from './storage';

/**
 * A case read and checked; a saved case is reread from storage when it is opened. A case from an older
 * schema may come with answers still `missing`: it opens at the first page that asks one.
 */
export type Opened =
  | { source: 'case file' | 'share link'; case: Case; missing?: Problem[] }
  /** A FHIR QuestionnaireResponse or Bundle (lib/fhir/import.ts): its answers may be partial, with the report. */
  | { source: 'FHIR file'; case: Case; report: ImportReport }
  | { source: 'saved case' };

/**
 * A failed check changes nothing. A good case opens at once when no case is in progress, and
 * otherwise only once the user has confirmed (`replace`); until then the answer is 'ask'.
 */
export function openChecked(result: Loaded<Opened>, replace = false): 'refused' | 'ask' | 'opened' {
  if (!result.ok) return 'refused';
  if (!replace && wizard.context.draft.patient !== undefined) return 'ask';
  const opened = result.value;
  wizard.notice = null;
  wizard.imported = null;
  if (opened.source === 'saved case') resumeSaved();
  else {
    stopSaving();
    wizard.send({ type: 'LOAD', case: opened.case });
    if (opened.source === 'FHIR file') wizard.imported = opened.report;
    else if (opened.missing?.length) wizard.notice = olderCaseNotice(opened.missing.length);
  }
  return 'opened';
}

export function saveNow(): Done {
  const done = saveCase(wizard.context.draft, wizard.page);
  if (done.ok) keepSaving(saveCase);
  return done;
}

export function clearNow(): Done {
  stopSaving();
  return clearSavedCase();
}

/** Reopens the saved case at `page` (a reload) or where it was saved; the machine falls back to a page it can open. */
export function resumeSaved(page?: PageId): SavedRead {
  const read = loadSavedCase();
  if (read.status === 'saved') {
    const wanted = page ?? read.saved.page;
    wizard.send({ type: 'RESUME', draft: read.saved.draft, page: wanted });
    // A case saved at review that no longer reaches it lacks answers: an older version did not ask them (say so,
    // as for files), or the page asked for was never reached in this version (say only where it opens).
    const gaps = caseGaps(read.saved.draft).length;
    if ((wanted === 'review' || wanted === 'summary') && wizard.page !== wanted)
      wizard.notice =
        read.saved.migratedFrom !== undefined && gaps > 0
          ? olderCaseNotice(gaps)
          : 'The saved case has questions still to answer, so it opens at the first of them; every answer given is kept.';
    keepSaving(saveCase);
  }
  return read;
}
