/**
 * The wizard actor (XState, zod/mini and the questions: about 28 KB gzip) loads on the first page
 * that needs it, not with the start page: the layout, the start page and its case opener reach it
 * only through here. A tab that has not loaded it has no case in progress.
 */
type Wizard = (typeof import('./actor.svelte'))['wizard'];

let loaded = $state.raw<Wizard>();
let loading: Promise<Wizard> | undefined;

/** The wizard once it has loaded (reactive), else undefined. */
export const loadedWizard = (): Wizard | undefined => loaded;

export function loadWizard(): Promise<Wizard> {
  loading ??= import('./actor.svelte').then(
    (m) => (loaded = m.wizard),
    (error: unknown) => {
      loading = undefined; // a later attempt fetches it again
      throw error;
    }
  );
  return loading;
}
