/**
 * The browser loads the product modules of the case's condition only (knowledge/catalogue.ts), and says so
 * plainly when they cannot be loaded. `productFile` reads from Vite's manifest the file each product module became.
 */
import type { Page } from '@playwright/test';
import { patients } from '../src/lib/knowledge/examples';
import { PRODUCTS_BY_INDICATION } from '../src/lib/knowledge/catalogue';
import { shareUrl } from '../src/lib/persistence/link';
import { expect, expectAccessible, productFile, test } from './helpers';

const ALL = [...new Set(Object.values(PRODUCTS_BY_INDICATION).flat())];

async function openSummary(page: Page, c: (typeof patients)[number]['case'], baseURL = '') {
  await page.goto(await shareUrl(c, baseURL));
  await page.getByRole('button', { name: 'Continue to the summary' }).click();
}

for (const id of ['haemophilia-b-liver-aav', 'sma-infant-aav9', 'tdt-ex-vivo-lv']) {
  const patient = patients.find((p) => p.id === id)!;
  test(`"${patient.title}": the summary loads its condition's product modules and no other`, async ({
    page,
    baseURL
  }) => {
    const paths: string[] = [];
    page.on('request', (r) => paths.push(new URL(r.url()).pathname));
    await openSummary(page, patient.case, baseURL);
    await expect(page.getByRole('list', { name: 'At a glance' })).toBeVisible();
    const own = PRODUCTS_BY_INDICATION[patient.case.patient.indication];
    expect(own.length).toBeGreaterThan(0);
    for (const p of own)
      await expect(page.getByRole('main')).toContainText(p === 'car-t' ? 'CAR-T' : p, { ignoreCase: true });
    expect(ALL.filter((p) => paths.includes(productFile(p))).sort()).toEqual([...own].sort());
  });
}

test('when the products cannot be loaded, the summary says so, keeps the answers and loads on Try again', async ({
  page,
  baseURL,
  consoleErrors
}) => {
  const patient = patients.find((p) => p.id === 'haemophilia-b-liver-aav')!;
  let offline = true;
  await page.route(`**${productFile('hemgenix')}`, (route) => (offline ? route.abort() : route.continue()));
  await openSummary(page, patient.case, baseURL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The summary could not be loaded');
  await expect(page.getByRole('main')).toContainText('Your answers are kept');
  await expectAccessible(page);

  offline = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Summary');
  await expect(page.getByRole('main')).toContainText('Hemgenix');
  // The failed request and the failed import are the browser's own reports of the outage, expected here.
  const expected = (e: string) =>
    /Failed to load resource|dynamically imported module|Importing a module script/.test(e);
  expect(consoleErrors.filter((e) => !expected(e))).toEqual([]);
  consoleErrors.length = 0;
});

test('the printout always carries the address; the QR code is drawn beside it once its code has loaded', async ({
  page,
  baseURL
}) => {
  // Printing at once still prints the code (tests/meeting.spec.ts); a code that fails to load leaves the address.
  const patient = patients.find((p) => p.id === 'haemophilia-b-liver-aav')!;
  await openSummary(page, patient.case, baseURL);
  await expect(page.getByRole('list', { name: 'At a glance' })).toBeVisible();
  await page.keyboard.press('Shift');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.reopen .url')).toContainText('#case=v1.');
  await expect(page.locator('.reopen svg')).toBeVisible();
});
