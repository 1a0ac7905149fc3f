import { describe, expect, test } from 'vitest';
import { examples } from './fixtures/examples';
import { fromBase64url, toBase64url } from './base64url';
import { expand, shorten } from './compact';
import { deflate, inflate } from './inflate';
import { decodeLink, deidentify, encodeLink, shareUrl } from './link';
import { payloadOf } from './limits';

const messages = async (payload: string) => {
  const result = await decodeLink(payload);
  return result.ok ? [] : result.problems.map((p) => p.message);
};
const pack = async (text: string, version = 'v1') =>
  `${version}.${toBase64url(await deflate(new TextEncoder().encode(text)))}`;
/** A link made by hand from a long-form case, as a tamperer would. */
const packCase = (c: unknown, version = 'v1') => pack(JSON.stringify(shorten(c)), version);
const flow = examples[0]![1];

describe('share links', () => {
  test.each(examples)('%s: link then open gives the same case, without its label', async (_, c) => {
    expect(await decodeLink(await encodeLink(c))).toEqual({ ok: true, value: deidentify(c) });
  });

  test('the label is never in the link', async () => {
    const payload = await encodeLink(flow);
    const inflated = await inflate(fromBase64url(payload.slice(3))!, 64 * 1024);
    const json = inflated.ok ? JSON.parse(new TextDecoder().decode(inflated.bytes)) : undefined;
    const expanded = expand(json);
    expect(expanded.ok && expanded.value).toEqual(deidentify(flow));
    expect(JSON.stringify(json)).not.toContain('Clinic 3');
  });

  test('a word the link format does not know is refused, unless the link is from a newer schema', async () => {
    expect(await messages(await pack('{"0":1,"zz":"1"}'))).toEqual([
      'The link was changed: it holds a word this version does not know ("zz").'
    ]);
    expect(await messages(await pack('{"0":4,"zzz":"1"}'))).toEqual([
      'This case was saved by a newer version of vector-select (schema 4); this version reads schema 3.'
    ]);
  });

  test('a label added to a link by hand is dropped', async () => {
    const result = await decodeLink(await packCase({ ...flow, label: 'Mr Smith' }));
    expect(result).toEqual({ ok: true, value: deidentify(flow) });
  });

  test('the share URL puts the answers in the fragment of the review page, never the query', async () => {
    const url = new URL(await shareUrl(flow, 'https://example.org'));
    expect(url.pathname).toBe('/case/review');
    expect(url.search).toBe('');
    expect(url.hash).toMatch(/^#case=v1\.[A-Za-z0-9_-]+$/);
    expect(payloadOf(url.hash)).toBe(await encodeLink(flow));
    expect(url.href.length).toBeLessThan(2000);
  });

  test.each([
    ['characters outside base64url', 'v1.abc$def'],
    ['an impossible base64 length', 'v1.abcde']
  ])('malformed (%s) is refused', async (_, payload) => {
    expect(await messages(payload)).toEqual([
      'The link is damaged: it contains characters a case link never has. It may have been cut or changed when it was copied.'
    ]);
  });

  test('a link cut off after its version is refused', async () => {
    expect(await messages('v1.')).toEqual([
      'The link is damaged: the answers are missing from it. Ask for the link again.'
    ]);
  });

  test('no version is refused', async () => {
    expect(await messages('abc')).toEqual([
      'The link is damaged: it does not start with a format version such as "v1.".'
    ]);
  });

  test('a truncated link is refused as damaged', async () => {
    const payload = await encodeLink(flow);
    expect(await messages(payload.slice(0, payload.length - 12))).toEqual([
      'The link is damaged: part of it is missing or was changed when it was copied. Ask for the link again.'
    ]);
  });

  test('tampered contents that are not JSON are refused', async () => {
    expect(await messages(await pack('{"schemaVersion": 1, pat'))).toEqual([
      'The link was changed: its contents are not readable answers. Ask for the link again.'
    ]);
  });

  test('tampered answers name the field', async () => {
    const tampered = { ...flow, infections: { ...flow.infections, hiv: 'unknown' } };
    expect(await messages(await packCase(tampered))).toEqual([
      'infections.hiv is "unknown", which is not allowed: Select the HIV status'
    ]);
  });

  test('a newer link format and a newer schema are refused with what this version reads', async () => {
    expect(await messages(await packCase(flow, 'v2'))).toEqual([
      'This link was made by a newer version of vector-select (link format v2); this version reads v1.'
    ]);
    expect(await messages(await packCase(flow, 'v0'))).toEqual([
      'This link has an unknown format (v0); this version reads v1.'
    ]);
    expect(await messages(await packCase({ ...flow, schemaVersion: 4 }))).toEqual([
      'This case was saved by a newer version of vector-select (schema 4); this version reads schema 3.'
    ]);
  });

  test('an over-long link is refused without being decoded', async () => {
    expect(await messages('v1.' + 'A'.repeat(9000))).toEqual([
      'The link is too long to be a vector-select case (9,003 characters; the limit is 8,192).'
    ]);
  });

  test('a small link that would inflate past 64 KB (a zip bomb) is stopped', async () => {
    const bomb = await pack(' '.repeat(4 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(8192);
    expect(await messages(bomb)).toEqual([
      'The link expands to more than 64 KB, which no case needs, so it was not opened.'
    ]);
  });

  test('an empty link (nothing after #case=) says so', async () => {
    expect(await messages('')).toEqual([
      'The link holds no case: nothing follows "#case=". Copy the whole link, or ask for it again.'
    ]);
    expect(payloadOf('#case=')).toBe('');
    expect(payloadOf('#case')).toBe('');
  });

  const TRAILING =
    'The link is damaged: it has extra characters after the answers, added after it was made or when it was copied. Ask for the link again.';
  test.each([
    ['one zero byte', [0]],
    ['one byte', [0x41]],
    ['a whole deflate block', [0x03, 0x00]],
    ['many bytes', Array.from({ length: 50 }, (_, i) => i)]
  ])('bytes after the compressed answers (%s) are refused, as Chromium refuses them', async (_, extra) => {
    const bytes = fromBase64url((await encodeLink(flow)).slice(3))!;
    const link = 'v1.' + toBase64url(new Uint8Array([...bytes, ...extra]));
    expect(await messages(link)).toEqual([TRAILING]);
  });

  test.each(['A', 'AA', 'AAA', 'AAAA', 'Thanks'])(
    'text typed after a link ("%s") is refused: as extra characters, or as a length a link never has',
    async (suffix) => {
      const link = await encodeLink(flow);
      // The link's bytes stay as they were; the new characters add bytes, unless the length becomes impossible.
      const impossible = (link.length - 3 + suffix.length) % 4 === 1;
      expect(await messages(link + suffix)).toEqual([
        impossible
          ? 'The link is damaged: it contains characters a case link never has. It may have been cut or changed when it was copied.'
          : TRAILING
      ]);
    }
  );

  test('damaged data followed by extra bytes is reported as damaged', async () => {
    const bytes = fromBase64url((await encodeLink(flow)).slice(3))!;
    const cut = bytes.slice(0, bytes.length - 5);
    expect(await messages('v1.' + toBase64url(new Uint8Array([...cut, 1, 2, 3])))).toEqual([
      'The link is damaged: part of it is missing or was changed when it was copied. Ask for the link again.'
    ]);
  });

  test('a word with a right-to-left override is quoted without it, so it cannot reverse the message', async () => {
    expect(await messages(await pack('{"0":1,"\u202Ezz":"1"}'))).toEqual([
      'The link was changed: it holds a word this version does not know ("zz").'
    ]);
  });

  test('a schema version that is not a whole number is not taken as newer', async () => {
    expect(await messages(await pack('{"0":2.5,"zz":"1"}'))).toEqual([
      'The link was changed: it holds a word this version does not know ("zz").'
    ]);
  });

  test('payloadOf reads #case=… and nothing else', () => {
    expect(payloadOf('#case=v1.abc')).toBe('v1.abc');
    expect(payloadOf('#main')).toBeUndefined();
    expect(payloadOf('')).toBeUndefined();
  });
});
