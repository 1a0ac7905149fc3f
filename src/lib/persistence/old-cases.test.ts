/**
 * Cases saved by schema 1 still open: a file, a share link and a case saved on this device, each
 * with every answer kept and the questions schema 2 added left for the wizard to ask.
 */
import { asV3 } from './fixtures/examples';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { wizard } from '../wizard/actor.svelte';
import v1 from './fixtures/case-v1.json';
import v2 from './fixtures/case-v2.json';
import { MemoryStorage } from './fixtures/memory-storage';
import { readCaseFileText } from './file';
import { V1_LINK, V1_LINK_CHILD } from './fixtures/links-v1';
import { STORAGE_KEY } from './limits';
import { decodeLink, deidentify, encodeLink } from './link';
import { olderCaseNotice } from './migrations';
import { openChecked, resumeSaved } from './session';
import { loadSavedCase } from './storage';
import type { Case } from '../case/schema';

const migrated = asV3(v1.case) as Case;
const missing = [
  {
    path: 'condition.haemophiliaBSelection',
    message:
      'condition.haemophiliaBSelection is missing: Select whether the patient uses factor IX prophylaxis or has had life-threatening or repeated serious bleeding'
  },
  {
    path: 'aavAntibodies.results.0.assayVersion',
    message: 'aavAntibodies.results.0.assayVersion is missing: Select the version of the neutralising assay'
  }
];

let store: MemoryStorage;
beforeEach(() => {
  store = new MemoryStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: store, configurable: true });
  wizard.send({ type: 'RESTART' });
  wizard.notice = null;
});
afterEach(() => delete (globalThis as { localStorage?: Storage }).localStorage);

describe('a schema-1 case', () => {
  test('file opens with every answer kept, listing the answers schema 2 asks that it lacks', () => {
    expect(readCaseFileText(JSON.stringify(v1))).toEqual({ ok: true, value: migrated, missing });
  });

  test('share link still decodes, with every answer kept (the word list only grew)', async () => {
    expect(await decodeLink(V1_LINK)).toEqual({ ok: true, value: deidentify(migrated), missing });
    const child = await decodeLink(V1_LINK_CHILD);
    expect(child).toMatchObject({ ok: true, value: { schemaVersion: 3, patient: { ageBand: 'child' } } });
    expect(child.ok && child.missing).toBeUndefined();
  });

  test('saved on this device resumes at the first page that lacks an answer, every answer kept', () => {
    store.setItem(STORAGE_KEY, JSON.stringify({ ...v1, kind: 'case-in-progress', page: 'review' }));
    expect(loadSavedCase(store)).toEqual({
      status: 'saved',
      saved: { draft: migrated, page: 'review', savedAt: v1.savedAt }
    });
    resumeSaved();
    expect(wizard.page).toBe('condition');
    expect(wizard.context.draft).toEqual(migrated);
    expect(wizard.notice).toBe(olderCaseNotice(2));
    wizard.send({ type: 'CONTINUE', raw: { haemophiliaBSelection: 'yes', factorInhibitors: 'no' } });
    expect(wizard.page).toBe('aavAntibodies');
  });

  test('opened from a file goes to the page that asks the first missing answer, and says why', () => {
    const read = readCaseFileText(JSON.stringify(v1));
    if (!read.ok) throw new Error('the v1 file did not open');
    expect(openChecked({ ok: true, value: { source: 'case file', case: read.value, missing: read.missing } })).toBe(
      'opened'
    );
    expect(wizard.page).toBe('condition');
    expect(wizard.context.draft).toEqual(migrated);
    expect(wizard.notice).toBe(olderCaseNotice(2));
    expect(olderCaseNotice(2)).toBe(
      'This case was saved by an older version of vector-select, which did not ask 2 questions this version asks. All its answers are kept: answer them here and on the next pages, then check your answers.'
    );
  });

  test('with only an age band and nothing new to ask opens at review', async () => {
    const read = await decodeLink(V1_LINK_CHILD);
    if (!read.ok) throw new Error('the v1 link did not open');
    openChecked({ ok: true, value: { source: 'share link', case: read.value } });
    expect(wizard.page).toBe('review');
    expect(wizard.notice).toBeNull();
  });
});

describe('a schema-2 case', () => {
  test('file (the kept fixture) opens complete, label and all', () => {
    expect(readCaseFileText(JSON.stringify(v2))).toEqual({ ok: true, value: asV3(v2.case) });
  });

  test('saved as the current schema, it is refused, not opened as a draft, when it lacks an answer the wizard asks', () => {
    const { condition: _gone, ...rest } = v2.case;
    expect(readCaseFileText(JSON.stringify({ ...v2, case: { ...rest, schemaVersion: 3 } }))).toEqual({
      ok: false,
      problems: [
        {
          path: 'condition.haemophiliaBSelection',
          message:
            'condition.haemophiliaBSelection is missing: Select whether the patient uses factor IX prophylaxis or has had life-threatening or repeated serious bleeding'
        },
        {
          path: 'condition.factorInhibitors',
          message:
            'condition.factorInhibitors is missing: Select whether the patient has factor inhibitors now or in the past'
        }
      ]
    });
  });

  test('link made now round-trips as schema 3', async () => {
    const link = await encodeLink(v2.case as unknown as Case);
    expect(await decodeLink(link)).toEqual({
      ok: true,
      value: { ...deidentify(v2.case as unknown as Case), schemaVersion: 3 }
    });
  });
});
