/** The local static server: a malformed request gets 400 and the server keeps serving. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./serve.js', import.meta.url));
const build = mkdtempSync(join(tmpdir(), 'serve-'));
writeFileSync(join(build, 'index.html'), '<h1>start</h1>');
writeFileSync(join(build, '404.html'), '<h1>not found page</h1>');
mkdirSync(join(build, 'case'));
writeFileSync(join(build, 'case', 'review.html'), '<h1>review</h1>');

let server: ChildProcess;
let port = 0;

/** Sends the path exactly as written (fetch and URL would normalise `/%`), and reads the status and body. */
const send = (path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = get({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });

beforeAll(async () => {
  server = spawn(process.execPath, [SCRIPT], { env: { ...process.env, PORT: '0', BUILD_DIR: build } });
  port = await new Promise<number>((resolve, reject) => {
    server.stdout!.on('data', (d: Buffer) => {
      const found = /localhost:(\d+)\//.exec(d.toString());
      if (found) resolve(Number(found[1]));
    });
    server.on('exit', (code) => reject(new Error(`the server stopped (${code})`)));
  });
});
afterAll(() => {
  server.kill();
});

describe('scripts/serve.js', () => {
  test('serves pages, with and without .html', async () => {
    expect(await send('/')).toMatchObject({ status: 200, body: '<h1>start</h1>' });
    expect(await send('/case/review')).toMatchObject({ status: 200, body: '<h1>review</h1>' });
  });

  test.each(['/%', '/%zz', '/case/%E0%A4%A', '/glossary%', '/%00'])(
    'a malformed address (%s) gets 400, and the server still serves /',
    async (target) => {
      const bad = await send(target);
      expect(bad.status).toBe(400);
      expect(bad.body).toContain('Bad request');
      expect(server.exitCode).toBeNull();
      expect(await send('/')).toMatchObject({ status: 200, body: '<h1>start</h1>' });
    }
  );

  test('an unknown address gets the not-found page with status 404', async () => {
    expect(await send('/case/reveiw')).toMatchObject({ status: 404, body: '<h1>not found page</h1>' });
  });

  test('a path that climbs out of the build folder is not served', async () => {
    expect((await send('/..%2f..%2fetc%2fpasswd')).status).toBe(404);
  });
});
