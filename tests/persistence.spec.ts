import type { Page } from '@playwright/test';
import { toBase64url } from '../src/lib/persistence/base64url';
import { caseFile } from '../src/lib/persistence/file';
import { deflate } from '../src/lib/persistence/inflate';
import { encodeLink } from '../src/lib/persistence/link';
import { flowCase } from './cases';
import { answerCase, expect, expectAccessible, fill, startCase, test } from './helpers';

const labelled = { ...flowCase, label: 'Clinic 3, case 2' };
const jsonFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/** A case in progress: the patient page answered, then back to the start page. */
async function caseInProgress(page: Page) {
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
  await page.getByRole('link', { name: 'vector-select' }).click();
  await expect(page).toHaveURL(/\/$/);
}

async function expectCaseStillInProgress(page: Page) {
  await page.getByRole('button', { name: 'Continue the case in progress' }).click();
  await expect(page).toHaveURL(/\/case\/patient$/);
  await expect(page.locator('input[name="indication"][value="other"]')).toBeChecked();
}

async function openFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.locator('#case-file').setInputFiles(file);
  await page.getByRole('button', { name: 'Open case file' }).click();
}

/**
 * Every key of this app in localStorage, and any key whose value holds an answer of the flow case: what stays
 * on the device. The tab's own copy (sessionStorage: this tab only, dropped when it closes) is not counted.
 */
const stored = (page: Page) =>
  page.evaluate(() =>
    [localStorage].flatMap((s) =>
      Object.entries(s)
        .filter(([k, v]) => k.startsWith('vector-select') || /haemophilia|schemaVersion/.test(v))
        .map(([k]) => k)
    )
  );

test.describe('opening case files', () => {
  const badFiles = [
    ['not JSON', jsonFile('notes.json', 'Patient notes'), 'The file is not a case file: it is not JSON.'],
    [
      'the wrong shape',
      jsonFile('case.json', JSON.stringify({ ...flowCase, infections: { ...flowCase.infections, hiv: 'maybe' } })),
      'infections.hiv is "maybe", which is not allowed: Select the HIV status'
    ],
    [
      'too large',
      jsonFile('big.json', ' '.repeat(120 * 1024)),
      'The file is too large to be a case file (120 KB; the limit is 100 KB).'
    ],
    [
      'from a newer version',
      jsonFile('new.json', JSON.stringify({ ...flowCase, schemaVersion: 4 })),
      'This case was saved by a newer version of vector-select (schema 4); this version reads schema 3.'
    ]
  ] as const;
  for (const [kind, file, message] of badFiles)
    test(`a file that is ${kind} shows its message and the case in progress is kept`, async ({ page }) => {
      await caseInProgress(page);
      await openFile(page, file);
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      await expect(summary).toContainText(message);
      await expect(page).toHaveTitle(/^Error: /);
      await expect(page.locator('#case-file-error')).toContainText(message);
      await expectAccessible(page);
      await expectCaseStillInProgress(page);
    });

  test('a valid file opens the case at review, after asking when a case is in progress', async ({ page }) => {
    await caseInProgress(page);
    await openFile(page, jsonFile('vector-select-case.json', caseFile(labelled).text));
    await expect(page.getByRole('heading', { name: 'Replace the case in progress?' })).toBeFocused();
    await page.getByRole('button', { name: 'Keep the case in progress' }).click();
    await expectCaseStillInProgress(page);
    await page.getByRole('link', { name: 'vector-select' }).click();
    await openFile(page, jsonFile('vector-select-case.json', caseFile(labelled).text));
    await page.getByRole('button', { name: 'Replace it with the opened case' }).click();
    await expect(page).toHaveURL(/\/case\/review$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  });

  test('a case file dropped on the box opens the case at review', async ({ page }) => {
    await page.goto('/');
    // The drop handler exists only once the page is interactive.
    await page.locator('html[data-hydrated="true"]').waitFor();
    const text = caseFile(labelled).text;
    const dataTransfer = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'vector-select-case.json', { type: 'application/json' }));
      return dt;
    }, text);
    await page.locator('form:has(#case-file)').dispatchEvent('drop', { dataTransfer });
    await expect(page).toHaveURL(/\/case\/review$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  });

  test('a downloaded case file opens again as the same case', async ({ page }) => {
    await startCase(page);
    await answerCase(page, flowCase);
    await page.getByText('Save, share or export this case').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download case file' }).click()
    ]);
    expect(download.suggestedFilename()).toBe('vector-select-case.json');
    const text = await (await download.createReadStream()).toArray();
    const saved = JSON.parse(Buffer.concat(text).toString('utf8'));
    expect(saved.case).toEqual(flowCase);
  });
});

