/**
 * A case is kept with the tab (issue 22): a reload on any page, Back/Forward and the browser's tab restore
 * bring it back exactly, including what was typed and not yet continued; leaving with unsaved answers asks;
 * nothing goes to localStorage unless the user saves, and nothing is sent.
 */
import type { Page } from '@playwright/test';
import { fromSection, visibleFields } from '../src/lib/wizard/forms';
import type { QuestionPage } from '../src/lib/wizard/pages';
import { flowCase } from './cases';
import { currentPage, expect, expectAccessible, fill, medicineOption, startCase, test } from './helpers';
import { entriesOf } from '../src/lib/wizard/medicine-words';

const local = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vector-select')));

/** Each field of the page shows the value the case gives it. */
async function expectFilled(page: Page, id: QuestionPage) {
  const raw = fromSection(id, flowCase[id as keyof typeof flowCase] as never);
  // Only the fields the page shows for this case (e.g. the condition page asks only its condition's questions).
  for (const field of visibleFields(id, raw, flowCase)) {
    const value = raw[field.id];
    if (value === undefined) continue;
    if (field.kind === 'radios')
      await expect(page.locator(`input[name="${field.id}"][value="${value}"]`)).toBeChecked();
    else if (field.kind === 'medicines')
      for (const e of entriesOf(value))
        await expect(page.getByText(medicineOption(e).typed, { exact: false }).first()).toBeVisible();
    else if (field.kind === 'checkboxes')
      for (const v of value as string[])
        await expect(page.locator(`input[name="${field.id}"][value="${v}"]`)).toBeChecked();
    else if (await page.locator(`#${field.id}`).isVisible())
      await expect(page.locator(`#${field.id}`)).toHaveValue(String(value));
  }
}

test('a reload on every page keeps the case, and what was typed on the page before Continue', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url() + (r.postData() ?? '')));
  await startCase(page);
  for (let i = 0; i < 15; i++) {
    const id = currentPage(page);
    if (id === 'review') break;
    const raw = fromSection(id as QuestionPage, flowCase[id as keyof typeof flowCase] as never);
    await fill(page, id as QuestionPage, raw, flowCase);
    const url = page.url();
    await page.reload();
    await page.locator('html[data-hydrated="true"]').waitFor();
    await expect(page).toHaveURL(url);
    await expectFilled(page, id as QuestionPage);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page).not.toHaveURL(url);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await page.reload();
  await expect(page).toHaveURL(/\/case\/review$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await page.getByRole('button', { name: 'Continue to the summary' }).click();
  await expect(page).toHaveURL(/\/case\/summary$/);
  await page.reload();
  await expect(page).toHaveURL(/\/case\/summary$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Summary: vector platforms for this patient');
  // Back and Forward after the reload move through the same case.
  await page.goBack();
  await expect(page).toHaveURL(/\/case\/review$/);
  await expect(page.getByText('52 years')).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(/\/case\/summary$/);
  // Kept with the tab only: nothing in localStorage, nothing sent.
  expect(await local(page)).toEqual([]);
  for (const request of requests) expect(request).not.toMatch(/haemophilia|schemaVersion|vector-select:/);
  await expectAccessible(page);
});

test('a closed tab reopened by the browser (same session storage) comes back at its page', async ({
  page,
  context
}) => {
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
  await page.locator('input[name="hiv"][value="negative"]').check();
  // What the browser's tab restore gives back: the address and the tab's session storage.
  const session = await page.evaluate(() => JSON.stringify(sessionStorage));
  const url = page.url();
  await page.close({ runBeforeUnload: false });
  const restored = await context.newPage();
  await restored.addInitScript((s) => {
    if (!sessionStorage.length)
      for (const [k, v] of Object.entries(JSON.parse(s))) sessionStorage.setItem(k, v as string);
  }, session);
  await restored.goto(url);
  await expect(restored.locator('input[name="hiv"][value="negative"]')).toBeChecked();
  await restored.getByRole('link', { name: 'Back' }).first().click();
  await expect(restored.locator('#ageYears')).toHaveValue('40');
});

test('a new tab has no case: a wizard address opened there says so', async ({ page }) => {
  await page.goto('/case/infections');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('status').filter({ hasText: 'each tab keeps its own case' })).toBeVisible();
});

test('closing with unsaved answers asks first, even with only a choice made on the first page', async ({ page }) => {
  await startCase(page);
  await page.locator('input[name="ageUnit"][value="years"]').check();
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.type());
    void d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
});

test('teaching mode and large text survive a reload, in this tab only', async ({ page }) => {
  await page.goto('/');
  await page.locator('html[data-hydrated="true"]').waitFor();
  await page.getByRole('button', { name: /Teaching mode/ }).click();
  await page.getByRole('button', { name: /Large text/ }).click();
  await page.reload();
  await page.locator('html[data-hydrated="true"]').waitFor();
  await expect(page.getByRole('button', { name: /Teaching mode/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: /Large text/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-large-text', 'true');
  expect(await local(page)).toEqual([]);
});
