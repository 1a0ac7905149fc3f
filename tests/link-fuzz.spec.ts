/**
 * The link fuzz in the browser: 1,000 mutated links, generated with a fixed seed by the same arbitraries as the Node
 * fuzz (`src/lib/persistence/fixtures/fuzz.ts`), decoded in Chromium by the built app's own decoder (its
 * DecompressionStream is stricter than Node's), must give exactly what the decoder gives under Node: the same case,
 * or the same specific messages. A sample also goes through the address bar and the start page. No page error, the
 * case in progress unchanged, and no request carries a link.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { examples } from '../src/lib/persistence/fixtures/examples';
import { linkInput, linkOf, vagueMessages } from '../src/lib/persistence/fixtures/fuzz';
import { decodeLink, encodeLink } from '../src/lib/persistence/link';
import { runs } from '../src/lib/testing/runs';
import { expect, fill, startCase, test } from './helpers';

const RUNS = runs(1000);
const SEED = 14;
const THROUGH_THE_PAGE = 25;

/** The built chunk that holds the link decoder, found by one of its messages (its file and export names are hashed). */
function decoderChunk(): string {
  const dir = join(process.env.VS_WORKDIR ?? '.', 'build', '_app', 'immutable', 'chunks');
  const files = readdirSync(dir).filter((f) =>
    readFileSync(join(dir, f), 'utf8').includes('The link is damaged: the answers are missing')
  );
  expect(files, 'one built chunk holds the link decoder').toHaveLength(1);
  return `/_app/immutable/chunks/${files[0]}`;
}

/**
 * Decodes links in the page with the built decoder: the chunk's exports are renamed, but the app imports the link
 * module dynamically, so the chunk exports its namespace (with `decodeLink` by name). Whatever is found must read
 * "v1." as a link whose answers are missing.
 */
const decodeInPage = (page: Page, chunk: string, links: string[]) =>
  page.evaluate(
    async ({ chunk, links }) => {
      const module: Record<string, unknown> = await import(chunk);
      let decode: ((link: string) => Promise<unknown>) | undefined;
      const exported = Object.values(module);
      const named = exported.map((x) => (x && typeof x === 'object' ? (x as Record<string, unknown>).decodeLink : x));
      for (const candidate of named) {
        if (typeof candidate !== 'function') continue;
        try {
          const result = await candidate('v1.');
          if (JSON.stringify(result).includes('the answers are missing')) decode = candidate as typeof decode;
        } catch {
          // not the decoder
        }
      }
      if (!decode) throw new Error('no export of the chunk decodes a link');
      const out: string[] = [];
      for (const link of links) out.push(JSON.stringify(await decode(link)));
      return out;
    },
    { chunk, links }
  );

test('1,000 fuzzed links decode in Chromium exactly as in Node, with no error and the case in progress kept', async ({
  page,
  baseURL
}) => {
  test.setTimeout(120_000);
  const started = Date.now();
  const valid = await Promise.all(examples.map(([, c]) => encodeLink(c)));
  const inputs = fc.sample(linkInput(valid), { numRuns: RUNS, seed: SEED });
  const links = await Promise.all(inputs.map(linkOf));
  const expected = await Promise.all(links.map(async (l) => JSON.stringify(await decodeLink(l))));
  const refused = expected.filter((e) => !JSON.parse(e).ok).length;
  expect(refused, 'most fuzzed links are bad').toBeGreaterThan(RUNS / 2);
  expect(expected.filter((e) => e.includes('extra characters after the answers')).length).toBeGreaterThan(50);

  const requests: string[] = [];
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));

  // A case in progress, then back on the start page.
  await startCase(page);
  await fill(page, 'patient', { ageUnit: 'years', ageYears: '40', pregnancy: 'no', indication: 'other' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/case\/infections$/);
  await page.getByRole('link', { name: 'vector-select' }).click();
  await expect(page).toHaveURL(/\/$/);

  // The bulk: the built decoder, in the page.
  const inBrowser = await decodeInPage(page, decoderChunk(), links);
  // One assertion each over all links (Playwright's expect is too slow to call a thousand times).
  const differ = links.flatMap((link, i) =>
    inBrowser[i] === expected[i] ? [] : [{ link, chromium: inBrowser[i], node: expected[i] }]
  );
  expect(differ, 'links decoded differently in Chromium and Node').toEqual([]);
  const vague = expected.flatMap((e, i) => vagueMessages(JSON.parse(e)).map((m) => `${links[i]}: ${m}`));
  expect(vague, 'messages that are not specific').toEqual([]);

  // A sample through the address, as a pasted link: each bad one shows its first message; a good one asks first.
  const summary = page.locator('.error-summary');
  // Only links an address keeps as they are (the fragment is read as a query string: "+", "%", "&" would change).
  const safe = links
    .map((link, i) => ({ link, result: JSON.parse(expected[i]!) }))
    .filter(({ link }) => /^[\w.~-]+$/.test(link));
  const sample = safe.filter((_, i) => i % Math.floor(safe.length / THROUGH_THE_PAGE) === 0).slice(0, THROUGH_THE_PAGE);
  expect(sample).toHaveLength(THROUGH_THE_PAGE);
  // Two unmutated links too, so that the sample always has good links (they ask before replacing the case).
  const good = await Promise.all(valid.slice(0, 2).map(async (link) => ({ link, result: await decodeLink(link) })));
  expect(good.every(({ result }) => result.ok)).toBe(true);
  for (const { link, result } of [...sample, ...good]) {
    // An empty link first, so that each message is known to be new even when two links share it.
    await page.evaluate(() => (location.hash = 'case='));
    await expect(summary).toContainText('The link holds no case');
    await page.evaluate((l) => (location.hash = `case=${l}`), link);
    if (result.ok) {
      await page.getByRole('button', { name: 'Keep the case in progress' }).click();
    } else {
      await expect(summary).toContainText(result.problems[0].message);
    }
    expect(page.url()).not.toContain('#case=');
  }

  // Nothing entered was lost.
  await page.getByRole('button', { name: 'Continue the case in progress' }).click();
  await expect(page).toHaveURL(/\/case\/patient$/);
  await expect(page.locator('input[name="indication"][value="other"]')).toBeChecked();

  // No request carried any part of a link, and none left the origin.
  const origin = new URL(baseURL!).origin;
  const pieces = links.filter((l) => l.length > 20).map((l) => l.slice(3, 23));
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((r) => !r.startsWith(`GET ${origin}/`))).toEqual([]);
  expect(requests.filter((r) => pieces.some((p) => r.includes(p)))).toEqual([]);
  test.info().annotations.push({ type: 'fuzz', description: `${RUNS} links in ${Date.now() - started} ms` });
  console.log(
    `link fuzz: ${RUNS} links (${refused} refused), ${THROUGH_THE_PAGE} + 2 good ones through the address, ${Date.now() - started} ms`
  );
});
