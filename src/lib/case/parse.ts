/**
 * Validates an unknown value (a parsed case file, a share link, saved data) as a complete Case: the
 * structure of `caseSchema` and every answer the wizard would ask (`completeCaseSchema`).
 * Errors are flattened to readable paths such as `infections.hiv` or `aavAntibodies.results.0.titre`.
 */
import * as z from 'zod/mini';
import { completeCaseSchema } from './complete';
import type { Case } from './schema';

export type CaseError = { path: string; message: string };
export type ParseResult = { ok: true; case: Case } | { ok: false; errors: CaseError[] };

export function parseCase(input: unknown): ParseResult {
  const result = z.safeParse(completeCaseSchema, input);
  if (result.success) return { ok: true, case: result.data };
  const errors = result.error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join('.') : '(case)',
    message: issue.message
  }));
  return { ok: false, errors };
}
