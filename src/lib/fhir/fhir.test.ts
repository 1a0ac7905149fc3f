/**
 * The published Questionnaire and the case ↔ QuestionnaireResponse mapping: the committed file is the generated
 * one, its enableWhen opens exactly the questions the wizard shows, and a case survives the round trip.
 */
import { readFileSync } from 'node:fs';
import type { QuestionnaireItem, QuestionnaireItemEnableWhen, QuestionnaireResponse } from 'fhir/r4';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generatedQuestionnaireText, QUESTIONNAIRE_FILE } from '../../../scripts/fhir';
import { asksDelivery, DELIVERY_FIELDS } from '../case/complete';
import type { Case, Draft } from '../case/schema';
import { caseArbitrary } from '../fixtures/arbitrary';
import { runs } from '../testing/runs';
import { fromSection, visibleFields } from '../wizard/forms';
import { applies, QUESTION_PAGES } from '../wizard/pages';
import { buildQuestionnaire, linkIdOf } from './questionnaire';
import { caseToResponse, responseToCase } from './response';

const questionnaire = buildQuestionnaire();

/** The answers of a response by link id, wherever they are nested. */
function answersOf(qr: QuestionnaireResponse) {
  const out = new Map<string, unknown[]>();
  const walk = (items: QuestionnaireResponse['item']) =>
    items?.forEach((i) => {
      if (i.answer) out.set(i.linkId, [...(out.get(i.linkId) ?? []), ...i.answer]);
      walk(i.item);
      i.answer?.forEach((a) => walk(a.item));
    });
  walk(qr.item);
  return out;
}

/** FHIR R4's enableWhen (the questionnaire-enable-operator definitions), written here apart from the generator. */
function enabledItems(qr: QuestionnaireResponse): Set<string> {
  const answers = answersOf(qr) as Map<string, Record<string, unknown>[]>;
  const value = (a: Record<string, unknown>) =>
    (a.valueCoding as { system: string; code: string } | undefined)
      ? `${(a.valueCoding as { system: string }).system}|${(a.valueCoding as { code: string }).code}`
      : (a.valueInteger ?? a.valueDecimal);
  const one = (ew: QuestionnaireItemEnableWhen) => {
    const given = (answers.get(ew.question) ?? []).map(value);
    const want = ew.answerCoding
      ? `${ew.answerCoding.system}|${ew.answerCoding.code}`
      : (ew.answerInteger ?? ew.answerDecimal);
    switch (ew.operator) {
      case 'exists':
        return given.length > 0 === ew.answerBoolean;
      case '=':
        return given.some((g) => g === want);
      case '!=':
        return !given.some((g) => g === want);
      case '>=':
        return given.some((g) => (g as number) >= (want as number));
      case '<':
        return given.some((g) => (g as number) < (want as number));
      default:
        throw new Error(`operator ${ew.operator} not used`);
    }
  };
  const enabled = new Set<string>();
  const visit = (items: QuestionnaireItem[] | undefined) =>
    items?.forEach((item) => {
      const ews = item.enableWhen ?? [];
      const on = ews.length === 0 || (item.enableBehavior === 'any' ? ews.some(one) : ews.every(one));
      if (!on) return;
      if (item.type !== 'display') enabled.add(item.linkId);
      if (item.type === 'group') visit(item.item);
    });
  visit(questionnaire.item);
  return enabled;
}

/** What the wizard shows for a case: every page that applies, and on it every question that applies. */
const wizardShows = (c: Draft) =>
  new Set(
    QUESTION_PAGES.filter((p) => applies(p, c)).flatMap((p) => [
      p,
      ...visibleFields(p, fromSection(p, c[p]), c).map((f) => linkIdOf(p, f.id))
    ])
  );

/**
 * The case as the response keeps it: no label, no answer to a question that does not apply, and no answer an
 * older version gave that is no longer offered (schema 2's fibrosis "none or mild": the wizard asks it again).
 */
function applicable(c: Case): Draft {
  const { label: _label, ...rest } = c;
  if (c.liver.fibrosis === 'none_or_mild') {
    const { fibrosis: _f, ...liver } = c.liver;
    rest.liver = liver as Case['liver'];
  }
  if (asksDelivery(c.patient.indication)) return rest;
  const target = Object.fromEntries(
    Object.entries(c.target).filter(([k]) => !(DELIVERY_FIELDS as readonly string[]).includes(k))
  );
  return { ...rest, target: target as Case['target'] };
}

describe('static/fhir/Questionnaire-vector-select.json', () => {
  test('is the Questionnaire freshly generated from the wizard’s questions (run npm run fhir)', async () => {
    expect(readFileSync(QUESTIONNAIRE_FILE, 'utf8')).toBe(await generatedQuestionnaireText());
  });

  test('has one group per wizard page, each question once, and no identifier', () => {
    expect(questionnaire.item!.map((g) => g.linkId)).toEqual([...QUESTION_PAGES]);
    const ids = questionnaire.item!.flatMap((g) => g.item!.map((i) => i.linkId));
    expect(new Set(ids).size).toBe(ids.length);
    const all = (items: QuestionnaireItem[] | undefined): QuestionnaireItem[] =>
      (items ?? []).flatMap((i) => [i, ...all(i.item)]);
    for (const i of all(questionnaire.item)) {
      expect(['date', 'dateTime', 'time', 'attachment', 'reference']).not.toContain(i.type);
      expect(i.linkId).not.toMatch(/birth|name|identifier|address|phone/i);
    }
  });
});

