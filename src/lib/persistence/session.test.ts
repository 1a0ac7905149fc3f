import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { wizard } from '../wizard/actor.svelte';
import { device, keepSaved } from './device.svelte';
import { examples } from './fixtures/examples';
import { MemoryStorage } from './fixtures/memory-storage';
import { STORAGE_KEY } from './limits';
import { caseFile, readCaseFileText } from './file';
import { clearNow, openChecked, resumeSaved, saveNow } from './session';
import { runs } from '../testing/runs';

const [, flow] = examples[0]!;
const [, other] = examples[1]!;
let store: MemoryStorage;

beforeEach(() => {
  store = new MemoryStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: store, configurable: true });
  wizard.send({ type: 'RESTART' });
});
afterEach(() => {
  delete (globalThis as { localStorage?: Storage }).localStorage;
  device.saving = false;
});

describe('the save session', () => {
  test('nothing is written until the user saves; then changes are kept in step until cleared', () => {
    wizard.send({ type: 'LOAD', case: flow });
    keepSaved(wizard.context.draft, wizard.page);
    expect(store.length).toBe(0);

    expect(saveNow()).toEqual({ ok: true });
    keepSaved(other, 'summary');
    expect(JSON.parse(store.getItem(STORAGE_KEY)!)).toMatchObject({ case: other, page: 'summary' });

    expect(clearNow()).toEqual({ ok: true });
    keepSaved(flow, 'review');
    expect(store.length).toBe(0);
  });

  test('resuming reopens the saved case where it was, and keeps saving', () => {
    wizard.send({ type: 'LOAD', case: flow });
    saveNow();
    wizard.send({ type: 'RESTART' });
    expect(resumeSaved()).toMatchObject({ status: 'saved' });
    expect(wizard.page).toBe('review');
    expect(wizard.context.draft).toEqual(flow);
    expect(device.saving).toBe(true);
  });

  test('a damaged entry is reported and the case in memory is untouched', () => {
    wizard.send({ type: 'LOAD', case: other });
    store.setItem(STORAGE_KEY, '{"app":"vector-select","kind":"case-in-progress","envelopeVersion":1,"case":');
    expect(resumeSaved('summary').status).toBe('damaged');
    expect(wizard.context.draft).toEqual(other);
    expect(device.saving).toBe(false);
  });
});

describe('opening a checked case', () => {
  const inProgress = { schemaVersion: 3 as const, patient: flow.patient };
  const file = (c: typeof flow) => ({ ok: true as const, value: { source: 'case file' as const, case: c } });

  test('with no case in progress, a good case opens at review', () => {
    expect(openChecked(file(flow))).toBe('opened');
    expect(wizard.page).toBe('review');
  });

  test('with a case in progress, a good case waits for the user to confirm', () => {
    wizard.send({ type: 'RESUME', draft: inProgress, page: 'condition' });
    expect(openChecked(file(other))).toBe('ask');
    expect(wizard.context.draft).toEqual(inProgress);
    expect(openChecked(file(other), true)).toBe('opened');
    expect(wizard.context.draft).toEqual(other);
  });

  test('no mutated file, however broken, changes the case in progress', { timeout: 60_000 }, () => {
    const texts = examples.map(([, c]) => caseFile(c).text);
    wizard.send({ type: 'RESUME', draft: inProgress, page: 'condition' });
    const before = structuredClone(wizard.context.draft);
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.nat(), fc.nat(), (text, at, cut) => {
        const broken = text.slice(0, at % text.length) + text.slice((at % text.length) + 1 + (cut % 8));
        const read = readCaseFileText(broken);
        const result = read.ok ? file(read.value) : read;
        expect(openChecked(result)).not.toBe('opened');
        expect(wizard.context.draft).toEqual(before);
        expect(wizard.page).toBe('condition');
      }),
      { numRuns: runs(10_000) }
    );
  });
});

describe('when storage fills up while saving', () => {
  test('saving stops and says why', () => {
    wizard.send({ type: 'LOAD', case: flow });
    saveNow();
    Object.defineProperty(globalThis, 'localStorage', { value: new MemoryStorage(true), configurable: true });
    keepSaved(other, 'summary');
    expect(device.saving).toBe(false);
    expect(device.failure).toMatch(/^The case could not be saved: .* may not have your latest answers\.$/);
  });
});
