/**
 * Fuzzing: mutated links, files and stored entries never throw, never change their input, and
 * always give either a valid case or specific messages (never zod's bare "Invalid input").
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { beforeAll, describe, expect, test } from 'vitest';
import { caseSchema } from '../case/schema';
import { validateDraft } from './draft';
import { readEnvelope } from './envelope';
import { caseFile, readCaseFileText } from './file';
import { examples } from './fixtures/examples';
import { linkInput, linkOf, mutated, vagueMessages, withTrailingBytes, wrongTyped } from './fixtures/fuzz';
import { MemoryStorage } from './fixtures/memory-storage';
import { decodeLink, encodeLink } from './link';
import type { Loaded } from './result';
import { readSaved, saveCase, STORAGE_KEY } from './storage';
import { runs } from '../testing/runs';

const RUNS = runs(10_000);

function expectSpecific(result: Loaded<unknown>) {
  expect(vagueMessages(result)).toEqual([]);
}

describe('fuzzing', () => {
  let links: string[] = [];
  const files = examples.map(([, c]) => caseFile(c).text);
  const stored = examples.map(([, c]) => {
    const store = new MemoryStorage();
    saveCase(c, 'review', store);
    return store.getItem(STORAGE_KEY)!;
  });
  beforeAll(async () => {
    links = await Promise.all(examples.map(([, c]) => encodeLink(c)));
  });

  test('mutated share links', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(linkInput(links), async (input) => {
        const link = await linkOf(input);
        const result = await decodeLink(link);
        expectSpecific(result);
        if (result.ok) {
          expect(z.safeParse(caseSchema, result.value).success).toBe(true);
          expect(result.value.label).toBeUndefined();
        }
      }),
      { numRuns: RUNS }
    );
  });

  test('a valid link with bytes after its compressed data is always refused as having extra characters', async () => {
    await fc.assert(
      fc.asyncProperty(withTrailingBytes(links), async (link) => {
        const result = await decodeLink(link);
        expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
          expect.stringContaining('it has extra characters after the answers')
        ]);
      }),
      { numRuns: runs(1000) }
    );
  });

  test('mutated files, random JSON and wrong types', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          mutated(files),
          fc.jsonValue().map((j) => JSON.stringify(j) ?? ''),
          wrongTyped.map((c) => JSON.stringify({ app: 'vector-select', kind: 'case', envelopeVersion: 1, case: c }))
        ),
        (text) => {
          const result = readCaseFileText(text);
          expectSpecific(result);
          if (result.ok) expect(z.safeParse(caseSchema, result.value).success).toBe(true);
        }
      ),
      { numRuns: RUNS }
    );
  });

  test('mutated stored entries', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          mutated(stored),
          fc.jsonValue().map((j) => JSON.stringify(j) ?? '')
        ),
        (text) => {
          const result = readSaved(text);
          expectSpecific(result);
          if (result.ok) expect(validateDraft(result.value.draft as Record<string, unknown>).ok).toBe(true);
        }
      ),
      { numRuns: RUNS }
    );
  });

  test('reading never changes the value it was given', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(wrongTyped, fc.jsonValue()), (input) => {
        const before = structuredClone(input);
        expectSpecific(readEnvelope(input));
        expect(input).toEqual(before);
      }),
      { numRuns: RUNS }
    );
  });
});