describe('a case as a QuestionnaireResponse', () => {
  test('its enableWhen opens exactly the pages and questions the wizard shows, over random cases', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        expect(enabledItems(caseToResponse(c))).toEqual(wizardShows(c));
      }),
      { numRuns: runs(300) }
    );
  });

  test('answers only enabled questions, names no subject, no identifier and no label', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.string({ maxLength: 30 }), (c, words) => {
        const label = `Bed 7 ${words}`;
        const qr = caseToResponse({ ...c, label }, new Date('2026-12-05T00:00:00Z'));
        const enabled = enabledItems(qr);
        for (const linkId of answersOf(qr).keys())
          if (!linkId.endsWith('.classes')) expect(enabled.has(linkId), linkId).toBe(true);
        expect(qr).not.toHaveProperty('subject');
        expect(qr).not.toHaveProperty('identifier');
        expect(JSON.stringify(qr)).not.toContain('Bed 7');
      }),
      { numRuns: runs(200) }
    );
  });

  test('reads back as the same case (label and answers that no longer apply aside), over random cases', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const legacy = c.liver.fibrosis === 'none_or_mild';
        const qr = caseToResponse(c);
        expect(qr.status).toBe(legacy ? 'in-progress' : 'completed');
        const read = responseToCase(JSON.parse(JSON.stringify(qr)));
        expect(read).toMatchObject({ ok: true, complete: !legacy, ignored: [] });
        expect(read.ok && read.draft).toEqual(applicable(c));
      }),
      { numRuns: runs(300) }
    );
  });
});

describe('reading a QuestionnaireResponse', () => {
  const c: Case = {
    schemaVersion: 3,
    patient: { ageUnit: 'years', ageYears: 40, sex: 'male', indication: 'other', jurisdiction: 'EU' },
    infections: { hiv: 'negative', hbv: 'none', hcv: 'none', acuteInfection: 'no', ad5Nab: 'not_tested' },
    aavAntibodies: { testing: 'not_tested' },
    immunity: { primaryImmunodeficiency: 'no', immunosuppressed: 'no', autoimmune: 'none', complement: 'none' },
    medicines: { answer: 'none', alcohol: 'no', liveVaccineDue: 'no' },
    priorTherapy: { hadGeneTherapy: 'no' },
    liver: { altStatus: 'normal', fibrosis: 'f0_f1', hepatobiliaryDisease: 'no', malignancy: 'none' },
    target: { tissue: 'liver', goal: 'durable', route: 'systemic', aavDose: 'below_1e14' }
  };
  const qr = () => JSON.parse(JSON.stringify(caseToResponse(c))) as QuestionnaireResponse;
  const item = (r: QuestionnaireResponse, linkId: string) =>
    r.item!.flatMap((g) => g.item!).find((i) => i.linkId === linkId)!;

  test('refuses another questionnaire, or another version of ours', () => {
    expect(responseToCase({ ...qr(), questionnaire: 'http://example.org/Questionnaire/phq-9' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('another questionnaire')
    });
    expect(responseToCase({ ...qr(), questionnaire: qr().questionnaire!.replace(/\|.*/, '|2') })).toMatchObject({
      ok: false,
      message: expect.stringContaining('version 2')
    });
    expect(responseToCase({ resourceType: 'Patient' })).toMatchObject({ ok: false });
  });

  test('refuses an answer code the question does not have, and a number given as text', () => {
    const r = qr();
    item(r, 'infections.hiv').answer = [{ valueCoding: { system: 'http://snomed.info/sct', code: '165816005' } }];
    expect(responseToCase(r)).toMatchObject({ ok: false, message: expect.stringContaining('HIV status') });
    const s = qr();
    item(s, 'patient.ageYears').answer = [{ valueInteger: '40' as unknown as number }];
    expect(responseToCase(s)).toMatchObject({ ok: false, message: expect.stringContaining('is not a number') });
  });

  test('leaves out an answer to a question that does not apply, and says so', () => {
    const r = qr();
    r.item![0]!.item!.push({ linkId: 'patient.premature', answer: [{ valueCoding: { system: 'x', code: 'yes' } }] });
    r.item![0]!.item!.find((i) => i.linkId === 'patient.premature')!.answer = [
      { valueCoding: { system: 'https://vector-select.invalid/fhir/CodeSystem/patient.premature', code: 'yes' } }
    ];
    const read = responseToCase(r);
    expect(read).toMatchObject({ ok: true, ignored: ['patient.premature'] });
    expect(read.ok && read.draft.patient).not.toHaveProperty('premature');
  });

  test('a response answered in part opens as a case in progress, with what it still needs', () => {
    const r = qr();
    r.item = r.item!.slice(0, 1);
    const read = responseToCase(r);
    expect(read).toMatchObject({ ok: true, complete: false });
    expect(read.ok && read.draft.patient).toEqual(c.patient);
  });
});
