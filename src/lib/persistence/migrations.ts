/**
 * Case-format migrations. Each entry lifts a raw case object (as parsed from JSON, before
 * validation) from `from` to `from + 1`. `fixtures/case-v1.json` stays as the proof that old
 * files still open.
 */
import { SCHEMA_VERSION } from '../case/schema';
import { isRecord, loaded, refused, shown, type Loaded } from './result';
import { toV3 } from './migrate-v3';

export type Migration = { from: number; up: (old: Record<string, unknown>) => Record<string, unknown> };

export const MIGRATIONS: readonly Migration[] = [
  /**
   * Schema 1 → 2: the exact age replaces the age band, and new questions were added (sex and stage
   * for CALD, RPE65 and haemophilia selection, the AAV5 companion test and assay version). Every
   * schema-1 answer means the same in schema 2, so all of them are kept as they are: `patient.ageBand`
   * stays as an interval until the exact age is entered, and the new questions are left unanswered.
   * The wizard asks them (the case opens at the first page that lacks one); the engine reads the band
   * as a range, so a check that needs the exact age says "check needed".
   */
  { from: 1, up: (old) => old },
  /** Schema 2 → 3: the steps in migrate-v3.ts (jurisdiction, medicines by name, sex for every patient). */
  { from: 2, up: toV3 }
];

export const newerMessage = (found: number, current: number = SCHEMA_VERSION) =>
  `This case was saved by a newer version of vector-select (schema ${found}); this version reads schema ${current}.`;
export const unknownMessage = (found: unknown, current: number = SCHEMA_VERSION) =>
  `This case has an unknown schema version (${shown(found)}); this version reads schema ${current}.`;
/** Shown on the first question page when an older case opens there to get the answers its version did not ask. */
export const olderCaseNotice = (missing: number) =>
  `This case was saved by an older version of vector-select, which did not ask ${missing === 1 ? 'one question' : `${missing} questions`} this version asks. All its answers are kept: answer ${missing === 1 ? 'it' : 'them'} here and on the next pages, then check your answers.`;

/** Brings a raw case up to `current`, or says why it cannot. Never changes its input. */
export function migrate(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = SCHEMA_VERSION
): Loaded<Record<string, unknown>> {
  if (!isRecord(raw)) return refused('The case must be a JSON object with the answers in sections.', 'case');
  const version = raw.schemaVersion;
  if (version === undefined)
    return refused('schemaVersion is missing, so this cannot be read as a case.', 'schemaVersion');
  if (typeof version !== 'number' || !Number.isInteger(version))
    return refused(unknownMessage(version, current), 'schemaVersion');
  if (version > current) return refused(newerMessage(version, current), 'schemaVersion');
  let value = raw;
  for (let v = version; v < current; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return refused(unknownMessage(version, current), 'schemaVersion');
    value = { ...step.up(structuredClone(value)), schemaVersion: v + 1 };
  }
  return loaded(value);
}
