/**
 * Names and limits shared by the persistence modules, in a module of constants only, so the
 * start page can use them without loading the code that reads files, links and storage.
 */
export const STORAGE_KEY = 'vector-select:case';
export const FRAGMENT_KEY = 'case';
export const MAX_FILE_BYTES = 100 * 1024;
export const MAX_LINK_CHARS = 8 * 1024;
export const MAX_INFLATED_BYTES = 64 * 1024;
export const MAX_STORED_CHARS = 100 * 1024;

/** The link payload from a fragment such as `#case=v1.…`, or undefined when the fragment holds no case. */
export const payloadOf = (hash: string): string | undefined =>
  new URLSearchParams(hash.replace(/^#/, '')).get(FRAGMENT_KEY) ?? undefined;

/** Only looks for the saved entry; reads nothing of the case, and never throws where storage is blocked. */
export function hasSavedCase(store?: Storage): boolean {
  try {
    return (store ?? globalThis.localStorage)?.getItem(STORAGE_KEY) != null;
  } catch {
    return false;
  }
}
