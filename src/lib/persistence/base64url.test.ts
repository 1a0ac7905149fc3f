import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromBase64url, toBase64url } from './base64url';

describe('base64url', () => {
  test('round-trips any bytes, using only the URL-safe alphabet and no padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64url(text)).toEqual(bytes);
      })
    );
  });

  test.each(['a+b', 'a/b', 'ab==', 'abcde', 'ab cd'])('%j is not base64url', (text) => {
    expect(fromBase64url(text)).toBeUndefined();
  });
});
