/**
 * Bad input never stops the app or confuses the user (issue #14, found by browser fuzzing): links pasted over an
 * open tab, links on pages other than the start page, empty and mistyped links, malformed fragments, quoted values.
 */
import type { Page } from '@playwright/test';
import { encodeLink } from '../src/lib/persistence/link';
import { flowCase } from './cases';
import { expect, expectAccessible, fill, startCase, test } from './helpers';

/** The same case answered differently: review tells the two apart by the year of the earlier gene therapy. */
const otherCase = { ...flowCase, priorTherapyDetails: { ...flowCase.priorTherapyDetails!, year: 2011 } };
const jsonFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/** A case in progress, on its second page (/case/infections). */
async function onSecondPage(page: Page) {
  await startCase(page);
  await fill(page, 'patient', {
    ageUnit: 'years',
    ageYears: '40',
    sex: 'female',
    pregnancy: 'no',
    indication: 'other'
  });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/case\/infections$/);
}

/** What pasting an address that differs only in its fragment does: a same-document navigation made by the browser. */
const paste = (page: Page, path: string, payload: string) => page.goto(`${path}#case=${payload}`);

const DOCUMENT_404 = 'Failed to load resource: the server responded with a status of 404 (Not Found)';
/**
 * Opens an address the app does not have. The server answers 404 with the not-found page, and Chromium logs that
 * status as a console error: that one message is expected (and removed); no other request may fail.
 */
async function openMissing(page: Page, consoleErrors: string[], url: string) {
  const failed: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
  const response = await page.goto(url);
  expect(response?.status()).toBe(404);
  await page.locator('html[data-hydrated="true"]').waitFor();
  await expect.poll(() => consoleErrors.filter((e) => e === DOCUMENT_404).length).toBe(1);
  consoleErrors.splice(consoleErrors.indexOf(DOCUMENT_404), 1);
  expect(failed.map((u) => new URL(u).pathname)).toEqual([new URL(url, page.url()).pathname]);
}

const replacePrompt = (page: Page) => page.getByRole('heading', { name: 'Replace the case in progress?' });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('a link pasted over an open tab', () => {
  test('opens on the start page, and Back returns to the page the user was on, Forward to the start page', async ({
    page
  }) => {
    await onSecondPage(page);
    await paste(page, '/case/infections', await encodeLink(flowCase));
    await expect(page).toHaveURL(/\/$/);
    await expect(replacePrompt(page)).toBeFocused();
    expect(page.url()).not.toContain('#case=');

    await page.goBack();
    await expect(page).toHaveURL(/\/case\/infections$/);
    await expect(heading(page)).toContainText('Infections and serostatus');
    await page.goBack();
    await expect(page).toHaveURL(/\/case\/patient$/);
    await expect(heading(page)).toContainText('About the patient');
    await expect(page.locator('input[name="indication"][value="other"]')).toBeChecked();
    await page.goForward();
    await expect(page).toHaveURL(/\/case\/infections$/);
    await expect(heading(page)).toContainText('Infections and serostatus');
    await page.goForward();
    await expect(page).toHaveURL(/\/$/);
    await expect(heading(page)).toContainText('Compare gene-therapy vector platforms');
  });

  test('set by a script (location.hash) behaves the same', async ({ page }) => {
    await onSecondPage(page);
    const payload = await encodeLink(flowCase);
    await page.evaluate((p) => (location.hash = `case=${p}`), payload);
    await expect(replacePrompt(page)).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/case\/infections$/);
    await expect(heading(page)).toContainText('Infections and serostatus');
  });

  test('a new link replaces an unanswered prompt: no stale prompt beside its error, and Replace opens the latest', async ({
    page
  }) => {
    await onSecondPage(page);
    await paste(page, '/case/infections', await encodeLink(flowCase));
    await expect(replacePrompt(page)).toBeVisible();

    await paste(page, '/', 'v1.not*base64');
    await expect(page.locator('.error-summary')).toContainText('The link is damaged');
    await expect(replacePrompt(page)).toHaveCount(0);

    await paste(page, '/', await encodeLink(otherCase));
    await expect(replacePrompt(page)).toBeVisible();
    await expect(page.locator('.error-summary')).toHaveCount(0);
    await page.getByRole('button', { name: 'Replace it with the opened case' }).click();
    await expect(page).toHaveURL(/\/case\/review$/);
    await expect(page.locator('main')).toContainText('2011');
    await expect(page.locator('main')).not.toContainText('2019');
  });

  test('a file opened while a link waits for an answer drops that prompt', async ({ page }) => {
    await onSecondPage(page);
    await paste(page, '/case/infections', await encodeLink(flowCase));
    await expect(replacePrompt(page)).toBeVisible();
    await page.locator('#case-file').setInputFiles(jsonFile('notes.json', 'Patient notes'));
    await page.getByRole('button', { name: 'Open case file' }).click();
    await expect(page.locator('.error-summary')).toContainText('The file is not a case file: it is not JSON.');
    await expect(replacePrompt(page)).toHaveCount(0);
  });
});

