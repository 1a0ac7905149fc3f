/**
 * A case in progress: any section may be missing, and each present one must pass its own
 * section schema (the same ones the wizard pages use).
 */
import * as z from 'zod/mini';
import { caseSchema, type Draft } from '../case/schema';
import { QUESTION_PAGES, type PageId } from '../wizard/pages';
import { loaded, problemsOf, type Loaded } from './result';

const draftSchema = z.partial(caseSchema, {
  label: true,
  patient: true,
  condition: true,
  infections: true,
  aavAntibodies: true,
  immunity: true,
  medicines: true,
  priorTherapy: true,
  priorTherapyDetails: true,
  liver: true,
  target: true
});

export const RESUMABLE_PAGES = ['start', ...QUESTION_PAGES, 'review', 'summary'] as const satisfies readonly PageId[];
export type ResumablePage = (typeof RESUMABLE_PAGES)[number];
export const isResumablePage = (p: unknown): p is ResumablePage =>
  typeof p === 'string' && (RESUMABLE_PAGES as readonly string[]).includes(p);

export function validateDraft(raw: Record<string, unknown>): Loaded<Draft> {
  const parsed = z.safeParse(draftSchema, raw);
  if (parsed.success) return loaded(parsed.data as Draft);
  return { ok: false, problems: problemsOf(raw, parsed.error.issues) };
}
