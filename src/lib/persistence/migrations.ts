/**
 * Case-format migrations. Each entry lifts a raw case object (as parsed from JSON, before
 * validation) from `from` to `from + 1`. Today only schema 1 exists, so the registry is empty;
 * when schema 2 arrives, add `{ from: 1, up }` here and a fixture `fixtures/case-v1.json` stays
 * as the proof that old files still open.
 */
import { SCHEMA_VERSION } from '../case/schema';
import { isRecord, loaded, refused, shown, type Loaded } from './result';

export type Migration = { from: number; up: (old: Record<string, unknown>) => Record<string, unknown> };

export const MIGRATIONS: readonly Migration[] = [];

export const newerMessage = (found: number, current: number = SCHEMA_VERSION) =>
  `This case was saved by a newer version of vector-select (schema ${found}); this version reads schema ${current}.`;
export const unknownMessage = (found: unknown, current: number = SCHEMA_VERSION) =>
  `This case has an unknown schema version (${shown(found)}); this version reads schema ${current}.`;

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
