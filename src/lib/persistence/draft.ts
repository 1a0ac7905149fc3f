/**
 * A case in progress: any section may be missing, and each present one must pass its own
 * section schema (the same ones the wizard pages use). Checked section by section rather than
 * with z.partial, which would add to the zod code every page loads.
 */
import * as z from 'zod/mini';
import { caseSchema, type Draft } from '../case/schema';
import { QUESTION_PAGES, type PageId } from '../wizard/pages';
import { loaded, problemsOf, type Issue, type Loaded } from './result';

export const RESUMABLE_PAGES = ['start', ...QUESTION_PAGES, 'review', 'summary'] as const satisfies readonly PageId[];
export type ResumablePage = (typeof RESUMABLE_PAGES)[number];
export const isResumablePage = (p: unknown): p is ResumablePage =>
  typeof p === 'string' && (RESUMABLE_PAGES as readonly string[]).includes(p);

const SHAPE: Record<string, z.ZodMiniType> = caseSchema.def.shape;

export function validateDraft(raw: Record<string, unknown>): Loaded<Draft> {
  const draft: Record<string, unknown> = {};
  const issues: Issue[] = [];
  for (const [key, schema] of Object.entries(SHAPE)) {
    if (raw[key] === undefined && key !== 'schemaVersion') continue;
    const parsed = z.safeParse(schema, raw[key]);
    if (parsed.success) draft[key] = parsed.data;
    else issues.push(...parsed.error.issues.map((i) => ({ ...i, path: [key, ...i.path] })));
  }
  return issues.length > 0 ? { ok: false, problems: problemsOf(raw, issues) } : loaded(draft as Draft);
}
