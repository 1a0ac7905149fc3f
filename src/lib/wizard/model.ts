/**
 * The wizard's test model: the finite set of events a user can send on each page, and a state
 * key that ignores answer details. `xstate/graph` walks it (machine.graph.test.ts), and walks that take
 * the same edges drive the real UI (tests/model.spec.ts).
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
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
    patient: { ageUnit: 'years', ageYears: 40, sex: 'male', indication: 'haemophilia_b' },
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
    liver: { altStatus: 'normal', fibrosis: 'f0_f1', hepatobiliaryDisease: 'no', malignancy: 'none' },
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

type Step = { event: WizardEvent | { type: 'xstate.init' }; state: Snapshot };

/**
 * The edges of the covering paths, walked in a few long walks: each walk goes, by the shortest way in the model's
 * graph, to the nearest edge not yet taken and takes it, so that the browser loads the app once per walk instead of
 * once per path, and repeats fewer steps. The graph's states ignore the answers' details, so every step is played
 * on the machine itself from the state actually reached (a kept answer can change where a later step leads); where
 * it leads elsewhere than planned, the walk plans again from there. A walk that has reached `maxSteps` ends and the
 * next starts again from the first page, so that the walks can share the workers. Steps as in xstate/graph.
 */
export function coveringWalks(exclude: WizardEvent['type'][] = [], maxSteps = 30) {
  const wanted = coveringPaths(exclude).edges;
  const adjacency = getAdjacencyMap(wizardMachine, MODEL_OPTIONS);
  type Planned = { event: string; to: string; edge: string };
  const graph = new Map<string, Planned[]>();
  for (const [key, v] of Object.entries(adjacency)) {
    const ts = Object.values(v.transitions as Record<string, { event: WizardEvent; state: Snapshot }>);
    graph.set(
      key,
      ts
        .filter((t) => !exclude.includes(t.event.type))
        .map((t) => ({
          event: eventKey(t.event),
          to: modelKey(t.state),
          edge: edgeOf(v.state.value as string, t.event, t.state.value as string)
        }))
    );
  }
  const covered = new Set<string>();
  const open = () => [...wanted].some((e) => !covered.has(e));

  /** The shortest way in the graph from a state to an edge not yet taken (breadth first). */
  function toNearestNew(from: string): Planned[] | undefined {
    const previous = new Map<string, { from: string; step: Planned } | null>([[from, null]]);
    const queue = [from];
    while (queue.length) {
      const here = queue.shift()!;
      for (const step of graph.get(here) ?? []) {
        if (wanted.has(step.edge) && !covered.has(step.edge)) {
          const way = [step];
          for (let p = previous.get(here); p; p = previous.get(p.from)) way.unshift(p.step);
          return way;
        }
        if (previous.has(step.to)) continue;
        previous.set(step.to, { from: here, step });
        queue.push(step.to);
      }
    }
    return undefined;
  }

  const [initial] = initialTransition(wizardMachine);
  const walks: { steps: Step[] }[] = [];
  while (open()) {
    let here = initial as Snapshot;
    const steps: Step[] = [{ event: { type: 'xstate.init' }, state: here }];
    let news = 0;
    walk: while (steps.length <= maxSteps) {
      const way = toNearestNew(modelKey(here));
      if (!way) break;
      for (const planned of way) {
        const event = modelEvents(here).find((e) => eventKey(e) === planned.event);
        if (!event) break walk;
        const [next] = transition(wizardMachine, here, event);
        const edge = edgeOf(here.value as string, event, next.value as string);
        if (wanted.has(edge) && !covered.has(edge)) news++;
        covered.add(edge);
        steps.push({ event, state: next });
        here = next;
        if (modelKey(next) !== planned.to) break;
      }
    }
    // A walk from the first page that takes no new edge: what is left cannot be reached this way.
    if (news === 0) break;
    walks.push({ steps });
  }
  return { walks, edges: wanted, covered: new Set([...covered].filter((e) => wanted.has(e))) };
}
