import { describe, expect, test } from 'vitest';
import { patients } from '../knowledge/examples';
import { fromSection } from '../wizard/forms';
import type { QuestionPage } from '../wizard/pages';
import type { Raw } from '../wizard/questions';
import { countChanges, describeChanges } from './changes';
import { knowledgeFor } from '../knowledge';
import { changeAnswer } from './whatif';

const whatIf = (...args: Parameters<typeof changeAnswer> extends [...infer A, unknown] ? A : never) =>
  changeAnswer(...args, knowledgeFor);
const patient = (id: string) => patients.find((p) => p.id === id)!;
/** The form values of one page of an example patient, with some fields changed. */
const answersWith = (id: string, page: QuestionPage, change: Raw): Raw => ({
  ...fromSection(page, patient(id).case[page]),
  ...change
});

describe('a what-if change to one answer', () => {
  test.each<[string, QuestionPage, Raw, { fit?: string; added?: string; removed?: string; product?: string }]>([
    [
      'haemophilia-b-liver-aav',
      'liver',
      { fibrosis: 'cirrhosis' },
      { fit: 'aav', added: 'liver-aav-advanced-fibrosis' }
    ],
    ['muscle-cargo-too-large', 'target', { cargoKb: '3' }, { fit: 'aav', removed: 'cargo-over-aav' }],
    ['nmibc-intravesical-adv', 'immunity', { immunosuppressed: 'yes' }, { fit: 'adv', added: 'immunocompromised-adv' }],
    ['haemophilia-a-aav5-positive', 'aavAntibodies', { testing: 'not_tested' }, { product: 'roctavian' }],
    ['sma-prior-aav9', 'priorTherapy', { hadGeneTherapy: 'no' }, { removed: 'prior-aav9-same-capsid' }]
  ])('%s: changing %s flips what the patient expects', async (id, page, change, expected) => {
    const result = await whatIf(patient(id).case, page, answersWith(id, page, change));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { diff } = result;
    if (expected.fit) expect(diff.fitChanges.map((c) => c.platform)).toContain(expected.fit);
    if (expected.added) expect(diff.findingsAdded.map((f) => f.ruleId)).toContain(expected.added);
    if (expected.removed) expect(diff.findingsRemoved.map((f) => f.ruleId)).toContain(expected.removed);
    if (expected.product) expect(diff.productChanges.map((c) => c.id)).toContain(expected.product);
    expect(countChanges(describeChanges(diff, result.before, result.after))).toBeGreaterThan(0);
  });

  test('the same answers change nothing', async () => {
    const id = 'tdt-ex-vivo-lv';
    const result = await whatIf(patient(id).case, 'liver', answersWith(id, 'liver', {}));
    expect(result.ok && countChanges(describeChanges(result.diff, result.before, result.after))).toBe(0);
  });

  test('the original case is never changed', async () => {
    const original = structuredClone(patient('haemophilia-b-liver-aav').case);
    await whatIf(original, 'liver', answersWith('haemophilia-b-liver-aav', 'liver', { fibrosis: 'cirrhosis' }));
    expect(original).toEqual(patient('haemophilia-b-liver-aav').case);
  });

  test('an invalid answer gives the page’s errors and no assessment', async () => {
    const result = await whatIf(patient('muscle-cargo-too-large').case, 'target', {
      ...answersWith('muscle-cargo-too-large', 'target', { cargoKb: 'big' })
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['cargoKb']);
  });

  test('answers made irrelevant are left out and newly opened questions stay unanswered', async () => {
    const noPrior = await whatIf(patient('sma-prior-aav9').case, 'priorTherapy', { hadGeneTherapy: 'no' });
    expect(noPrior.ok && noPrior.changed.priorTherapyDetails).toBeUndefined();
    const other = await whatIf(patient('muscle-cargo-too-large').case, 'patient', {
      ...answersWith('muscle-cargo-too-large', 'patient', { indication: 'haemophilia_a' })
    });
    expect(other.ok && other.unanswered).toEqual(['condition']);
  });

  test('the changed answers are listed in words', async () => {
    const id = 'haemophilia-b-liver-aav';
    const result = await whatIf(patient(id).case, 'liver', answersWith(id, 'liver', { fibrosis: 'cirrhosis' }));
    expect(result.ok && result.answers).toEqual([
      { question: 'Liver fibrosis', from: 'F0 to F1: none or mild', to: 'F4: cirrhosis' }
    ]);
  });

  test('fit changes are described in words', async () => {
    const id = 'nmibc-intravesical-adv';
    const result = await whatIf(patient(id).case, 'immunity', answersWith(id, 'immunity', { immunosuppressed: 'yes' }));
    if (!result.ok) throw new Error('invalid');
    const words = describeChanges(result.diff, result.before, result.after);
    expect(words.fits).toContainEqual({ kind: 'changed', label: 'Changed', text: 'AdV from Favoured to Not advised' });
    expect(words.findings.some((f) => f.label === 'New finding' && f.text.startsWith('AdV: '))).toBe(true);
  });
});
