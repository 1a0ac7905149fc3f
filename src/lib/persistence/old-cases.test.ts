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
import { fromSection } from '../wizard/forms';

const migrated = asV3(v1.case) as Case;
/** Schema 3 asks sex where a question depends on it (this adult's pregnancy question): unanswered, never guessed. */
const sexMissing = { path: 'patient.sex', message: 'patient.sex is missing: Select the patient’s sex' };
const missing = [
  sexMissing,
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
      saved: { draft: migrated, page: 'review', savedAt: v1.savedAt, migratedFrom: 1 }
    });
    resumeSaved();
    expect(wizard.page).toBe('patient');
    expect(wizard.context.draft).toEqual(migrated);
    expect(wizard.notice).toBe(olderCaseNotice(3));
    wizard.send({
      type: 'CONTINUE',
      raw: { ageUnit: 'years', ageYears: '40', sex: 'male', indication: 'haemophilia_b' }
    });
    expect(wizard.page).toBe('condition');
    wizard.send({ type: 'CONTINUE', raw: { haemophiliaBSelection: 'yes', factorInhibitors: 'no' } });
    expect(wizard.page).toBe('aavAntibodies');
  });

  test('opened from a file goes to the page that asks the first missing answer, and says why', () => {
    const read = readCaseFileText(JSON.stringify(v1));
    if (!read.ok) throw new Error('the v1 file did not open');
    expect(openChecked({ ok: true, value: { source: 'case file', case: read.value, missing: read.missing } })).toBe(
      'opened'
    );
    expect(wizard.page).toBe('patient');
    expect(wizard.context.draft).toEqual(migrated);
    expect(wizard.notice).toBe(olderCaseNotice(3));
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
  test('file (the kept fixture) opens with every answer and the label kept; the sex schema 3 asks is unanswered', () => {
    expect(readCaseFileText(JSON.stringify(v2))).toEqual({
      ok: true,
      value: asV3(v2.case),
      missing: [sexMissing]
    });
  });

  test('opened, it goes to the patient page to ask the sex, then on to review', () => {
    const read = readCaseFileText(JSON.stringify(v2));
    if (!read.ok) throw new Error('the v2 file did not open');
    openChecked({ ok: true, value: { source: 'case file', case: read.value, missing: read.missing } });
    expect(wizard.page).toBe('patient');
    expect(wizard.notice).toBe(olderCaseNotice(1));
    wizard.send({ type: 'CONTINUE', raw: { ...fromSection('patient', v2.case.patient as never), sex: 'male' } });
    expect(wizard.page).toBe('review');
    // A man is not asked the pregnancy question, so its old answer goes with the page's answers.
    const { pregnancy: _asked, ...patient } = v2.case.patient;
    expect(wizard.context.draft.patient).toEqual({ ...patient, jurisdiction: 'US', sex: 'male' });
  });

  test('a v2 case that gave the sex for CALD keeps it', () => {
    const cald = { ...v2.case, patient: { ageUnit: 'years', ageYears: 8, indication: 'cald' } };
    const read = readCaseFileText(
      JSON.stringify({
        ...v2,
        case: { ...cald, condition: { sex: 'male', caldEarlyActive: 'yes', hlaMatchedDonor: 'no' } }
      })
    );
    expect(read.ok && read.value.patient.sex).toBe('male');
    expect(read.ok && read.missing).toBeUndefined();
  });

  test('saved as the current schema, it is refused, not opened as a draft, when it lacks an answer the wizard asks', () => {
    const { condition: _gone, ...rest } = asV3(v2.case);
    expect(readCaseFileText(JSON.stringify({ ...v2, case: rest }))).toEqual({
      ok: false,
      problems: [
        sexMissing,
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
    const { pregnancy: _asked, ...patient } = asV3(v2.case).patient as Record<string, unknown>;
    const now = { ...asV3(v2.case), patient: { ...patient, sex: 'male' } } as unknown as Case;
    const link = await encodeLink(now);
    expect(await decodeLink(link)).toEqual({ ok: true, value: deidentify(now) });
  });
});
