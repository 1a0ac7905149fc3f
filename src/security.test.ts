import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
const sources = files('src').filter((f) => /\.(svelte|ts)$/.test(f) && !f.endsWith('.test.ts'));

describe('security and privacy in the source', () => {
  test('no component renders raw HTML ({@html})', () => {
    expect(sources.filter((f) => readFileSync(f, 'utf8').includes('{@html'))).toEqual([]);
  });

  // Nothing a user, a share link or a case file controls may reach the DOM as markup: every answer, case
  // reference, medicine name typed as free text and imported file is rendered by Svelte's escaping text nodes.
  test.each([
    ['innerHTML', /\.innerHTML\s*=/],
    ['outerHTML', /\.outerHTML\s*=/],
    ['insertAdjacentHTML', /insertAdjacentHTML\(/],
    ['document.write', /document\.write(ln)?\(/],
    ['DOMParser', /new DOMParser/],
    ['createContextualFragment', /createContextualFragment\(/]
  ])('no client code writes markup from strings: %s', (_, pattern) => {
    expect(sources.filter((f) => pattern.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  test.each([
    ['fetch(', /\bfetch\(/],
    ['XMLHttpRequest', /XMLHttpRequest/],
    ['sendBeacon', /sendBeacon/],
    ['WebSocket', /new WebSocket/],
    ['an absolute http(s) URL in markup', /(src|href)=["']https?:/]
  ])('no client code sends data elsewhere: %s', (_, pattern) => {
    const offenders = sources.filter(
      (f) => f !== join('src', 'service-worker.ts') && pattern.test(readFileSync(f, 'utf8'))
    );
    expect(offenders).toEqual([]);
  });
});
