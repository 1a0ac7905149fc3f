/**
 * Whether this tab keeps a saved copy of the case in step. Saving is opt-in: once the user
 * saves (or resumes a saved case), each change is written, so a reload resumes at the same page,
 * until they clear it, start a new case or open another one. Kept apart from `session.ts` so the
 * layout can watch it without loading the storage code before the user asks for it.
 */
import type { Draft } from '../case/schema';
import type { PageId } from '../wizard/pages';

type Writer = (draft: Draft, page: PageId) => unknown;

export const device = $state({ saving: false });
let writer: Writer | undefined;

export function keepSaving(write: Writer) {
  writer = write;
  device.saving = true;
}

export const stopSaving = () => (device.saving = false);

/** Called on every change of the case or page; writes only while the user has asked to save. */
export function keepSaved(draft: Draft, page: PageId) {
  if (device.saving && writer && page !== 'confirmDrop') writer(draft, page);
}
