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
import { conditionFieldsFor, sectionGaps } from '../case/complete';
import { parseNumber } from './numbers';
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

export function visibleFields(page: QuestionPage, raw: Raw, draft: Draft): Field[] {
  const fields = PAGES[page].fields;
  if (page === 'condition') return fields.filter((f) => conditionFieldsFor(draft.patient?.indication).includes(f.id));
  return fields.filter((f) => !f.showIf || f.showIf(raw));
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
  if (page === 'medicines') {
    const ticked = (values.current as string[] | undefined) ?? [];
    const answer = ticked.includes('not_known')
      ? 'not_known'
      : ticked.includes('none')
        ? 'none'
        : ticked.length
          ? 'some'
          : undefined;
    return compact({ ...values, answer, current: answer === 'some' ? ticked : undefined });
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
  for (const [k, v] of Object.entries(s)) if (k !== 'answer') put(k, v);
  if (page === 'medicines' && (s.answer === 'none' || s.answer === 'not_known')) raw.current = [s.answer];
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
  if (page === 'medicines' && first === 'answer') return 'current';
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
