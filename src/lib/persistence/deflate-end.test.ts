import fc from 'fast-check';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { deflateEnd } from './deflate-end';
import { examples } from './fixtures/examples';
import { fromBase64url } from './base64url';
import { encodeLink } from './link';
import { runs } from '../testing/runs';

const STRATEGIES = [
  constants.Z_DEFAULT_STRATEGY,
  constants.Z_FILTERED,
  constants.Z_HUFFMAN_ONLY,
  constants.Z_RLE,
  constants.Z_FIXED
];
/** Text like a case's and random bytes, deflated by zlib at any level and strategy (stored, fixed and dynamic blocks). */
const deflated = fc
  .tuple(
    fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      fc.string({ maxLength: 3000 }).map((s) => new TextEncoder().encode(s)),
      fc.constantFrom(...examples).map(([, c]) => new TextEncoder().encode(JSON.stringify(c).repeat(3)))
    ),
    fc.integer({ min: 0, max: 9 }),
    fc.constantFrom(...STRATEGIES)
  )
  .map(([data, level, strategy]) => ({ data, packed: new Uint8Array(deflateRawSync(data, { level, strategy })) }));
const zlibAccepts = (bytes: Uint8Array) => {
  try {
    inflateRawSync(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('where a deflate-raw stream ends', () => {
  test('at its last byte, whatever zlib chose to write', () => {
    fc.assert(
      fc.property(deflated, ({ packed }) => {
        expect(deflateEnd(packed)).toBe(packed.length);
      }),
      { numRuns: runs(2000) }
    );
  });

  test('before any bytes that follow it', () => {
    fc.assert(
      fc.property(deflated, fc.uint8Array({ minLength: 1, maxLength: 20 }), ({ packed }, junk) => {
        const both = new Uint8Array([...packed, ...junk]);
        expect(deflateEnd(both)).toBe(packed.length);
      }),
      { numRuns: runs(2000) }
    );
  });

  test('nowhere when the stream is cut short', () => {
    fc.assert(
      fc.property(deflated, fc.nat(), ({ packed }, n) => {
        expect(deflateEnd(packed.subarray(0, n % packed.length))).toBeUndefined();
      }),
      { numRuns: runs(2000) }
    );
  });

  test('where zlib ends it, for any bytes zlib reads (random bytes are often valid fixed-code blocks)', () => {
    let read = 0;
    const n = runs(20_000);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
        if (!zlibAccepts(bytes)) return;
        read++;
        const end = deflateEnd(bytes);
        expect(end).toBeDefined();
        expect(zlibAccepts(bytes.subarray(0, end))).toBe(true);
        expect(zlibAccepts(bytes.subarray(0, end! - 1))).toBe(false);
      }),
      { numRuns: n, seed: 14 }
    );
    expect(read).toBeGreaterThanOrEqual(n / 400);
  });

  test('with the longest lengths and distances (matches 258 bytes long, 30 KB back)', () => {
    let state = 14;
    const random = (n: number) =>
      Uint8Array.from({ length: n }, () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 24);
    const phrase = random(300);
    const data = new Uint8Array([...phrase, ...random(30_000), ...phrase, ...new Uint8Array(600).fill(7)]);
    for (const strategy of STRATEGIES)
      for (const level of [1, 6, 9]) {
        const packed = new Uint8Array(deflateRawSync(data, { level, strategy }));
        expect(deflateEnd(packed)).toBe(packed.length);
        expect(deflateEnd(new Uint8Array([...packed, 0]))).toBe(packed.length);
      }
  });

  test('every example patient’s link ends at its last byte', async () => {
    for (const [, c] of examples) {
      const bytes = fromBase64url((await encodeLink(c)).slice(3))!;
      expect(deflateEnd(bytes)).toBe(bytes.length);
    }
  });

  test.each([
    ['nothing', []],
    ['a reserved block type', [0b111]],
    ['a stored block whose length check fails', [0b001, 5, 0, 5, 0]],
    ['a stored block longer than the data', [0b001, 5, 0, 0xfa, 0xff, 1, 2]]
  ])('nowhere for %s', (_, bytes) => {
    expect(deflateEnd(new Uint8Array(bytes))).toBeUndefined();
  });
});
