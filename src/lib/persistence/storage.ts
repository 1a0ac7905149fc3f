/**
 * Saving on this device, only when the user asks: one localStorage entry holding the case in
 * progress and the page it was on. Read back through the envelope and the section schemas; a
 * damaged entry is reported and never used. Storage can be missing or full (private browsing,
 * quota, a blocked site), so every call reports failure instead of throwing.
 */
import type { Draft } from '../case/schema';
import type { PageId } from '../wizard/pages';
import { isResumablePage, validateDraft, type ResumablePage } from './draft';
import { openEnvelope, wrap } from './envelope';
import { MAX_STORED_CHARS, STORAGE_KEY } from './limits';
import { refused, type Loaded } from './result';

export { hasSavedCase, STORAGE_KEY } from './limits';

/** `migratedFrom`: the older schema the entry was saved with, when it was. */
export type Saved = { draft: Draft; page: ResumablePage; savedAt?: string; migratedFrom?: number };
export type Done = { ok: true } | { ok: false; message: string };
export type SavedRead =
  { status: 'none' } | { status: 'saved'; saved: Saved } | { status: 'damaged' | 'unavailable'; message: string };

const UNAVAILABLE =
  'This browser is not letting vector-select use its storage (private browsing or a site setting may block it).';

/** The browser's localStorage, or undefined where reading it is refused. */
export function deviceStorage(kind: 'localStorage' | 'sessionStorage' = 'localStorage'): Storage | undefined {
  try {
    return globalThis[kind] ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveCase(draft: Draft, page: PageId, store = deviceStorage(), now = new Date()): Done {
  if (!store) return { ok: false, message: `${UNAVAILABLE} Download the case file instead.` };
  const value = { ...wrap(draft, 'case-in-progress', now), page: isResumablePage(page) ? page : 'review' };
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(value));
    return { ok: true };
  } catch {
    return {
      ok: false,
      message:
        'The case could not be saved: this browser’s storage is full or turned off. Download the case file instead.'
    };
  }
}

/** Parses a stored entry: the envelope, the page, and each answered section. */
export function readSaved(text: string): Loaded<Saved> {
  if (text.length > MAX_STORED_CHARS) return refused('it is larger than any case could be');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refused('it is not readable JSON');
  }
  const opened = openEnvelope(json, 'case-in-progress');
  if (!opened.ok) return opened;
  const page = (json as { page?: unknown }).page;
  if (!isResumablePage(page)) return refused('it does not say which page the case was on', 'page');
  const draft = validateDraft(opened.value.raw);
  if (!draft.ok) return draft;
  return {
    ok: true,
    value: {
      draft: draft.value,
      page,
      ...(opened.value.savedAt ? { savedAt: opened.value.savedAt } : {}),
      ...(opened.value.migratedFrom !== undefined ? { migratedFrom: opened.value.migratedFrom } : {})
    }
  };
}

export function loadSavedCase(store = deviceStorage()): SavedRead {
  if (!store) return { status: 'unavailable', message: UNAVAILABLE };
  let text: string | null;
  try {
    text = store.getItem(STORAGE_KEY);
  } catch {
    return { status: 'unavailable', message: UNAVAILABLE };
  }
  if (text === null) return { status: 'none' };
  const read = readSaved(text);
  if (read.ok) return { status: 'saved', saved: read.value };
  const reason = read.problems.map((p) => p.message.replace(/\.$/, '')).join('; ');
  return {
    status: 'damaged',
    message: `The case saved on this device could not be opened: ${reason}. It has not been used; you can clear it from this device.`
  };
}

/**
 * Removes every byte this app stored on the device (localStorage). This tab's own copy (sessionStorage) stays
 * with the tab, like its memory, and goes when the tab is closed or a new case is started.
 */
export function clearSavedCase(stores = [deviceStorage('localStorage')]): Done {
  try {
    for (const store of stores) {
      if (!store) continue;
      const keys = Array.from({ length: store.length }, (_, i) => store.key(i));
      for (const key of keys) if (key?.startsWith('vector-select:')) store.removeItem(key);
    }
    return { ok: true };
  } catch {
    return {
      ok: false,
      message: 'The saved case could not be cleared: this browser is not letting vector-select change its storage.'
    };
  }
}
