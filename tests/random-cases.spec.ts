/**
 * The summary never goes blank: 40 random valid cases (the project's own `caseArbitrary`, fixed seed),
 * each opened by a share link made with the app's encoder, reach the summary with every part shown, no
 * part replaced by its fallback, and no error in the page (the `test` fixture fails on any console error
 * or uncaught exception, including Svelte's each_key_duplicate). The unit suite renders 1,000 cases on the
 * server (src/lib/components/render.test.ts); this one is the browser: the client-side rendering, the parts shown
 * as the reader scrolls, and no error in the page. (It walked 100 until issue 25: each case costs about 2.5 s of a
 * busy 2-core machine, and the server renders cover the space of cases.)
 */
import fc from 'fast-check';
import { caseArbitrary } from '../src/lib/fixtures/arbitrary';
import { shareUrl } from '../src/lib/persistence/link';
import { runs } from '../src/lib/testing/runs';
import { allComplete } from '../src/lib/wizard/pages';
import { expect, NAMES, test } from './helpers';

const CASES = runs(40);
const SEED = 20261202;
const FALLBACK = 'This part could not be shown';

/** Random valid cases that the wizard also takes as complete (only those can continue to the summary). */
function sample() {
  const out = [];
  for (const c of fc.sample(caseArbitrary, { numRuns: CASES * 4, seed: SEED })) {
    if (allComplete(c)) out.push(c);
    if (out.length === CASES) return out;
  }
  throw new Error(`fewer than ${CASES} of ${CASES * 4} random cases are complete for the wizard`);
}

// In four parts, so that the workers share them.
const PARTS = 4;
for (let part = 0; part < PARTS; part++)
  test(`${CASES} random valid cases opened by share link reach the summary, every part shown (part ${part + 1} of ${PARTS})`, async ({
    page,
    baseURL
  }) => {
    test.setTimeout(240_000);
    const cases = sample();
    for (const [i, c] of cases.entries()) {
      if (i % PARTS !== part) continue;
      // From the summary of the case before, the link's address (/case/review) is a new document in the same tab.
      await page.goto(await shareUrl(c, baseURL!));
      await page.getByRole('button', { name: 'Continue to the summary' }).click();
      await expect(page.locator('#glance .decision'), `case ${i}`).toBeVisible();
      // A reader scrolls on: every part renders.
      await page.mouse.wheel(0, 300);
      await expect(page.locator('#sources ol li').first(), `case ${i}: sources`).toBeAttached();
      await expect(page.getByText('Showing this part…'), `case ${i}: parts still waiting`).toHaveCount(0);
      await expect(page.getByText(FALLBACK), `case ${i}: ${JSON.stringify(c)}`).toHaveCount(0);
      // Every platform is named in the decision: with its fit, or once as having no product for the condition.
      const glance = page.locator('#glance');
      for (const name of Object.values(NAMES)) await expect(glance, `case ${i}: ${name}`).toContainText(name);
    }
  });
