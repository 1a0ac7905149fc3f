/**
 * Whether this tab keeps a saved copy of the case in step. Saving is opt-in: once the user
 * saves (or resumes a saved case), each change is written, so a reload resumes at the same page,
 * until they clear it, start a new case or open another one. Kept apart from `session.ts` so the
 * layout can watch it without loading the storage code before the user asks for it.
 */
import type { Draft } from '../case/schema';
import type { PageId } from '../wizard/pages';

type Writer = (draft: Draft, page: PageId) => { ok: true } | { ok: false; message: string };

/** `failure` says why keeping the copy in step stopped (storage filled up or was turned off meanwhile). */
export const device = $state<{ saving: boolean; failure?: string }>({ saving: false });
let writer: Writer | undefined;

export function keepSaving(write: Writer) {
  writer = write;
  device.saving = true;
  device.failure = undefined;
}

export const stopSaving = () => (device.saving = false);

/** Called on every change of the case or page; writes only while the user has asked to save. */
export function keepSaved(draft: Draft, page: PageId) {
  if (!device.saving || !writer || page === 'confirmDrop') return;
  const done = writer(draft, page);
  if (!done.ok) {
    device.saving = false;
    device.failure = `${done.message} The copy saved earlier may not have your latest answers.`;
  }
}
