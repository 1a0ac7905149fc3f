/**
 * The glue between the wizard and this device's storage. Saving is opt-in: once the user saves,
 * this tab keeps the saved copy in step with the case (so a reload resumes at the same page)
 * until they clear it, start a new case or open another one.
 */
import type { Draft } from '../case/schema';
import { wizard } from '../wizard/actor.svelte';
import type { PageId } from '../wizard/pages';
import { clearSavedCase, loadSavedCase, saveCase, type Done } from './storage';

export const device = $state({ saving: false });

export function saveNow(): Done {
  const done = saveCase(wizard.context.draft, wizard.page);
  device.saving = done.ok;
  return done;
}

export function clearNow(): Done {
  device.saving = false;
  return clearSavedCase();
}

/** Stops keeping the saved copy in step, without removing it: a different case is now in memory. */
export const stopSaving = () => (device.saving = false);

/** Called on every change of the case or page; writes only while the user has asked to save. */
export function keepSaved(draft: Draft, page: PageId) {
  if (device.saving && page !== 'confirmDrop') saveCase(draft, page);
}

/** On a reload of a wizard page, reopens the saved case there (or where the machine allows). */
export function resumeOnReload(page: PageId | undefined) {
  if (page === undefined || page === 'start') return;
  const read = loadSavedCase();
  if (read.status !== 'saved') return;
  wizard.send({ type: 'RESUME', draft: read.saved.draft, page });
  device.saving = true;
}
