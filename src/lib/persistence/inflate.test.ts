import { describe, expect, test } from 'vitest';
import { deflate, inflate } from './inflate';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('deflate-raw with a capped inflate', () => {
  test('round-trips text', async () => {
    const text = JSON.stringify({ schemaVersion: 1, note: 'é ü 中' }).repeat(20);
    expect(await inflate(await deflate(bytes(text)), 64 * 1024)).toEqual({ ok: true, bytes: bytes(text) });
  });

  test('stops reading as soon as the output passes the cap', async () => {
    const bomb = await deflate(bytes(' '.repeat(1024 * 1024)));
    expect(bomb.length).toBeLessThan(2048);
    expect(await inflate(bomb, 64 * 1024)).toEqual({ ok: false, reason: 'too-large' });
  });

  test('cut-short and garbage input is corrupt, not an exception', async () => {
    const whole = await deflate(bytes('{"schemaVersion":1,"patient":{"ageBand":"adult"}}'));
    expect(await inflate(whole.slice(0, whole.length - 4), 1024)).toEqual({ ok: false, reason: 'corrupt' });
    expect(await inflate(new Uint8Array([0xff, 0xff, 0xff]), 1024)).toEqual({ ok: false, reason: 'corrupt' });
  });

  test('bytes after the final block are refused, though Node 20’s DecompressionStream would ignore them', async () => {
    const whole = await deflate(bytes('{"schemaVersion":1}'));
    for (const extra of [[0], [1, 2, 3], [0x03, 0x00]]) {
      expect(await inflate(new Uint8Array([...whole, ...extra]), 1024)).toEqual({ ok: false, reason: 'trailing' });
    }
    expect(await inflate(whole, 1024)).toEqual({ ok: true, bytes: bytes('{"schemaVersion":1}') });
  });
});
