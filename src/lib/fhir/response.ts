/**
 * A case as a FHIR R4 QuestionnaireResponse of the published Questionnaire, and back. The export holds no
 * identifier (no subject, no label) and answers only the questions that apply, as the wizard shows them
 * (wizard/forms.ts `visibleFields`). The import reads the answers page by page through the wizard's own forms,
 * so an answer to a question that does not apply is left out, as the wizard would leave it.
 */
import type { QuestionnaireResponse, QuestionnaireResponseItem, QuestionnaireResponseItemAnswer } from 'fhir/r4';
import { completeCaseSchema } from '../case/complete';
import type { Draft, MedicineEntry } from '../case/schema';
import { fromSection, toSection, validateSection, visibleFields } from '../wizard/forms';
import { encodeEntry, entriesOf } from '../wizard/medicine-words';
import { parseNumber } from '../wizard/numbers';
import { applies, QUESTION_PAGES } from '../wizard/pages';
import { PAGES, type Field, type Raw } from '../wizard/questions';
import * as c from './codes';
import { answerCoding, classCoding, CLASSES_SUFFIX, ITEM_FIELDS, linkIdOf } from './questionnaire';

/** An answer an older version gave that is no longer offered (schema 2's fibrosis "none or mild") is not exported. */
const offered = (field: Field, x: string) => 'options' in field && field.options.some((o) => o.value === x);

function answersOf(linkId: string, field: Field, v: string | string[] | undefined): QuestionnaireResponseItemAnswer[] {
  if (v === undefined || v === '') return [];
  switch (field.kind) {
    case 'radios':
      return typeof v === 'string' && offered(field, v) ? [{ valueCoding: answerCoding(linkId, v) }] : [];
    case 'checkboxes':
      return (Array.isArray(v) ? v : [v])
        .filter((x) => offered(field, x))
        .map((x) => ({ valueCoding: answerCoding(linkId, x) }));
    case 'number':
    case 'titre': {
      const n = typeof v === 'string' ? parseNumber(v, field.kind) : undefined;
      if (typeof n !== 'number') return [];
      return [field.kind === 'titre' || field.integer ? { valueInteger: n } : { valueDecimal: n }];
    }
    case 'text':
      return typeof v === 'string' ? [{ valueString: v }] : [];
    case 'medicines':
      return entriesOf(v).map((e) => medicineAnswer(linkId, e));
  }
}

function medicineAnswer(linkId: string, e: MedicineEntry): QuestionnaireResponseItemAnswer {
  if ('name' in e) return { valueString: e.name };
  if ('class' in e) return { valueCoding: classCoding(e.class) };
  return {
    valueCoding: { system: c.MEDICINE_SYSTEM, code: e.id },
    ...(e.classes.length
      ? { item: [{ linkId: linkId + CLASSES_SUFFIX, answer: e.classes.map((x) => ({ valueCoding: classCoding(x) })) }] }
      : {})
  };
}

/** Whether a case has every answer the wizard asks (the response is then `completed`). */
const isComplete = (d: Draft) => completeCaseSchema.safeParse(d).success;

/** The case as a QuestionnaireResponse: the questions that apply, with their answers; `authored` is when. */
export function caseToResponse(d: Draft, authored = new Date()): QuestionnaireResponse {
  const item: QuestionnaireResponseItem[] = [];
  let dropped = false;
  for (const page of QUESTION_PAGES) {
    if (!applies(page, d) || d[page] === undefined) continue;
    const raw = fromSection(page, d[page]);
    const answered: QuestionnaireResponseItem[] = [];
    for (const f of visibleFields(page, raw, d)) {
      const answer = answersOf(linkIdOf(page, f.id), f, raw[f.id]);
      if (answer.length) answered.push({ linkId: linkIdOf(page, f.id), text: f.label, answer });
      else if (raw[f.id] !== undefined && raw[f.id] !== '') dropped = true;
    }
    if (answered.length) item.push({ linkId: page, text: PAGES[page].title, item: answered });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: c.QUESTIONNAIRE_CANONICAL,
    status: isComplete(d) && !dropped ? 'completed' : 'in-progress',
    authored: authored.toISOString(),
    item
  };
}

export type ResponseRead =
  /** `ignored`: link ids answered where the question does not apply; `needs`: what the pages still lack. */
  { ok: true; draft: Draft; complete: boolean; ignored: string[]; needs: string[] } | { ok: false; message: string };

const refuse = (message: string): ResponseRead => ({ ok: false, message });

/** Every answered item, by link id, wherever it is nested (renderers may nest groups differently). */
function collect(items: unknown, into: Map<string, QuestionnaireResponseItemAnswer[]>): string | undefined {
  if (items === undefined) return undefined;
  if (!Array.isArray(items)) return 'its items are not a list';
  for (const i of items as QuestionnaireResponseItem[]) {
    if (typeof i !== 'object' || i === null || typeof i.linkId !== 'string') return 'an item has no linkId';
    if (i.answer !== undefined) {
      if (!Array.isArray(i.answer)) return `the answer to ${i.linkId} is not a list`;
      into.set(i.linkId, [...(into.get(i.linkId) ?? []), ...i.answer]);
    }
    const inner = collect(i.item, into);
    if (inner) return inner;
  }
  return undefined;
}

