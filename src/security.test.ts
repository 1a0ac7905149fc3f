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
  // Svelte's raw-HTML tag (an opening brace, "@html"), with or without a space: no component uses it, so nothing a
  // user, a share link or a file controls can reach it. Written as a pattern so that this guard is not itself a hit.
  const RAW_HTML_TAG = new RegExp(String.raw`\{\s*@` + 'html\\b');
  test('no component renders raw HTML (Svelte’s @html tag)', () => {
    expect(sources.filter((f) => RAW_HTML_TAG.test(readFileSync(f, 'utf8')))).toEqual([]);
    // The pattern finds the tag in both spellings (a pattern that cannot fail would prove nothing).
    expect(RAW_HTML_TAG.test(['{', '@', 'html x}'].join(''))).toBe(true);
    expect(RAW_HTML_TAG.test(['{ ', '@', 'html x}'].join(''))).toBe(true);
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