test.describe('share links', () => {
  test('a share link opens the same case at review, leaves the address bar, and is never sent', async ({ page }) => {
    const payload = await encodeLink(labelled);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`/case/review#case=${payload}`);
    await expect(page).toHaveURL(/\/case\/review$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
    await expect(page.locator('main')).not.toContainText('Clinic 3');
    expect(page.url()).not.toContain('#case=');
    await page.getByRole('button', { name: 'Continue to the summary' }).click();
    await expect(page).toHaveURL(/\/case\/summary$/);
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(url).not.toContain(payload.slice(3, 40));
  });

  test('the link made on review reopens the same case and the same summary in a new tab', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await startCase(page);
    await answerCase(page, flowCase);
    await page.getByText('Save, share or export this case').click();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByLabel('Share link').inputValue();
    expect(link).toMatch(/\/case\/review#case=v1\.[A-Za-z0-9_-]+$/);
    const other = await context.newPage();
    await other.goto(link);
    await expect(other).toHaveURL(/\/case\/review$/);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
    expect(await other.locator('dl.summary-list').allTextContents()).toEqual(
      await page.locator('dl.summary-list').allTextContents()
    );
    await page.getByRole('button', { name: 'Continue to the summary' }).click();
    await other.getByRole('button', { name: 'Continue to the summary' }).click();
    await expect(other).toHaveURL(/\/case\/summary$/);
    // The summary shows its later parts on demand: compare once the reader has scrolled and every part is shown.
    for (const tab of [page, other]) {
      await tab.bringToFront();
      await tab.mouse.wheel(0, 300);
      await expect(tab.getByText('Showing this part…')).toHaveCount(0, { timeout: 30_000 });
    }
    expect(await other.locator('main').innerText()).toBe(await page.locator('main').innerText());
  });

  const packed = async (text: string) => 'v1.' + toBase64url(await deflate(new TextEncoder().encode(text)));
  const badLinks = [
    ['malformed', async () => 'v1.not*base64', 'The link is damaged: it contains characters a case link never has.'],
    [
      'cut-short',
      async () => (await encodeLink(flowCase)).slice(0, -10),
      'The link is damaged: part of it is missing or was changed when it was copied.'
    ],
    [
      'tampered',
      () => packed('{"schemaVersion":1,"patient":'),
      'The link was changed: its contents are not readable answers.'
    ],
    [
      'newer-version',
      async () => 'v2.' + (await encodeLink(flowCase)).slice(3),
      'This link was made by a newer version of vector-select (link format v2); this version reads v1.'
    ]
  ] as const;
  for (const [kind, make, message] of badLinks)
    test(`a ${kind} link shows its message and the case in progress is kept`, async ({ page }) => {
      const payload = await make();
      await caseInProgress(page);
      await page.evaluate((p) => (location.hash = `case=${p}`), payload);
      await expect(page.locator('.error-summary')).toContainText(message);
      expect(page.url()).not.toContain('#case=');
      await expectAccessible(page);
      await expectCaseStillInProgress(page);
    });

  test('a good link over a case in progress asks before replacing it', async ({ page }) => {
    const payload = await encodeLink(flowCase);
    await caseInProgress(page);
    await page.evaluate((p) => (location.hash = `case=${p}`), payload);
    await expect(page.getByRole('heading', { name: 'Replace the case in progress?' })).toBeFocused();
    await page.getByRole('button', { name: 'Replace it with the opened case' }).click();
    await expect(page).toHaveURL(/\/case\/review$/);
  });

  test('a tampered link whose answers are wrong names the field', async ({ page }) => {
    const payload = await encodeLink({ ...flowCase, target: { ...flowCase.target, tissue: 'brain' as 'cns' } });
    await page.goto(`/case/review#case=${payload}`);
    await expect(page.locator('.error-summary')).toContainText(
      'target.tissue is "brain", which is not allowed: Select the target tissue'
    );
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe('saving on this device', () => {
  test('nothing is stored until asked; reload after save resumes at the same page; clear removes it all', async ({
    page,
    context
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url() + (r.postData() ?? '')));
    await startCase(page);
    await answerCase(page, flowCase);
    await expect.poll(() => stored(page)).toEqual([]);
    await page.getByText('Save, share or export this case').click();
    await page.getByRole('button', { name: 'Save on this device' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
    await expectAccessible(page);

    await page.reload();
    await expect(page).toHaveURL(/\/case\/review$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');

    // Saving continues as the user moves on: a reload on the summary stays on the summary.
    await page.getByRole('button', { name: 'Continue to the summary' }).click();
    await expect(page).toHaveURL(/\/case\/summary$/);
    await page.reload();
    await expect(page).toHaveURL(/\/case\/summary$/);
    await expect(page.getByText('Save, share or export this case')).toBeVisible();

    // Another visit (a new tab, which has no case of its own) resumes the saved case where it was.
    await page.close({ runBeforeUnload: false });
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url() + (r.postData() ?? '')));
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Resume the case saved on this device' })).toBeVisible();
    await page.getByRole('button', { name: 'Resume the case saved on this device' }).click();
    await expect(page).toHaveURL(/\/case\/summary$/);
    await page.getByRole('link', { name: 'Back' }).first().click();
    await expect(page).toHaveURL(/\/case\/review$/);
    await page.getByText('Save, share or export this case').click();
    await page.getByRole('button', { name: 'Clear this case from this device' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Cleared' })).toBeVisible();
    await expect.poll(() => stored(page)).toEqual([]);
    // The tab keeps its own copy (sessionStorage, gone with the tab): a reload stays; the device holds nothing.
    await page.reload();
    await expect(page).toHaveURL(/\/case\/review$/);
    await expect.poll(() => stored(page)).toEqual([]);
    for (const request of requests) expect(request).not.toMatch(/haemophilia|schemaVersion|vector-select:case/);
  });

  test('storage that refuses to save gives a message and the case stays', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await startCase(page);
    await answerCase(page, flowCase);
    await page.getByText('Save, share or export this case').click();
    await page.getByRole('button', { name: 'Save on this device' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'The case could not be saved: this browser’s storage is full or turned off. Download the case file instead.'
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  });

  test('a damaged saved case is reported, not used, and can be cleared', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('vector-select:case', '{"app":"vector-select","kind":'));
    await page.reload();
    await page.getByRole('button', { name: 'Resume the case saved on this device' }).click();
    await expect(page.locator('.error-summary')).toContainText(
      'The case saved on this device could not be opened: it is not readable JSON.'
    );
    await page.getByRole('button', { name: 'Clear the saved case from this device' }).click();
    await expect.poll(() => stored(page)).toEqual([]);
    await expect(page.getByRole('button', { name: 'Resume the case saved on this device' })).toHaveCount(0);
  });
});
