/**
 * Between the page's form fields and the case: what the user typed (`Raw`, strings as entered,
 * never cleared) becomes a candidate section, which the page's zod schema validates. Errors
 * come back keyed by field id, in the order the fields appear on the page.
 */
import * as z from 'zod/mini';
import {
  aavAntibodiesSchema,
  conditionSchema,
  immunitySchema,
  infectionsSchema,
  liverSchema,
  medicinesSchema,
  patientSchema,
  priorTherapyDetailsSchema,
  priorTherapySchema,
  targetSchema,
  type Draft
} from '../case/schema';
import { asksDelivery, DELIVERY_FIELDS, sectionGaps } from '../case/complete';
import { applies, type Lookup } from '../case/conditions';
import { parseNumber } from './numbers';
import { encodeEntry, entriesOf } from './medicine-words';
import { DEFAULT_JURISDICTION } from '../knowledge/jurisdiction';
import type { QuestionPage } from './pages';
import { PAGES, type Field, type Raw } from './questions';

export type FieldError = { field: string; message: string };
export type Validation = { ok: true; value: unknown } | { ok: false; errors: FieldError[] };

const SCHEMAS: Record<QuestionPage, z.ZodMiniType> = {
  patient: patientSchema,
  condition: conditionSchema,
  infections: infectionsSchema,
  aavAntibodies: aavAntibodiesSchema,
  immunity: immunitySchema,
  medicines: medicinesSchema,
  priorTherapy: priorTherapySchema,
  priorTherapyDetails: priorTherapyDetailsSchema,
  liver: liverSchema,
  target: targetSchema
};

const BY_ID = new Map<QuestionPage, Map<string, Field>>();
const fieldsById = (page: QuestionPage) => {
  let m = BY_ID.get(page);
  if (!m) BY_ID.set(page, (m = new Map(PAGES[page].fields.map((f) => [f.id, f]))));
  return m;
};

/** A field's answer as conditions read it: a number parsed as typed, medicines decoded, an empty text as none. */
function answerOf(field: Field, v: string | string[] | undefined): unknown {
  if (field.kind === 'number' || field.kind === 'titre') {
    const n = typeof v === 'string' ? parseNumber(v, field.kind) : undefined;
    return typeof n === 'number' ? n : undefined;
  }
  if (field.kind === 'medicines') return entriesOf(v);
  return v === '' ? undefined : v;
}

/**
 * The answers a page's conditions read (case/conditions.ts): a field of this page from what is typed, a field
 * of another page (`patient.indication`) from its saved section; a hidden question reads as no answer.
 */
export function fieldLookup(
  page: QuestionPage,
  raw: Raw,
  draft: Draft,
  others: Map<string, Lookup> = new Map()
): Lookup {
  const byId = fieldsById(page);
  const shown = new Map<string, boolean>();
  const lookup: Lookup = (ref) => {
    const dot = ref.indexOf('.');
    if (dot > 0) {
      const other = ref.slice(0, dot) as QuestionPage;
      const id = ref.slice(dot + 1);
      if (other === page) return lookup(id);
      let theirs = others.get(other);
      if (!theirs) others.set(other, (theirs = fieldLookup(other, fromSection(other, draft[other]), draft, others)));
      return theirs(id);
    }
    const field = byId.get(ref);
    if (!field) return raw[ref]; // not a question: a migrated case's age band
    if (!shown.has(ref)) shown.set(ref, applies(field.when, lookup));
    return shown.get(ref) ? answerOf(field, raw[ref]) : undefined;
  };
  return lookup;
}

export function visibleFields(page: QuestionPage, raw: Raw, draft: Draft): Field[] {
  const lookup = fieldLookup(page, raw, draft);
  return PAGES[page].fields.filter((f) => applies(f.when, lookup));
}

const str = (v: string | string[] | undefined) => (typeof v === 'string' && v !== '' ? v : undefined);
const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : []);

function fieldValue(field: Field, raw: Raw): unknown {
  const v = raw[field.id];
  switch (field.kind) {
    case 'radios':
      return str(v);
    case 'checkboxes':
      return list(v).length > 0 ? list(v) : undefined;
    case 'number':
    case 'titre':
      return parseNumber(typeof v === 'string' ? v : '', field.kind);
    case 'text':
      return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
    case 'medicines':
      return entriesOf(v).length > 0 ? entriesOf(v) : undefined;
  }
}

