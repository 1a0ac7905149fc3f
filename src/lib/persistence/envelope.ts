/**
 * The versioned wrapper around a case in files and on this device:
 * `{ app: 'vector-select', kind, envelopeVersion: 1, savedAt?, case }`. Reading checks the
 * wrapper, migrates the case's `schemaVersion`, then validates it with the case schema.
 * A bare case (an object with `schemaVersion` at the top) is read too, as the documented case format.
 */
import * as z from 'zod/mini';
import { caseGaps } from '../case/complete';
import { caseSchema, SCHEMA_VERSION, type Case } from '../case/schema';
import { migrate } from './migrations';
import { isRecord, loaded, problemsOf, refused, shown, type Loaded, type Problem } from './result';

export const APP = 'vector-select';
export const ENVELOPE_VERSION = 1;
export type Kind = 'case' | 'case-in-progress';
export type Envelope<T = Case> = {
  app: typeof APP;
  kind: Kind;
  envelopeVersion: typeof ENVELOPE_VERSION;
  savedAt?: string;
  case: T;
};

export const wrap = <T>(value: T, kind: Kind = 'case', savedAt?: Date): Envelope<T> => ({
  app: APP,
  kind,
  envelopeVersion: ENVELOPE_VERSION,
  ...(savedAt ? { savedAt: savedAt.toISOString() } : {}),
  case: value
});

/** An ISO 8601 UTC time as `Date.toISOString` writes it (not z.iso, which would grow the shared zod chunk). */
const isIsoTime = (x: unknown) =>
  typeof x === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/.test(x) && !Number.isNaN(Date.parse(x));

export type Opened = { raw: Record<string, unknown>; savedAt?: string; migratedFrom?: number };

/** A bare case (no wrapper) migrated to the current schema, noting the older schema it came from. */
export function openBareCase(input: unknown): Loaded<Opened> {
  const result = migrate(input);
  if (!result.ok) return result;
  const from = isRecord(input) ? input.schemaVersion : undefined;
  return loaded({
    raw: result.value,
    ...(typeof from === 'number' && from < SCHEMA_VERSION ? { migratedFrom: from } : {})
  });
}

/** Checks the wrapper and returns its raw, migrated case (not yet validated) and when it was saved. */
export function openEnvelope(input: unknown, kind: Kind = 'case'): Loaded<Opened> {
  if (!isRecord(input)) return refused('This is not a vector-select case: a case is a JSON object.');
  if (!('app' in input) && 'schemaVersion' in input) return openBareCase(input);
  if (input.app !== APP) return refused('This is not a vector-select case: its "app" is not "vector-select".', 'app');
  if (input.kind !== kind)
    return refused(
      input.kind === undefined
        ? `This is not a vector-select case: its "kind" is missing (it should be "${kind}").`
        : `This holds ${shown(input.kind)}, not a ${kind.replaceAll('-', ' ')}.`,
      'kind'
    );
  const version = input.envelopeVersion;
  if (Number.isInteger(version) && (version as number) > ENVELOPE_VERSION)
    return refused(
      `This was saved by a newer version of vector-select (envelope ${version}); this version reads envelope ${ENVELOPE_VERSION}.`,
      'envelopeVersion'
    );
  if (version !== ENVELOPE_VERSION)
    return refused(`envelopeVersion must be ${ENVELOPE_VERSION}; it is ${shown(version)}.`, 'envelopeVersion');
  if (input.savedAt !== undefined && !isIsoTime(input.savedAt))
    return refused('savedAt must be a date and time such as 2026-01-31T09:30:00.000Z.', 'savedAt');
  if (!('case' in input)) return refused('The case itself is missing.', 'case');
  const opened = openBareCase(input.case);
  if (!opened.ok) return opened;
  return loaded({ ...opened.value, ...(typeof input.savedAt === 'string' ? { savedAt: input.savedAt } : {}) });
}

/**
 * A case read from a file or a link: complete, or — from an older schema — with the answers the
 * wizard still has to ask (`missing`), which it asks before review.
 */
export type CaseRead = { ok: true; value: Case; missing?: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Validates a raw case; each wrong field is named with what was found and why it is wrong, and so
 * is each answer a complete case needs (case/complete.ts). A case migrated from an older schema
 * may lack answers its version never asked: it is read, with those answers listed as `missing`.
 * Not `parseCase`: its flattened errors drop the issue's `expected` type, which the message needs.
 */
export function validateCase(raw: Record<string, unknown>, migratedFrom?: number): CaseRead {
  const parsed = z.safeParse(caseSchema, raw);
  if (!parsed.success) return { ok: false, problems: problemsOf(raw, parsed.error.issues) };
  const gaps = problemsOf(raw, caseGaps(parsed.data));
  if (gaps.length === 0) return loaded(parsed.data);
  return migratedFrom === undefined ? { ok: false, problems: gaps } : { ok: true, value: parsed.data, missing: gaps };
}

/** Reads a file's or link's contents as a case. */
export function readEnvelope(input: unknown): CaseRead {
  const opened = openEnvelope(input);
  return opened.ok ? validateCase(opened.value.raw, opened.value.migratedFrom) : opened;
}
