import { describe, expect, test } from 'vitest';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { wizardMachine, type WizardEvent } from './machine';
import { coveringPaths, MODEL_OPTIONS as options, modelKey } from './model';

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

  test('the summary is never reached with an incomplete case', () => {
    for (const v of Object.values(adjacency))
      if (v.state.value === 'summary') expect(modelKey(v.state).split('|').at(-1)).not.toContain('0');
  });
});
