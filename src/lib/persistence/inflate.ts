/**
 * deflate-raw with the platform's CompressionStream (browsers, and global in Node 20): no library.
 * Inflation streams with a cap, so a small link cannot expand into a huge string (a "zip bomb").
 * Bytes after the final block are refused everywhere ('trailing'): Chromium's DecompressionStream
 * refuses them and Node's ignores them, so the end is found first (`deflate-end.ts`).
 */
import { deflateEnd } from './deflate-end';

export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'corrupt' | 'too-large' | 'trailing' };

export async function inflate(bytes: Uint8Array, cap: number): Promise<Inflated> {
  const end = deflateEnd(bytes);
  if (end === undefined) return { ok: false, reason: 'corrupt' };
  const stream = new Blob([bytes.subarray(0, end) as BlobPart]).stream();
  const reader = stream.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  // Only once the data itself has inflated: damaged data is reported as damaged, whatever follows it.
  if (end < bytes.length) return { ok: false, reason: 'trailing' };
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { ok: true, bytes: out };
}
