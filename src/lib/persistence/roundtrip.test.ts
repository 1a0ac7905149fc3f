/** The round trips: every example patient through a file, a link and this device gives the same case and assessment. */
import { describe, expect, test } from 'vitest';
import { assess } from '../engine';
import type { Case } from '../case/schema';
import { caseFile, readCaseFileText } from './file';
import { examples } from './fixtures/examples';
import { MemoryStorage } from './fixtures/memory-storage';
import { decodeLink, deidentify, encodeLink } from './link';
import { loadSavedCase, saveCase } from './storage';

const viaFile = async (c: Case) => {
  const read = readCaseFileText(caseFile(c).text);
  return read.ok ? read.value : read.problems;
};
const viaLink = async (c: Case) => {
  const read = await decodeLink(await encodeLink(c));
  return read.ok ? read.value : read.problems;
};
const viaDevice = async (c: Case) => {
  const store = new MemoryStorage();
  saveCase(c, 'summary', store);
  const read = loadSavedCase(store);
  return read.status === 'saved' ? read.saved.draft : read;
};

describe.each([
  ['a case file', viaFile, (c: Case) => c],
  ['a share link', viaLink, deidentify],
  ['this device', viaDevice, (c: Case) => c]
])('through %s', (_, travel, expected) => {
  test.each(examples)('%s comes back the same, with the same assessment', async (_, c) => {
    const back = (await travel(c)) as Case;
    expect(back).toEqual(expected(c));
    expect(assess(back)).toEqual(assess(c));
  });
});
