/**
 * The wizard's test model: the finite set of events a user can send on each page, and a state
 * key that ignores answer details. `xstate/graph` walks it (machine.graph.test.ts) and the same
 * paths drive the real UI (tests/model.spec.ts).
 */
import type { SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { Case } from '../case/schema';
import { fromSection } from './forms';
import { wizardMachine, type WizardEvent } from './machine';
import { isComplete, pathFor, QUESTION_PAGES, type PageId, type QuestionPage } from './pages';

type Snapshot = SnapshotFrom<typeof wizardMachine>;

/**
 * Two complete cases whose mix exercises every branch: condition page on/off, prior-therapy details on/off,
 * age in years (pregnancy asked) or months (premature asked), an AAV5 result with its assay question.
 */
export const MODEL_CASES: Case[] = [
  {
    schemaVersion: 3,
    patient: { ageUnit: 'years', ageYears: 40, pregnancy: 'no', indication: 'haemophilia_b' },
    condition: { haemophiliaBSelection: 'yes', factorInhibitors: 'no' },
    infections: { hiv: 'negative', hbv: 'none', hcv: 'none', acuteInfection: 'no', ad5Nab: 'not_tested' },
    aavAntibodies: {
      testing: 'tested',
      results: [
        { serotype: 'AAV5', assay: 'neutralising', result: 'detected', titre: 100, assayVersion: 'clinical_study' }
      ]
    },
    immunity: { primaryImmunodeficiency: 'no', immunosuppressed: 'no', autoimmune: 'none', complement: 'none' },
    medicines: { answer: 'none', alcohol: 'no', liveVaccineDue: 'no' },
    priorTherapy: { hadGeneTherapy: 'yes' },
    priorTherapyDetails: { platforms: ['aav'], aavSerotypes: ['AAV8'], hscGeneTherapy: 'no', seriousReaction: 'no' },
    liver: { altStatus: 'normal', fibrosis: 'none_or_mild', hepatobiliaryDisease: 'no', malignancy: 'none' },
    target: { tissue: 'liver', goal: 'durable', route: 'systemic', aavDose: 'below_1e14' }
  },
  {
    schemaVersion: 3,
    patient: { ageUnit: 'months', ageMonths: 1, premature: 'no', indication: 'other' },
    infections: { hiv: 'not_known', hbv: 'not_known', hcv: 'not_known', acuteInfection: 'not_known', ad5Nab: 'high' },
    aavAntibodies: { testing: 'not_known' },
    immunity: {
      primaryImmunodeficiency: 'not_known',
      immunosuppressed: 'yes',
      autoimmune: 'other',
      complement: 'none'
    },
    medicines: { answer: 'not_known', alcohol: 'not_known', liveVaccineDue: 'yes' },
    priorTherapy: { hadGeneTherapy: 'no' },
    liver: { altStatus: 'not_known', fibrosis: 'not_known', hepatobiliaryDisease: 'not_known', malignancy: 'none' },
    target: { tissue: 'bladder_tumour', goal: 'transient', route: 'local', aavDose: 'not_planned' }
  }
];

const isQuestion = (p: string): p is QuestionPage => (QUESTION_PAGES as readonly string[]).includes(p);

/** The events a user can cause on the page the machine shows. */
export function modelEvents(snapshot: Snapshot): WizardEvent[] {
  const page = snapshot.value as PageId;
  const { draft, entries } = snapshot.context;
  const shown = isQuestion(page) ? (entries[page] ?? fromSection(page, draft[page])) : {};
  const goTo: WizardEvent[] = (['start', 'patient', 'review'] as const).map((p) => ({ type: 'GO_TO', page: p }));
  if (page === 'start') return [{ type: 'START' }, { type: 'RESTART' }, { type: 'LOAD', case: MODEL_CASES[0]! }];
  if (page === 'confirmDrop') return [{ type: 'CONFIRM' }, { type: 'CANCEL' }];
  const changes = pathFor(draft).map((p): WizardEvent => ({ type: 'CHANGE', page: p }));
  if (page === 'review') return [{ type: 'CONTINUE', raw: {} }, { type: 'BACK' }, ...changes.slice(0, 3), ...goTo];
  if (page === 'summary') return [{ type: 'BACK' }, changes[0]!, ...goTo];
  if (!isQuestion(page)) return [];
  const answers = MODEL_CASES.filter((c) => c[page] !== undefined).map((c): WizardEvent => ({
    type: 'CONTINUE',
    raw: fromSection(page, c[page])
  }));
  // A form cannot be emptied once a radio is chosen, so the empty Continue is offered only on a page that shows
  // nothing but its defaults (the labels' radio starts on the US).
  const defaults = fromSection(page, undefined);
  const onlyDefaults = Object.keys(shown).every((k) => k in defaults);
  const empty: WizardEvent[] = onlyDefaults ? [{ type: 'CONTINUE', raw: defaults }] : [];
  return [...answers, ...empty, { type: 'BACK', raw: shown }, ...goTo];
}

/** A state key that keeps what decides the next page and drops the answers' details. */
export function modelKey(snapshot: Snapshot): string {
  const { draft, changing, completing, pending, errors } = snapshot.context;
  const path = pathFor(draft);
  const complete = path.map((p) => (isComplete(p, draft) ? '1' : '0')).join('');
  return [
    snapshot.value,
    changing ?? '-',
    completing ? 'C' : '-',
    pending?.page ?? '-',
    errors.length > 0 ? 'E' : '-',
    path.join(','),
    complete
  ].join('|');
}

export const eventKey = (event: WizardEvent) =>
  event.type === 'CONTINUE'
    ? `CONTINUE:${Object.keys(event.raw).length === 0 ? 'empty' : JSON.stringify(event.raw)}`
    : event.type === 'CHANGE' || event.type === 'GO_TO'
      ? `${event.type}:${event.page}`
      : event.type;

export const MODEL_OPTIONS = { events: modelEvents, serializeState: modelKey, serializeEvent: eventKey };

/** What a step covers: the resting state it left, the kind of event, the resting state it reached. */
export const edgeOf = (from: string, event: WizardEvent, to: string) => `${from} --${event.type}--> ${to}`;

/**
 * A small set of the shortest paths that together take every edge of the model at least once:
 * what the UI suite walks, since a browser step costs far more than a machine step.
 */
export function coveringPaths(exclude: WizardEvent['type'][] = []) {
  const paths = getShortestPaths(wizardMachine, MODEL_OPTIONS).filter(
    (p) => !p.steps.some((s) => exclude.includes(s.event.type))
  );
  const edgesOf = (p: (typeof paths)[number]) =>
    p.steps.slice(1).map((s, i) => edgeOf(p.steps[i]!.state.value as string, s.event, s.state.value as string));
  const all = new Set(paths.flatMap(edgesOf));
  const covered = new Set<string>();
  const chosen: typeof paths = [];
  while (covered.size < all.size) {
    let best = paths[0]!;
    let gain = -1;
    for (const p of paths) {
      const g = new Set(edgesOf(p).filter((e) => !covered.has(e))).size;
      if (g > gain || (g === gain && p.steps.length < best.steps.length)) [best, gain] = [p, g];
    }
    if (gain <= 0) break;
    chosen.push(best);
    edgesOf(best).forEach((e) => covered.add(e));
  }
  return { paths: chosen, edges: all, covered };
}
