/**
 * Teaching mode and large text: off by default, kept for this tab (sessionStorage, which the browser drops
 * when the tab closes), so a reload keeps them; nothing goes to localStorage. Large text sets
 * `data-large-text` on <html>, which scales rem.
 */
import { PREFS_KEY } from '../persistence/limits';

type Prefs = { on: boolean; large: boolean };

function readPrefs(): Prefs {
  try {
    const text = globalThis.sessionStorage?.getItem(PREFS_KEY);
    const json: unknown = text ? JSON.parse(text) : {};
    const p = (typeof json === 'object' && json !== null ? json : {}) as Partial<Record<keyof Prefs, unknown>>;
    return { on: p.on === true, large: p.large === true };
  } catch {
    return { on: false, large: false };
  }
}

function writePrefs(prefs: Prefs) {
  try {
    if (prefs.on || prefs.large) globalThis.sessionStorage?.setItem(PREFS_KEY, JSON.stringify(prefs));
    else globalThis.sessionStorage?.removeItem(PREFS_KEY);
  } catch {
    // Storage blocked: the choice holds until the tab reloads, as before.
  }
}

function showLarge(value: boolean) {
  if (typeof document === 'undefined') return;
  if (value) document.documentElement.dataset.largeText = 'true';
  else delete document.documentElement.dataset.largeText;
}

/** The example patient whose case is open in the wizard (teaching/opened.svelte.ts keeps it in step). */
export type OpenedExample = { id: string; title: string; scenario: string; learningPoints: string[]; case: unknown };

function createTeaching() {
  const saved = typeof window === 'undefined' ? { on: false, large: false } : readPrefs();
  let on = $state(saved.on);
  let large = $state(saved.large);
  showLarge(saved.large);
  let example = $state.raw<OpenedExample | null>(null);
  return {
    get example() {
      return example;
    },
    set example(value: OpenedExample | null) {
      example = value;
    },
    get on() {
      return on;
    },
    set on(value: boolean) {
      on = value;
      writePrefs({ on, large });
    },
    get largeText() {
      return large;
    },
    set largeText(value: boolean) {
      large = value;
      showLarge(value);
      writePrefs({ on, large });
    }
  };
}

export const teaching = createTeaching();
