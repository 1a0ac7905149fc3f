/**
 * The wizard as an SDC Questionnaire for FHIR R4, generated from the question pages (wizard/questions.ts) and
 * their conditions (case/conditions.ts): one group per page, one item per question (link id `page.field`),
 * answer options coded in a local code system per question, and `enableWhen` from the same conditions the
 * wizard reads. `npm run fhir` writes it to static/fhir/; a test holds the committed file to this.
 */
import type { Coding, Extension, Questionnaire, QuestionnaireItem, QuestionnaireItemEnableWhen } from 'fhir/r4';
import type { Condition, Term } from '../case/conditions';
import { SECTION_WHEN } from '../case/complete';
import { MEDICINES } from '../case/values';
import { CLASS_LABELS } from '../wizard/class-labels';
import { QUESTION_PAGES, type QuestionPage } from '../wizard/pages';
import { PAGES, type Field } from '../wizard/questions';
import * as c from './codes';

/** The fields the Questionnaire asks, by link id. */
export type ItemField = { page: QuestionPage; field: Field; linkId: string };
export const linkIdOf = (page: QuestionPage, id: string) => `${page}.${id}`;
/** The child item that carries a listed medicine's classes (a medicine's classes decide the steroid question). */
export const CLASSES_SUFFIX = '.classes';

export const ITEM_FIELDS: ReadonlyMap<string, ItemField> = new Map(
  QUESTION_PAGES.flatMap((page) =>
    PAGES[page].fields.map((field) => [linkIdOf(page, field.id), { page, field, linkId: linkIdOf(page, field.id) }])
  )
);

const control = (code: string): Extension => ({
  url: c.ITEM_CONTROL,
  valueCodeableConcept: { coding: [{ system: c.ITEM_CONTROL_SYSTEM, code }] }
});

/** An answer's coding: the option's code in the question's own code system. */
export function answerCoding(linkId: string, code: string): Coding {
  const item = ITEM_FIELDS.get(linkId);
  const option = item && 'options' in item.field ? item.field.options.find((o) => o.value === code) : undefined;
  return { system: c.answerSystem(linkId), code, ...(option ? { display: option.label } : {}) };
}
/** A medicine class's coding, with the words the medicines page shows for it (none for a class it does not know). */
export const classCoding = (cls: string): Coding => {
  const display = (CLASS_LABELS as Record<string, string | undefined>)[cls];
  return { system: c.MEDICINE_CLASS_SYSTEM, code: cls, ...(display ? { display } : {}) };
};

/** A condition cannot be written as FHIR `enableWhen` (flat, all or any): the generator fails rather than guess. */
export class NotExpressible extends Error {}

type Resolved = { term: Term; linkId: string };
const resolve = (page: QuestionPage, term: Term): Resolved | undefined => {
  const linkId = term.field.includes('.') ? term.field : linkIdOf(page, term.field);
  return ITEM_FIELDS.has(linkId) ? { term, linkId } : undefined;
};

/**
 * Drops, from an `any`, what reads an answer the Questionnaire does not ask (a migrated case's age band): that
 * narrows the condition to what a Questionnaire answer can meet. An `all` that reads one cannot hold at all in
 * the Questionnaire (`null`); at the top that fails, as dropping the term would widen the condition.
 */
function prune(page: QuestionPage, cond: Condition): (Resolved | Condition)[] | null {
  const kept: (Resolved | Condition)[] = [];
  for (const t of cond.when) {
    const inner = 'behavior' in t ? prune(page, t) : undefined;
    const r = 'behavior' in t ? undefined : resolve(page, t);
    if (inner === null || (!('behavior' in t) && !r)) {
      if (cond.behavior === 'all') return null;
      continue;
    }
    if (inner)
      kept.push(inner.length === 1 ? inner[0]! : { behavior: (t as Condition).behavior, when: inner as never });
    else kept.push(r!);
  }
  return kept;
}

const eq = (question: string, answerCoding: Coding): QuestionnaireItemEnableWhen => ({
  question,
  operator: '=',
  answerCoding
});

function integerBounds(linkId: string) {
  const f = ITEM_FIELDS.get(linkId)!.field;
  if (!('integer' in f) || !f.integer) throw new NotExpressible(`${linkId} is not a whole number`);
  return f.integer;
}

/** One term as the enableWhen entries that, all together (`all`) or any one of them (`any`), say it. */
function entries({ term, linkId }: Resolved, mode: 'all' | 'any'): QuestionnaireItemEnableWhen[] {
  switch (term.op) {
    case 'equals':
    case 'includes':
      return [eq(linkId, answerCoding(linkId, term.value))];
    case 'in':
      if (mode === 'all' && term.value.length !== 1) throw new NotExpressible(`"in" under all (${linkId})`);
      return term.value.map((x) => eq(linkId, answerCoding(linkId, x)));
    case 'notEquals':
      return [{ question: linkId, operator: '!=', answerCoding: answerCoding(linkId, term.value) }];
    case 'absent':
      return [{ question: linkId, operator: 'exists', answerBoolean: false }];
    case 'hasClass':
      if (mode === 'all') throw new NotExpressible(`"hasClass" under all (${linkId})`);
      // A class recorded alone is the answer's coding; a listed medicine's classes are its child item's answers.
      return [eq(linkId, classCoding(term.value)), eq(linkId + CLASSES_SUFFIX, classCoding(term.value))];
    case 'range': {
      if (mode === 'all') {
        const bounds: QuestionnaireItemEnableWhen[] = [];
        const integer = 'integer' in ITEM_FIELDS.get(linkId)!.field;
        const value = (n: number) => (integer ? { answerInteger: n } : { answerDecimal: n });
        if (term.min !== undefined) bounds.push({ question: linkId, operator: '>=', ...value(term.min) });
        if (term.below !== undefined) bounds.push({ question: linkId, operator: '<', ...value(term.below) });
        return bounds;
      }
      // Under `any`, a range of a whole number is the list of its values within the question's own bounds.
      const { min, max } = integerBounds(linkId);
      const from = Math.max(min, Math.ceil(term.min ?? min));
      const to = Math.min(max, Math.ceil(term.below ?? max + 1) - 1);
      return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => ({
        question: linkId,
        operator: '=' as const,
        answerInteger: from + i
      }));
    }
  }
}

