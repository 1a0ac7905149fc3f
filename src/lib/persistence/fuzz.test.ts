/**
 * Fuzzing: mutated links, files and stored entries never throw, never change their input, and
 * always give either a valid case or specific messages (never zod's bare "Invalid input").
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { beforeAll, describe, expect, test } from 'vitest';
import { caseSchema } from '../case/schema';
import { toBase64url } from './base64url';
import { shorten } from './compact';
import { validateDraft } from './draft';
import { readEnvelope } from './envelope';
import { caseFile, readCaseFileText } from './file';
import { examples } from './fixtures/examples';
import { deflate } from './inflate';
import { MemoryStorage } from './fixtures/memory-storage';
import { decodeLink, encodeLink } from './link';
import type { Loaded } from './result';
import { readSaved, saveCase, STORAGE_KEY } from './storage';

const RUNS = 10_000;
/** A well-formed link around any JSON, as a tamperer would make one. */
const packed = async (json: unknown) =>
  'v1.' + toBase64url(await deflate(new TextEncoder().encode(JSON.stringify(json) ?? '')));
const GENERIC = /^(Invalid input|undefined|null|\[object)|not an allowed value$/;

function expectSpecific(result: Loaded<unknown>) {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const { message } of result.problems) {
    expect(message.length).toBeGreaterThan(15);
    expect(message).not.toMatch(GENERIC);
  }
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** One edit of a text: flip a bit of a character, cut it short, insert or delete characters. */
const mutated = (texts: string[]) =>
  fc
    .tuple(
      fc.constantFrom(...texts),
      fc.nat(),
      fc.constantFrom('flip', 'truncate', 'insert', 'delete', 'swap'),
      fc.string({ maxLength: 4 }),
      fc.integer({ min: 0, max: 15 })
    )
    .map(([text, n, kind, extra, bit]) => {
      const at = n % (text.length + 1);
      if (kind === 'truncate') return text.slice(0, at);
      if (kind === 'insert') return text.slice(0, at) + extra + text.slice(at);
      if (kind === 'delete') return text.slice(0, at) + text.slice(at + 1 + (bit % 4));
      if (kind === 'swap') return text.slice(0, at) + BASE64URL[(n + bit) % 64] + text.slice(at + 1);
      const code = text.charCodeAt(at) ^ (1 << bit);
      return at < text.length ? text.slice(0, at) + String.fromCharCode(code) + text.slice(at + 1) : text;
    });

/** A valid case with one field replaced by a value of another type, or removed. */
const wrongTyped = fc
  .tuple(fc.constantFrom(...examples.map(([, c]) => c)), fc.nat(), fc.oneof(fc.jsonValue(), fc.constant(undefined)))
  .map(([c, n, value]) => {
    const copy = structuredClone(c) as Record<string, unknown>;
    const sections = Object.keys(copy);
    const section = sections[n % sections.length]!;
    const inner = copy[section];
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      const keys = Object.keys(inner);
      (inner as Record<string, unknown>)[keys[n % keys.length]!] = value;
    } else copy[section] = value;
    return copy;
  });

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
      fc.asyncProperty(
        fc.oneof(
          mutated(links).map((link) => ({ link })),
          fc.string({ maxLength: 60 }).map((link) => ({ link: 'v1.' + link })),
          fc.oneof(fc.jsonValue(), wrongTyped, wrongTyped.map(shorten)).map((json) => ({ json }))
        ),
        async (input) => {
          const link = 'link' in input ? input.link : await packed(input.json);
          const result = await decodeLink(link);
          expectSpecific(result);
          if (result.ok) {
            expect(z.safeParse(caseSchema, result.value).success).toBe(true);
            expect(result.value.label).toBeUndefined();
          }
        }
      ),
      { numRuns: RUNS }
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
