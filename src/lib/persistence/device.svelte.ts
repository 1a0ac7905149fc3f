/**
 * Whether this tab keeps a saved copy of the case in step. Saving is opt-in: once the user
 * saves (or resumes a saved case), each change is written, so a reload resumes at the same page,
 * until they clear it, start a new case or open another one. Kept apart from `session.ts` so the
 * layout can watch it without loading the storage code before the user asks for it.
 *
 * Tabs that share the saved case never overwrite each other silently: each write first checks that the
 * stored entry is still the one this tab wrote or read last. When another tab has changed it (the `storage`
 * event says so at once), this tab stops writing and asks: keep its own answers on the device, or stop saving
 * here. When another tab clears it, this tab stops saving too, and says so: a cleared case stays cleared.
 */
import type { Draft } from '../case/schema';
import type { PageId } from '../wizard/pages';
import { STORAGE_KEY } from './limits';

type Writer = (draft: Draft, page: PageId) => { ok: true } | { ok: false; message: string };

/**
 * `failure` says why keeping the copy in step stopped (storage filled up or was turned off meanwhile, or
 * another tab cleared it); `conflict` is set while another tab's change waits for this tab's choice.
 */
export const device = $state<{ saving: boolean; failure?: string; conflict?: string }>({ saving: false });
let writer: Writer | undefined;
/** The stored entry as this tab last wrote or read it. */
let known: string | null = null;
let last: { draft: Draft; page: PageId } | undefined;

const stored = (): string | null => {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
};

export const CHANGED_ELSEWHERE =
  'Another tab has changed the case saved on this device. This tab’s answers are kept here, but are no longer being saved: choose which to keep on the device.';
export const CLEARED_ELSEWHERE =
  'The case saved on this device was cleared in another tab, so this tab no longer saves it. Your answers stay in this tab until you close it; save again if you want to keep them on this device.';

export function keepSaving(write: Writer) {
  writer = write;
  device.saving = true;
  device.failure = undefined;
  device.conflict = undefined;
  known = stored();
}

export const stopSaving = () => {
  device.saving = false;
  device.conflict = undefined;
};

/** Called on every change of the case or page; writes only while the user has asked to save. */
export function keepSaved(draft: Draft, page: PageId) {
  last = { draft, page };
  if (!device.saving || device.conflict || !writer || page === 'confirmDrop') return;
  if (stored() !== known) return otherTabChanged();
  const done = writer(draft, page);
  if (!done.ok) {
    device.saving = false;
    device.failure = `${done.message} The copy saved earlier may not have your latest answers.`;
  }
  known = stored();
}

function otherTabChanged() {
  if (stored() === null) {
    device.saving = false;
    device.failure = CLEARED_ELSEWHERE;
  } else device.conflict = CHANGED_ELSEWHERE;
}

/** The user's choice after another tab changed the saved case: this tab's answers replace it, or this tab stops saving. */
export function settleConflict(choice: 'keep-mine' | 'stop') {
  device.conflict = undefined;
  if (choice === 'stop') return void (device.saving = false);
  known = stored();
  if (last) keepSaved(last.draft, last.page);
}

/** Another tab wrote or removed the saved case: this tab hears it at once (never for its own writes). */
export function watchOtherTabs() {
  addEventListener('storage', (event) => {
    if (!device.saving || (event.key !== STORAGE_KEY && event.key !== null)) return;
    if (stored() !== known) otherTabChanged();
  });
}