/** One question's answers as the wizard's form value, or a message saying why they cannot be read. */
function rawOf(linkId: string, field: Field, answers: QuestionnaireResponseItemAnswer[]): string | string[] | Error {
  const bad = (why: string) => new Error(`The answer to “${field.label}” (${linkId}) ${why}.`);
  const code = (a: QuestionnaireResponseItemAnswer) => {
    const cd = a.valueCoding;
    if (!cd || cd.system !== c.answerSystem(linkId) || typeof cd.code !== 'string') return undefined;
    return 'options' in field && field.options.some((o) => o.value === cd.code) ? cd.code : undefined;
  };
  switch (field.kind) {
    case 'radios':
    case 'checkboxes': {
      const codes = answers.map(code);
      if (codes.some((x) => x === undefined)) return bad('is not one of its answer codes');
      if (field.kind === 'radios' && codes.length > 1) return bad('has more than one answer');
      return field.kind === 'radios' ? codes[0]! : (codes as string[]);
    }
    case 'number':
    case 'titre': {
      const a = answers[0];
      if (answers.length !== 1 || !a) return bad('has more than one answer');
      const n = field.kind === 'titre' || field.integer ? a.valueInteger : (a.valueDecimal ?? a.valueInteger);
      if (typeof n !== 'number' || !Number.isFinite(n)) return bad('is not a number');
      return field.kind === 'titre' ? `1:${n}` : String(n);
    }
    case 'text':
      return answers.length === 1 && typeof answers[0]!.valueString === 'string'
        ? answers[0]!.valueString
        : bad('is not one text');
    case 'medicines': {
      const out: string[] = [];
      for (const a of answers) {
        const cd = a.valueCoding;
        if (typeof a.valueString === 'string') out.push(encodeEntry({ name: a.valueString }));
        else if (cd?.system === c.MEDICINE_CLASS_SYSTEM && cd.code) out.push(encodeEntry({ class: cd.code } as never));
        else if (cd?.system === c.MEDICINE_SYSTEM && cd.code) {
          const inner = (a.item ?? []).find((i) => i.linkId === linkId + CLASSES_SUFFIX)?.answer ?? [];
          const classes = inner.map((x) => x.valueCoding);
          if (classes.some((x) => x?.system !== c.MEDICINE_CLASS_SYSTEM || !x.code))
            return bad('has a class that is not coded');
          out.push(encodeEntry({ id: cd.code, classes: classes.map((x) => x!.code!) } as never));
        } else return bad('is neither a listed medicine, a class nor a name');
      }
      return out;
    }
  }
}

/**
 * A QuestionnaireResponse of the published Questionnaire as a case. What the wizard would not keep (an answer to a
 * question that does not apply) is left out and named in `ignored`; an answer that is not one of the question's
 * own is refused with a message, never guessed.
 */
export function responseToCase(json: unknown): ResponseRead {
  if (typeof json !== 'object' || json === null) return refuse('The file is not a FHIR resource.');
  const qr = json as Partial<QuestionnaireResponse>;
  if (qr.resourceType !== 'QuestionnaireResponse') return refuse('The file is not a FHIR QuestionnaireResponse.');
  const [url, version] = (qr.questionnaire ?? '').split('|');
  if (url !== c.QUESTIONNAIRE_URL)
    return refuse(
      `The QuestionnaireResponse answers another questionnaire (${qr.questionnaire ?? 'none named'}), not vector-select’s.`
    );
  if (version !== undefined && version !== c.QUESTIONNAIRE_VERSION)
    return refuse(
      `The QuestionnaireResponse answers version ${version} of the questionnaire; this version reads ${c.QUESTIONNAIRE_VERSION}.`
    );
  const answers = new Map<string, QuestionnaireResponseItemAnswer[]>();
  const broken = collect(qr.item, answers);
  if (broken) return refuse(`The QuestionnaireResponse cannot be read: ${broken}.`);
  const unknown = [...answers.keys()].filter((k) => !ITEM_FIELDS.has(k) && !k.endsWith(CLASSES_SUFFIX));
  if (unknown.length)
    return refuse(`The QuestionnaireResponse answers questions this version does not ask: ${unknown.join(', ')}.`);

  let draft: Draft = { schemaVersion: 3 };
  const used = new Set<string>();
  const needs: string[] = [];
  for (const page of QUESTION_PAGES) {
    const raw: Raw = {};
    for (const [linkId, { page: p, field }] of ITEM_FIELDS) {
      const a = answers.get(linkId);
      if (p !== page || !a?.length) continue;
      const value = rawOf(linkId, field, a);
      if (value instanceof Error) return refuse(value.message);
      raw[field.id] = value;
    }
    if (Object.keys(raw).length === 0 || !applies(page, draft)) continue;
    const section = toSection(page, raw, draft);
    for (const f of visibleFields(page, raw, draft)) if (raw[f.id] !== undefined) used.add(linkIdOf(page, f.id));
    // A page answered in part is kept as it is: the wizard opens at it, with the answers filled in.
    const checked = validateSection(page, section, draft);
    if (!checked.ok) needs.push(...checked.errors.map((e) => e.message));
    draft = { ...draft, [page]: section } as Draft;
  }
  const ignored = [...answers.keys()].filter((k) => ITEM_FIELDS.has(k) && !used.has(k));
  return { ok: true, draft, complete: isComplete(draft), ignored, needs };
}

/** Whether a parsed JSON file is a QuestionnaireResponse (for the case opener to pick the reader). */
export const isResponse = (json: unknown): boolean =>
  typeof json === 'object' &&
  json !== null &&
  (json as { resourceType?: unknown }).resourceType === 'QuestionnaireResponse';
