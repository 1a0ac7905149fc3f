import { describe, expect, test } from 'vitest';
import { examples } from './fixtures/examples';
import { MemoryStorage } from './fixtures/memory-storage';
import { clearSavedCase, hasSavedCase, loadSavedCase, readSaved, saveCase, STORAGE_KEY } from './storage';

const partial = { schemaVersion: 3 as const, patient: examples[1]![1].patient };

describe('saving on this device', () => {
  test.each(examples)('%s: save then load gives the identical case and page', (_, c) => {
    const store = new MemoryStorage();
    expect(saveCase(c, 'summary', store, new Date('2026-11-25T10:00:00Z'))).toEqual({ ok: true });
    expect(loadSavedCase(store)).toEqual({
      status: 'saved',
      saved: { draft: c, page: 'summary', savedAt: '2026-11-25T10:00:00.000Z' }
    });
  });

  test('a case in progress, with sections missing, is saved and read back with its page', () => {
    const store = new MemoryStorage();
    saveCase(partial, 'infections', store);
    const read = loadSavedCase(store);
    expect(read.status === 'saved' && read.saved).toMatchObject({ draft: partial, page: 'infections' });
  });

  test('nothing is stored until save is asked for, and looking for a saved case writes nothing', () => {
    const store = new MemoryStorage();
    expect(hasSavedCase(store)).toBe(false);
    expect(loadSavedCase(store)).toEqual({ status: 'none' });
    expect(store.length).toBe(0);
  });

  test.each([
    ['not JSON', '{"app":', 'it is not readable JSON'],
    [
      'a newer schema',
      JSON.stringify({
        app: 'vector-select',
        kind: 'case-in-progress',
        envelopeVersion: 1,
        page: 'review',
        case: { schemaVersion: 4 }
      }),
      'This case was saved by a newer version of vector-select (schema 4); this version reads schema 3'
    ],
    [
      'an unknown page',
      JSON.stringify({
        app: 'vector-select',
        kind: 'case-in-progress',
        envelopeVersion: 1,
        page: 'elsewhere',
        case: partial
      }),
      'it does not say which page the case was on'
    ],
    [
      'a wrong answer',
      JSON.stringify({
        app: 'vector-select',
        kind: 'case-in-progress',
        envelopeVersion: 1,
        page: 'review',
        case: { ...partial, patient: { ageUnit: 'old' } }
      }),
      'patient.ageUnit is "old", which is not allowed: Select the patient\'s age'
    ]
  ])('a damaged entry (%s) is reported, not used, and can be cleared', (_, text, reason) => {
    const store = new MemoryStorage();
    store.setItem(STORAGE_KEY, text);
    const read = loadSavedCase(store);
    expect(read.status).toBe('damaged');
    expect(read.status === 'damaged' && read.message).toContain(reason);
    expect(clearSavedCase([store])).toEqual({ ok: true });
    expect(store.length).toBe(0);
  });

  test('clear removes every key of this app from both storages and leaves other sites’ keys', () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    saveCase(partial, 'patient', local);
    session.setItem('vector-select:anything', 'x');
    local.setItem('other-app', 'keep');
    clearSavedCase([local, session]);
    expect([local.length, session.length, local.getItem('other-app')]).toEqual([1, 0, 'keep']);
  });

  test('storage that is full or missing gives a message, not an error', () => {
    expect(saveCase(partial, 'patient', new MemoryStorage(true))).toEqual({
      ok: false,
      message:
        'The case could not be saved: this browser’s storage is full or turned off. Download the case file instead.'
    });
    expect(saveCase(partial, 'patient', undefined).ok).toBe(false);
    expect(loadSavedCase(undefined).status).toBe('unavailable');
    expect(hasSavedCase(undefined)).toBe(false);
  });

  test('readSaved refuses an entry larger than any case', () => {
    expect(readSaved('x'.repeat(200 * 1024)).ok).toBe(false);
  });
});
