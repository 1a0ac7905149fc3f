/**
 * Names and limits shared by the persistence modules, in a module of constants only, so the
 * start page can use them without loading the code that reads files, links and storage.
 */
export const STORAGE_KEY = 'vector-select:case';
/** This tab's own copy of the case in progress, in sessionStorage: the browser drops it when the tab closes. */
export const TAB_KEY = 'vector-select:tab';
/** Teaching mode and large text, in sessionStorage, for this tab only. */
export const PREFS_KEY = 'vector-select:prefs';
export const FRAGMENT_KEY = 'case';
export const MAX_FILE_BYTES = 100 * 1024;
export const MAX_LINK_CHARS = 8 * 1024;
export const MAX_INFLATED_BYTES = 64 * 1024;
export const MAX_STORED_CHARS = 100 * 1024;

/** The link payload from a fragment such as `#case=v1.…`, or undefined when the fragment holds no case. */
export const payloadOf = (hash: string): string | undefined => {
  // `#CASE=` (a link retyped or changed by a mail program) is read the same; the checks that follow are the usual ones.
  for (const [key, value] of new URLSearchParams(hash.replace(/^#/, '')))
    if (key.toLowerCase() === FRAGMENT_KEY) return value;
  return undefined;
};

/** Only looks for the saved entry; reads nothing of the case, and never throws where storage is blocked. */
export function hasSavedCase(store?: Storage): boolean {
  try {
    return (store ?? globalThis.localStorage)?.getItem(STORAGE_KEY) != null;
  } catch {
    return false;
  }
}

/** The tab's own copy, if any (sessionStorage, never sent, gone when the tab closes); null where storage is blocked. */
export function tabCopyText(store?: Storage): string | null {
  try {
    return (store ?? globalThis.sessionStorage)?.getItem(TAB_KEY) ?? null;
  } catch {
    return null;
  }
}
