/**
 * Opening an example patient in the wizard, and remembering which example is open so that review and the
 * summary can name it. The example stays named while the case is changed answer by answer (each change
 * keeps the other pages' answers); a new case, a restart or another opened case shares no answers with it,
 * and the name goes.
 */
import type { Draft } from '../case/schema';
import type { ExamplePatient } from '../knowledge/examples';
import { QUESTION_PAGES } from '../wizard/pages';
import { loadedWizard, loadWizard } from '../wizard/lazy.svelte';
import { teaching } from './mode.svelte';

let last: Draft | null = null;
let watching = false;

/** Whether `next` continues `previous`: the same object, or one page changed and the others kept. */
export const continues = (next: Draft, previous: Draft | null) =>
  previous !== null &&
  (next === previous || QUESTION_PAGES.some((p) => next[p] !== undefined && next[p] === previous[p]));

function watch() {
  if (watching) return;
  watching = true;
  $effect.root(() => {
    $effect(() => {
      const draft = loadedWizard()?.context.draft as Draft | undefined;
      if (!draft || !teaching.example) return;
      if (!continues(draft, last)) teaching.example = null;
      last = draft;
    });
  });
}

/** Loads the example into the wizard (at review) and names it there. */
export async function openExample(p: ExamplePatient) {
  const wizard = await loadWizard();
  wizard.notice = null;
  wizard.send({ type: 'LOAD', case: structuredClone(p.case) });
  last = wizard.context.draft as Draft;
  teaching.example = {
    id: p.id,
    title: p.title,
    scenario: p.scenario,
    learningPoints: p.learningPoints,
    case: p.case
  };
  watch();
}
