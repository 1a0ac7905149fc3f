/**
 * Opening a FHIR file (docs/fhir.md): a QuestionnaireResponse of vector-select's Questionnaire, read exactly, or a
 * FHIR R4 Bundle, read for what it settles. Loaded only when a file the case reader refuses turns out to be FHIR.
 */
import type { Draft } from '../case/schema';
import { MAX_FILE_BYTES } from '../persistence/limits';
import { bundleToDraft, type ImportReport } from './bundle';
import { responseToCase } from './response';

export type FhirRead = { ok: true; draft: Draft; report: ImportReport } | { ok: false; message: string };

/** Whether parsed JSON is a FHIR resource this app reads. */
export const fhirKind = (json: unknown): 'QuestionnaireResponse' | 'Bundle' | undefined => {
  const t = typeof json === 'object' && json !== null ? (json as { resourceType?: unknown }).resourceType : undefined;
  return t === 'QuestionnaireResponse' || t === 'Bundle' ? t : undefined;
};

export async function readFhirJson(json: unknown, today = new Date()): Promise<FhirRead> {
  if (fhirKind(json) === 'QuestionnaireResponse') {
    const read = responseToCase(json);
    if (!read.ok) return read;
    const report: ImportReport = {
      answered: ['Every answer of the QuestionnaireResponse, as given.'],
      needs: read.needs,
      problems: read.ignored.length
        ? [`Answers to questions that do not apply were left out: ${read.ignored.join(', ')}.`]
        : [],
      ...(read.complete ? {} : { rest: 'Every other question: the QuestionnaireResponse does not answer it.' })
    };
    return { ok: true, draft: read.draft, report };
  }
  const entries = (json as { entry?: { resource?: { resourceType?: unknown } }[] }).entry;
  const needsList = Array.isArray(entries) && entries.some((e) => e?.resource?.resourceType === 'MedicationStatement');
  const list = needsList ? (await import('../knowledge/medicines')).medicines : [];
  return bundleToDraft(json, today, list);
}

/** A file the case reader refused: its FHIR reading, or `undefined` when it is not a FHIR resource this app reads. */
export async function readFhirFile(file: Blob, today = new Date()): Promise<FhirRead | undefined> {
  if (file.size > MAX_FILE_BYTES) return undefined;
  let json: unknown;
  try {
    json = JSON.parse((await file.text()).replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  return fhirKind(json) ? readFhirJson(json, today) : undefined;
}