/** A condition as FHIR `enableWhen` + `enableBehavior`; `null` when it can never hold; else a `NotExpressible` error. */
export function enableWhenOf(
  page: QuestionPage,
  cond: Condition | undefined
): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> | null {
  if (!cond) return {};
  const kept = prune(page, cond);
  if (kept === null || kept.length === 0) throw new NotExpressible(`a condition in ${page} reads no question`);
  if (kept.some((k) => 'behavior' in k)) throw new NotExpressible(`nested condition left in ${page}`);
  const terms = kept as Resolved[];
  const tryMode = (mode: 'all' | 'any') => terms.flatMap((t) => entries(t, mode));
  let mode: 'all' | 'any' = terms.length === 1 ? 'all' : cond.behavior;
  let list: QuestionnaireItemEnableWhen[];
  try {
    list = tryMode(mode);
  } catch (e) {
    if (terms.length !== 1) throw e;
    mode = 'any';
    list = tryMode(mode);
  }
  if (list.length === 0) return null;
  return { enableWhen: list, ...(list.length > 1 ? { enableBehavior: mode } : {}) };
}

const help = (linkId: string, text: string): QuestionnaireItem => ({
  linkId: `${linkId}.help`,
  type: 'display',
  text,
  extension: [control('help')]
});

/** A question as an item; none for a question the wizard never asks (no indication asks it: `tdtGenotype`). */
function itemOf(page: QuestionPage, field: Field): QuestionnaireItem | [] {
  const linkId = linkIdOf(page, field.id);
  const enable = enableWhenOf(page, field.when);
  if (enable === null) return [];
  const base: QuestionnaireItem = {
    linkId,
    text: field.label,
    type: 'display',
    ...enable,
    required: !('optional' in field && field.optional)
  };
  const hint = field.hint ? [help(linkId, field.hint)] : [];
  switch (field.kind) {
    case 'radios':
    case 'checkboxes':
      return {
        ...base,
        type: 'choice',
        ...(field.kind === 'checkboxes' ? { repeats: true } : {}),
        extension: [control(field.kind === 'radios' ? 'radio-button' : 'check-box')],
        answerOption: field.options.map((o) => ({ valueCoding: answerCoding(linkId, o.value) })),
        ...(hint.length ? { item: hint } : {})
      };
    case 'number':
    case 'titre': {
      const bounds = field.kind === 'titre' ? { min: 1, max: 10_000_000 } : field.integer;
      const age = field.id === 'ageMonths' || field.id === 'ageYears';
      return {
        ...base,
        type: bounds ? 'integer' : 'decimal',
        ...(age ? { code: [c.LOINC_AGE] } : {}),
        extension: [
          ...(bounds
            ? [
                { url: c.MIN_VALUE, valueInteger: bounds.min },
                { url: c.MAX_VALUE, valueInteger: bounds.max }
              ]
            : []),
          ...(field.kind === 'titre' ? [{ url: c.ENTRY_FORMAT, valueString: 'N, the titre 1:N' }] : []),
          ...(age
            ? [
                {
                  url: c.QUESTIONNAIRE_UNIT,
                  valueCoding: { system: c.UCUM, code: field.id === 'ageMonths' ? 'mo' : 'a' }
                }
              ]
            : [])
        ],
        ...(hint.length ? { item: hint } : {})
      };
    }
    case 'text':
      return { ...base, type: 'string', maxLength: field.maxLength, ...(hint.length ? { item: hint } : {}) };
    case 'medicines':
      // A listed medicine is a coding of the medicines list, with its classes as the child item's answers; a
      // class recorded alone is a class coding; a name typed as free text is a string.
      return {
        ...base,
        type: 'open-choice',
        repeats: true,
        item: [
          ...hint,
          {
            linkId: linkId + CLASSES_SUFFIX,
            text: 'Classes of this medicine',
            type: 'choice',
            repeats: true,
            readOnly: true,
            answerOption: MEDICINES.map((m) => ({ valueCoding: classCoding(m) }))
          }
        ]
      };
  }
}

/** The published Questionnaire. */
export function buildQuestionnaire(): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: 'vector-select',
    meta: { profile: [c.SDC_QUESTIONNAIRE] },
    url: c.QUESTIONNAIRE_URL,
    version: c.QUESTIONNAIRE_VERSION,
    name: 'VectorSelect',
    title: 'vector-select: the patient questions for choosing a gene-therapy vector platform',
    status: 'active',
    subjectType: ['Patient'],
    description:
      'Generated from the vector-select wizard (npm run fhir). No identifiers: the age, not a date of birth. Answer codes are local (one code system per question); see docs/fhir.md.',
    copyright:
      'This material contains content from LOINC (http://loinc.org). LOINC is copyright © Regenstrief Institute, Inc. and the LOINC Committee and is available at no cost under the license at http://loinc.org/license.',
    item: QUESTION_PAGES.map((page) => ({
      linkId: page,
      type: 'group',
      text: PAGES[page].title,
      extension: [control('page')],
      ...enableWhenOf(page, SECTION_WHEN[page]),
      item: PAGES[page].fields.flatMap((f) => itemOf(page, f))
    }))
  };
}
