/**
 * The summary's detail sections render after the decision has painted, one section per task, so that
 * no long task holds up the first screen or the first click. Printing, the print button and the
 * contents links show every section at once (`all`), and a browser that never becomes idle still
 * renders them in time for print: `beforeprint` and the print media query both call `all`, which
 * flushes the DOM before the page is laid out for paper. Without a browser (server rendering, tests)
 * everything renders at once.
 */
import { browser } from '$app/environment';
import { flushSync, getContext, onMount, setContext } from 'svelte';

export type Reveal = {
  /** Whether the section with this place in the order (1, 2, …) is shown yet. */
  shows(order: number): boolean;
  /** Shows every section now, with the DOM updated before this returns. */
  all(): void;
};

const KEY = Symbol('reveal');

/** Waits for the browser to be idle (or, without requestIdleCallback, for the next task). */
const whenIdle = (fn: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 0);

/** Creates the reveal for one summary page (call during component init) and gives it to its sections. */
export function createReveal(sections: number): Reveal {
  let shown = $state(browser ? 0 : Infinity);
  let stopped = false;
  const all = () => {
    if (shown >= sections) return;
    shown = Infinity;
    flushSync();
  };
  const step = () => {
    if (stopped || shown >= sections) return;
    shown += 1;
    whenIdle(step);
  };
  onMount(() => {
    const print = matchMedia('print');
    const onPrint = (e: MediaQueryListEvent) => e.matches && all();
    addEventListener('beforeprint', all);
    print.addEventListener('change', onPrint);
    // After the first frame has painted: requestAnimationFrame runs before paint, the timeout after it.
    requestAnimationFrame(() => setTimeout(() => whenIdle(step), 0));
    return () => {
      stopped = true;
      removeEventListener('beforeprint', all);
      print.removeEventListener('change', onPrint);
    };
  });
  const reveal: Reveal = { shows: (order) => shown >= order, all };
  setContext(KEY, reveal);
  return reveal;
}

/** The reveal of the summary page this section belongs to; outside one, everything shows. */
export const useReveal = (): Reveal => getContext<Reveal | undefined>(KEY) ?? { shows: () => true, all: () => {} };
