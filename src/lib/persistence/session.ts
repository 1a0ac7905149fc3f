/** What the save buttons and a reload do with the wizard's case and this device's storage. */
import { wizard } from '../wizard/actor.svelte';
import type { PageId } from '../wizard/pages';
import { keepSaving, stopSaving } from './device.svelte';
import { clearSavedCase, loadSavedCase, saveCase, type Done, type SavedRead } from './storage';

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
    wizard.send({ type: 'RESUME', draft: read.saved.draft, page: page ?? read.saved.page });
    keepSaving(saveCase);
  }
  return read;
}
