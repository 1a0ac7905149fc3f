/**
 * Case files: the envelope as pretty JSON, downloaded as `vector-select-case.json`. Files stay
 * with the user, so the case label is kept. Reading checks size, then JSON, then the envelope
 * and every field, and says which of these failed.
 */
import type { Case } from '../case/schema';
import { readEnvelope, wrap, type CaseRead } from './envelope';
import { MAX_FILE_BYTES } from './limits';
import { refused } from './result';

export const FILE_NAME = 'vector-select-case.json';
export const FILE_TYPE = 'application/json';

export function caseFile(c: Case, now = new Date()): { name: string; type: string; text: string } {
  return { name: FILE_NAME, type: FILE_TYPE, text: JSON.stringify(wrap(c, 'case', now), null, 2) + '\n' };
}

const kb = (bytes: number) => Math.ceil(bytes / 1024).toLocaleString('en-GB');
const tooLarge = (bytes: number) =>
  refused(`The file is too large to be a case file (${kb(bytes)} KB; the limit is ${kb(MAX_FILE_BYTES)} KB).`);

/** Reads the text of a case file. `bytes` is the file's size, when known before reading. */
export function readCaseFileText(text: string, bytes = new TextEncoder().encode(text).length): CaseRead {
  if (bytes > MAX_FILE_BYTES) return tooLarge(bytes);
  if (text.trim() === '') return refused('The file is empty.');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refused('The file is not a case file: it is not JSON. Choose the .json file that vector-select downloaded.');
  }
  return readEnvelope(json);
}

/** Reads a File (or any Blob) the user chose or dropped; refuses a large one before reading it. */
export async function readCaseFile(file: Blob): Promise<CaseRead> {
  if (file.size > MAX_FILE_BYTES) return tooLarge(file.size);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return refused('The file is not a case file: it is not text. Choose the .json file that vector-select downloaded.');
  }
  return readCaseFileText(text, file.size);
}
