import { describe, expect, test } from 'vitest';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { wizardMachine, type WizardEvent } from './machine';
import { initialTransition, transition } from 'xstate';
import { coveringPaths, coveringWalks, eventKey, MODEL_OPTIONS as options, modelEvents, modelKey } from './model';

const TRANSIENT = ['advance', 'retreat', 'jump'];
const stateNodes = Object.keys(wizardMachine.root.states);
const declaredEvents = (state: string) => Object.keys(wizardMachine.root.states[state]!.config.on ?? {});

describe('the wizard model (xstate/graph)', () => {
  const adjacency = getAdjacencyMap(wizardMachine, options);
  const edges = Object.values(adjacency).flatMap((v) =>
    Object.values(v.transitions as Record<string, { event: WizardEvent; state: typeof v.state }>).map((t) => ({
      from: v.state.value as string,
      event: t.event.type,
      to: t.state.value as string
    }))
  );

  test('reaches every state of the machine except the routing states, which never rest', () => {
    const reached = new Set(Object.values(adjacency).map((v) => v.state.value as string));
    expect([...reached].sort()).toEqual(stateNodes.filter((s) => !TRANSIENT.includes(s)).sort());
  });

  test('every event each state declares is taken somewhere in the model', () => {
    for (const state of stateNodes.filter((s) => !TRANSIENT.includes(s))) {
      const taken = new Set(edges.filter((e) => e.from === state).map((e) => e.event));
      for (const event of declaredEvents(state)) expect(taken, `${state} --${event}-->`).toContain(event);
    }
  });

  test('every routing state sends to each of its real destinations', () => {
    const destinations = (event: string) => new Set(edges.filter((e) => e.event === event).map((e) => e.to));
    expect(destinations('CONTINUE')).toEqual(
      new Set(
        [...stateNodes.filter((s) => !['start', 'summary', ...TRANSIENT].includes(s)), 'summary'].filter(
          (s) => s !== 'start'
        )
      )
    );
    expect([...destinations('BACK')]).toEqual(expect.arrayContaining(['start', 'patient', 'condition', 'review']));
    expect([...destinations('CANCEL')]).toEqual(expect.arrayContaining(['patient', 'priorTherapy']));
  });

  test('shortest paths reach every resting state, and no path ever rests in a routing state', () => {
    const paths = getShortestPaths(wizardMachine, options);
    const ends = new Set(paths.map((p) => p.state.value as string));
    expect(ends).toEqual(new Set(stateNodes.filter((s) => !TRANSIENT.includes(s))));
    for (const p of paths) for (const step of p.steps) expect(TRANSIENT).not.toContain(step.state.value);
  });

  test('the covering paths the UI suite walks take every edge of the model', () => {
    const { paths, edges, covered } = coveringPaths();
    expect(covered).toEqual(edges);
    expect(paths.length).toBeLessThan(60);
  });

  test('the walks the UI suite takes cover the same edges, each step a transition of the model', () => {
    const exclude = ['LOAD', 'RESTART', 'RESUME'] as const;
    const { walks, edges, covered } = coveringWalks([...exclude]);
    expect(edges).toEqual(coveringPaths([...exclude]).edges);
    expect(covered).toEqual(edges);
    // Played on the machine from its start, each step is an event the model offers on that page and reaches the
    // state the walk says it does (the UI suite checks the page shown against that state).
    for (const walk of walks) {
      let here = initialTransition(wizardMachine)[0];
      expect(walk.steps[0]!.state.value).toBe(here.value);
      for (const step of walk.steps.slice(1)) {
        const event = step.event as WizardEvent;
        expect(exclude).not.toContain(event.type);
        expect(modelEvents(here).map(eventKey)).toContain(eventKey(event));
        here = transition(wizardMachine, here, event)[0];
        expect(here.value).toBe(step.state.value);
        expect(here.context).toEqual(step.state.context);
      }
    }
    // Fewer page loads and fewer steps than one path per edge group.
    const paths = coveringPaths([...exclude]).paths;
    expect(walks.length).toBeLessThan(paths.length);
    const steps = (xs: { steps: unknown[] }[]) => xs.reduce((n, x) => n + x.steps.length - 1, 0);
    expect(steps(walks)).toBeLessThan(steps(paths));
  });

  test('the summary is never reached with an incomplete case', () => {
    for (const v of Object.values(adjacency))
      if (v.state.value === 'summary') expect(modelKey(v.state).split('|').at(-1)).not.toContain('0');
  });
});