const compact = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** The candidate section for a page: only the fields the user can see are taken. */
export function toSection(page: QuestionPage, raw: Raw, draft: Draft): Record<string, unknown> {
  const values = Object.fromEntries(visibleFields(page, raw, draft).map((f) => [f.id, fieldValue(f, raw)]));
  if (page === 'aavAntibodies') {
    const serotypes = (values.serotypes as string[] | undefined) ?? [];
    return compact({
      testing: values.testing,
      results:
        values.testing === 'tested'
          ? serotypes.map((s) =>
              compact({
                serotype: s,
                assay: values[`assay_${s}`],
                result: values[`result_${s}`],
                titre: values[`titre_${s}`],
                companionTest: values[`companionTest_${s}`],
                assayVersion: values[`assayVersion_${s}`]
              })
            )
          : undefined
    });
  }
  if (page === 'target' && !asksDelivery(draft.patient?.indication)) {
    // Answers a product now fixes stay in the case, unused (an older case, or a changed indication).
    const kept = Object.fromEntries(DELIVERY_FIELDS.map((f) => [f, draft.target?.[f]]));
    return compact({ ...kept, ...values });
  }
  return compact(values);
}

/** The form fields for a saved section: the inverse of `toSection`. */
export function fromSection(page: QuestionPage, section: unknown): Raw {
  // The labels default to the US: the radio starts chosen, so a clinician answers nothing extra.
  if (page === 'patient') return { jurisdiction: DEFAULT_JURISDICTION, ...fromAnswers(page, section) };
  return fromAnswers(page, section);
}

function fromAnswers(page: QuestionPage, section: unknown): Raw {
  if (!section || typeof section !== 'object') return {};
  const s = section as Record<string, unknown>;
  const raw: Raw = {};
  const put = (id: string, v: unknown) => {
    if (Array.isArray(v)) raw[id] = v.map(String);
    else if (v !== undefined && v !== null) raw[id] = String(v);
  };
  if (page === 'aavAntibodies') {
    put('testing', s.testing);
    const results = (s.results as Record<string, unknown>[] | undefined) ?? [];
    put(
      'serotypes',
      results.map((r) => r.serotype)
    );
    for (const r of results) {
      put(`assay_${r.serotype}`, r.assay);
      put(`result_${r.serotype}`, r.result);
      put(`companionTest_${r.serotype}`, r.companionTest);
      put(`assayVersion_${r.serotype}`, r.assayVersion);
      if (r.titre !== undefined) raw[`titre_${r.serotype}`] = `1:${r.titre}`;
    }
    return raw;
  }
  for (const [k, v] of Object.entries(s)) {
    if (page === 'medicines' && k === 'current' && Array.isArray(v)) raw.current = v.map((e) => encodeEntry(e));
    else put(k, v);
  }
  return raw;
}

/** Maps a zod issue path to the id of the field that shows it. */
function fieldOf(page: QuestionPage, path: PropertyKey[], section: Record<string, unknown>): string {
  const [first, index, leaf] = path;
  if (page === 'aavAntibodies' && first === 'results') {
    const results = (section.results as { serotype?: string }[] | undefined) ?? [];
    const serotype = typeof index === 'number' ? results[index]?.serotype : undefined;
    return serotype && typeof leaf === 'string' ? `${leaf}_${serotype}` : 'serotypes';
  }
  return String(first ?? '');
}

/** A page's answers against its section's schema and, given the other answers, the questions it must answer (case/complete.ts). */
export function validateSection(page: QuestionPage, section: unknown, draft: Draft): Validation {
  const result = SCHEMAS[page].safeParse(section);
  const issues = [...(result.success ? [] : result.error.issues), ...sectionGaps(page, section, draft)];
  if (issues.length === 0) return { ok: true, value: result.data };
  const s = (section ?? {}) as Record<string, unknown>;
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const field = fieldOf(page, issue.path, s);
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, message: issue.message });
  }
  const order = PAGES[page].fields.map((f) => f.id);
  errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  return { ok: false, errors };
}

export const validateRaw = (page: QuestionPage, raw: Raw, draft: Draft) =>
  validateSection(page, toSection(page, raw, draft), draft);
