/**
 * The answers in words, for review, the summary and the printout: one row per question the
 * user saw, with the page that asks it (for Change links).
 */
import { ageText } from '../case/age';
import type { Draft } from '../case/schema';
import { fromSection, visibleFields } from './forms';
import { pathFor, type QuestionPage } from './pages';
import { PAGES, type Field, type Raw } from './questions';
import { entriesOf, entryText } from './medicine-words';

export type AnswerRow = { page: QuestionPage; field: string; question: string; answer: string };

/** Answers an older version gave that are no longer offered (schema 2's fibrosis "F0 to F2"). */
const LEGACY: Record<string, string> = {
  none_or_mild:
    'None or mild, F0 to F2 (an older version’s answer, which did not tell F2 apart: change it to the stage)'
};
const labelOf = (field: Field, value: string) =>
  'options' in field ? (field.options.find((o) => o.value === value)?.label ?? LEGACY[value] ?? value) : value;

/** The names of listed medicines, when the list is loaded (AnswerList loads it for a case that names one). */
export type MedicineNames = ReadonlyMap<string, string>;

function answerText(field: Field, raw: Raw, names?: MedicineNames): string {
  const v = raw[field.id];
  if (field.kind === 'medicines')
    return (
      entriesOf(v)
        .map((e) => entryText(e, names))
        .join('; ') || 'Not answered'
    );
  if (Array.isArray(v)) return v.length ? v.map((x) => labelOf(field, x)).join(', ') : 'Not answered';
  if (v === undefined || v === '') return field.kind === 'radios' ? 'Not answered' : 'Not given';
  if (field.kind === 'number' && 'suffix' in field && field.suffix) return `${v} ${field.suffix}`;
  return labelOf(field, v);
}

function aavRows(raw: Raw, draft: Draft): AnswerRow[] {
  const testing = PAGES.aavAntibodies.fields[0];
  const rows: AnswerRow[] = [
    { page: 'aavAntibodies', field: 'testing', question: testing!.label, answer: answerText(testing!, raw) }
  ];
  for (const r of draft.aavAntibodies?.results ?? []) {
    const field = (id: string) => PAGES.aavAntibodies.fields.find((f) => f.id === `${id}_${r.serotype}`)!;
    const parts = [labelOf(field('assay'), r.assay), r.result === 'detected' ? 'detected' : 'not detected'];
    if (r.titre !== undefined) parts.push(`titre 1:${r.titre}`);
    if (r.companionTest) parts.push(`FDA-approved companion test: ${labelOf(field('companionTest'), r.companionTest)}`);
    if (r.assayVersion) parts.push(`assay: ${labelOf(field('assayVersion'), r.assayVersion)}`);
    rows.push({
      page: 'aavAntibodies',
      field: `result_${r.serotype}`,
      question: `${r.serotype} antibodies`,
      answer: parts.join(', ')
    });
  }
  return rows;
}

const AGE_FIELDS = ['ageUnit', 'ageMonths', 'ageYears'];

/** The age is one answer in words (case/age.ts), including a migrated case's band without its exact age. */
function patientRows(raw: Raw, draft: Draft): AnswerRow[] {
  const age = PAGES.patient.fields[0]!;
  const text = draft.patient ? ageText(draft.patient) : undefined;
  const rows = visibleFields('patient', raw, draft).filter((f) => !AGE_FIELDS.includes(f.id));
  return [
    { page: 'patient', field: age.id, question: age.label, answer: text ?? 'Not answered' },
    ...rows.map((f) => ({ page: 'patient' as const, field: f.id, question: f.label, answer: answerText(f, raw) }))
  ];
}

/** Every answered question of the case, page by page, in the order of the wizard. */
export function answerRows(draft: Draft, names?: MedicineNames): AnswerRow[] {
  return pathFor(draft).flatMap((page) => {
    const raw = fromSection(page, draft[page]);
    if (page === 'aavAntibodies') return aavRows(raw, draft);
    if (page === 'patient') return patientRows(raw, draft);
    return visibleFields(page, raw, draft).map((f) => ({
      page,
      field: f.id,
      question: f.label,
      answer: answerText(f, raw, names)
    }));
  });
}

/** Whether the answers record a medicine of the list or a class, which the lazily loaded names word. */
export const namesListedMedicine = (draft: Draft): boolean =>
  draft.medicines?.answer === 'some' && (draft.medicines.current ?? []).some((e) => !('name' in e));

/** The question and saved answer of fields that a change would remove (for the confirmation page). */
export function orphanRows(draft: Draft, orphans: { page: QuestionPage; fields: string[] }[]): AnswerRow[] {
  return orphans.flatMap(({ page, fields }) => {
    const raw = fromSection(page, draft[page]);
    return PAGES[page].fields
      .filter((f) => fields.includes(f.id) && raw[f.id] !== undefined)
      .map((f) => ({ page, field: f.id, question: f.label, answer: answerText(f, raw) }));
  });
}
