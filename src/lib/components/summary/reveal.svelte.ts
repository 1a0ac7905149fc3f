/**
 * The summary's detail parts render on demand, after the decision: a part renders when the reader
 * comes near it (within half a screen of the viewport), and once the reader does anything at all
 * (scrolls, types — Ctrl+F included —, clicks or touches) the rest render one part per idle moment, so a
 * search of the page soon finds everything. Printing, the print button and the contents links show every
 * part at once (`all`): `beforeprint` and the print media query both call it, and it updates the DOM
 * before returning, so that the page is complete when it is laid out for paper. A page nobody touches
 * does no more than its first screen needs. Without a browser (server rendering, tests) everything renders.
 */
import { browser } from '$app/environment';
import { flushSync, getContext, onMount, setContext } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';

export type Reveal = {
  /** Whether the part with this place in the order (1, 2, …) is shown yet. */
  shows(order: number): boolean;
  /** Shows the part now (it has come near the viewport). */
  show(order: number): void;
  /** Shows every part now, with the DOM updated before this returns. */
  all(): void;
};

const KEY = Symbol('reveal');
const INTERACTIONS = ['scroll', 'keydown', 'pointerdown', 'touchstart', 'wheel'] as const;

/** Waits for the browser to be idle (or, without requestIdleCallback, for the next task). */
const whenIdle = (fn: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 0);

/** Creates the reveal for one summary page (call during component init) and gives it to its parts. */
export function createReveal(parts: number): Reveal {
  const shown = new SvelteSet<number>();
  let everything = $state(!browser);
  let stopped = false;

  const all = () => {
    if (everything) return;
    everything = true;
    flushSync();
  };
  /** The next part not yet shown, one per idle moment, until all are. */
  const step = () => {
    if (stopped || everything) return;
    const next = Array.from({ length: parts }, (_, i) => i + 1).find((n) => !shown.has(n));
    if (next === undefined) return;
    shown.add(next);
    whenIdle(step);
  };
  const onInteraction = (e: Event) => {
    // The app's own return to the top after a page change is no sign of a reader: a reader's scroll moves down.
    if (e.type === 'scroll' && window.scrollY === 0) return;
    for (const type of INTERACTIONS) removeEventListener(type, onInteraction);
    whenIdle(step);
  };

  onMount(() => {
    const print = matchMedia('print');
    const onPrint = (e: MediaQueryListEvent) => e.matches && all();
    addEventListener('beforeprint', all);
    print.addEventListener('change', onPrint);
    for (const type of INTERACTIONS) addEventListener(type, onInteraction, { passive: true });
    return () => {
      stopped = true;
      removeEventListener('beforeprint', all);
      print.removeEventListener('change', onPrint);
      for (const type of INTERACTIONS) removeEventListener(type, onInteraction);
    };
  });

  const reveal: Reveal = {
    shows: (order) => everything || shown.has(order),
    show: (order) => void shown.add(order),
    all
  };
  setContext(KEY, reveal);
  return reveal;
}

/** The reveal of the summary page this part belongs to; outside one, everything shows. */
export const useReveal = (): Reveal =>
  getContext<Reveal | undefined>(KEY) ?? { shows: () => true, show: () => {}, all: () => {} };

/** An action for a part's placeholder: shows the part when the placeholder comes within half a screen of the viewport. */
export function nearViewport(node: HTMLElement, onNear: () => void) {
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onNear(), {
    rootMargin: '50% 0px'
  });
  observer.observe(node);
  return { destroy: () => observer.disconnect() };
}