test.describe('links outside the start page', () => {
  for (const path of ['/examples', '/glossary'])
    test(`a link opened with ${path} opens at once, not later on the start page`, async ({ page }) => {
      await page.goto(`${path}#case=${await encodeLink(flowCase)}`);
      await expect(page).toHaveURL(/\/case\/review$/);
      await expect(heading(page)).toHaveText('Check your answers');
    });

  test('a link pasted over /glossary opens at once, and Back returns to the glossary', async ({ page }) => {
    await page.goto('/glossary');
    await page.locator('html[data-hydrated="true"]').waitFor();
    await paste(page, '/glossary', await encodeLink(flowCase));
    await expect(page).toHaveURL(/\/case\/review$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/glossary$/);
    await expect(heading(page)).toHaveText('Glossary');
  });

  test('an empty #case= says that the link holds no case, and the case in progress is kept', async ({ page }) => {
    const message = 'The link holds no case: nothing follows "#case=". Copy the whole link, or ask for it again.';
    await page.goto('/#case=');
    await expect(page.locator('.error-summary')).toHaveText(/nothing follows "#case="/);
    await onSecondPage(page);
    await paste(page, '/case/infections', '');
    await expect(page.locator('.error-summary')).toContainText(message);
    await page.getByRole('button', { name: 'Continue the case in progress' }).click();
    await expect(page).toHaveURL(/\/case\/patient$/);
    await expect(page.locator('input[name="indication"][value="other"]')).toBeChecked();
  });
});

test.describe('malformed addresses', () => {
  test('/glossary#% shows the glossary, focused on its heading, without an error', async ({ page }) => {
    await page.goto('/glossary#%');
    await expect(heading(page)).toBeFocused();
    await page.goto('/glossary#%E0%A4%A');
    await expect(heading(page)).toBeFocused();
  });

  test('a mistyped address gets a not-found page that says what to do, and passes axe', async ({
    page,
    consoleErrors
  }) => {
    await openMissing(page, consoleErrors, '/case/reveiw');
    await expect(page).toHaveTitle('Page not found – vector-select');
    await expect(heading(page)).toHaveText('Page not found');
    await expect(page.getByRole('region', { name: /shared case/ })).toHaveCount(0);
    // The same Content-Security-Policy as every other page: no inline script but SvelteKit's hashed boot script.
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toMatch(/(^|; )script-src 'self' 'sha256-[^;']+'(;|$)/);
    expect(csp).toContain("object-src 'none'");
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Go to the start page' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(heading(page)).toContainText('Compare gene-therapy vector platforms');
  });

  test('a share link with a mistyped path explains share links and opens the case only when asked', async ({
    page,
    consoleErrors
  }, info) => {
    const payload = await encodeLink(flowCase);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await openMissing(page, consoleErrors, `/cse/review#case=${payload}`);
    const shared = page.getByRole('region', { name: 'This address holds a shared case' });
    await expect(shared).toContainText('A share link is this site’s address followed by /case/review#case=');
    await expect(shared).toContainText(/http:\/\/localhost:\d+\/case\/review#case=v1\.…/);
    expect(page.url()).not.toContain('#case=');
    await expectAccessible(page);
    await page.screenshot({ path: info.outputPath('not-found-with-link.png'), fullPage: true });

    await page.getByRole('button', { name: 'Open the shared case' }).click();
    await expect(page).toHaveURL(/\/case\/review$/);
    await expect(heading(page)).toHaveText('Check your answers');
    for (const url of requests) expect(url).not.toContain(payload.slice(3, 40));
  });

  test('a mistyped address with an empty #case= says the answers are missing', async ({ page, consoleErrors }) => {
    await openMissing(page, consoleErrors, '/nowhere#case=');
    await expect(page.getByRole('region', { name: /with nothing after it/ })).toContainText(
      'the answers are missing from it'
    );
    await expectAccessible(page);
  });

  test('"Go to the start page" does not open a link the user did not ask to open', async ({ page, consoleErrors }) => {
    await openMissing(page, consoleErrors, `/case/reveiw#case=${await encodeLink(flowCase)}`);
    await expect(page.getByRole('button', { name: 'Open the shared case' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the start page' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('button', { name: 'Start now' })).toBeEnabled();
    await expect(page.locator('.error-summary')).toHaveCount(0);
    await expect(replacePrompt(page)).toHaveCount(0);
  });
});

test.describe('quoted values in messages', () => {
  test('right-to-left text in a file is isolated, and an override cannot reverse the message', async ({ page }) => {
    await page.goto('/');
    await page.locator('html[data-hydrated="true"]').waitFor();
    const bad = { ...flowCase, patient: { ...flowCase.patient, ageBand: '\u202Eשלום' } };
    await page.locator('#case-file').setInputFiles(jsonFile('case.json', JSON.stringify(bad)));
    await page.getByRole('button', { name: 'Open case file' }).click();
    const item = page.locator('.error-summary li').first();
    await expect(item).toHaveText('patient.ageBand is "שלום", which is not allowed: Select the age band');
    await expect(item.locator('bdi')).toHaveText('"שלום"');
    await expect(page.locator('#case-file-error bdi')).toHaveText('"שלום"');
    await expectAccessible(page);
  });
});
