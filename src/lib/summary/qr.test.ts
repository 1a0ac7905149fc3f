import { describe, expect, test } from 'vitest';
import { qrPath } from './qr';

describe('the reopen QR code', () => {
  test('is a square path of dark modules, the same for the same text', () => {
    const a = qrPath('http://localhost:4173/case/review#case=v1.abc');
    expect(a.size).toBeGreaterThanOrEqual(21);
    expect(a.d).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
    expect(qrPath('http://localhost:4173/case/review#case=v1.abc')).toEqual(a);
  });

  test('grows with the text, and differs for different texts', () => {
    const short = qrPath('x');
    const long = qrPath(`http://localhost/case/review#case=v1.${'a'.repeat(300)}`);
    expect(long.size).toBeGreaterThan(short.size);
    expect(qrPath('y').d).not.toBe(short.d);
  });
});
