/** What changed, and when: the /changes page, each product's latest change and the review line's next change. */
import { patients } from '../src/lib/knowledge/examples';
import { answerCase, expect, expectAccessible, startCase, test, storedOnDevice } from './helpers';

test.describe('the changes page', () => {
  test('lists the changes newest first and the pending decisions with their dates, and passes axe', async ({
    page
  }) => {
    await page.goto('/changes');
    await page.locator('html[data-hydrated="true"]').waitFor();
    await expect(page.getByRole('heading', { level: 1, name: 'What changed, and when' })).toBeVisible();
    const happened = page.getByRole('region', { name: 'What changed since a date' }).getByRole('listitem');
    // Newest first: the Casgevy label change of July 2026 comes before the Elevidys label of 14 Nov 2025.
    const texts = await happened.allInnerTexts();
    const casgevy = texts.findIndex((t) => t.includes('Jul 2026') && t.includes('Casgevy'));
    const elevidys = texts.findIndex((t) => t.includes('14 Nov 2025') && t.includes('Boxed Warning'));
    expect(casgevy).toBeGreaterThanOrEqual(0);
    expect(elevidys).toBeGreaterThan(casgevy);
    const pending = page.getByRole('region', { name: 'Decisions pending' });
    await expect(pending.getByText('23 Dec 2026', { exact: true })).toBeVisible();
    await expect(pending.getByText(/RGX-121/).first()).toBeVisible();
    await expect(pending.getByText(/AMT-130/).first()).toBeVisible();
    await expect(pending.getByText(/UX111/).first()).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: '.work/w/changes.png', fullPage: true });
  });

  test('“what changed since” is a date field reached and used by keyboard; nothing is stored', async ({ page }) => {
    await page.goto('/changes');
    await page.locator('html[data-hydrated="true"]').waitFor();
    const status = page.getByRole('status');
    const all = await status.innerText();
    const field = page.getByLabel('Show changes since');
    for (let i = 0; i < 40 && !(await field.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(field).toBeFocused();
    await page.keyboard.type('11152025');
    await expect(field).toHaveValue('2025-11-15');
    await expect(status).toHaveText(/changes? since 15 Nov 2025/);
    const items = page.getByRole('region', { name: 'What changed since a date' }).getByRole('listitem');
    await expect(items.filter({ hasText: 'Breyanzi' })).toHaveCount(1); // 4 Dec 2025
    await expect(items.filter({ hasText: 'Boxed Warning for acute serious liver injury' })).toHaveCount(0); // 14 Nov
    // The native date field keeps focus for its own parts (e.g. the calendar button): Tab on to the next control.
    const showAll = page.getByRole('button', { name: 'Show all' });
    for (let i = 0; i < 4 && !(await showAll.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(showAll).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status).toHaveText(all);
    await expectAccessible(page);
    expect(await storedOnDevice(page)).toEqual({ local: [], session: [] });
  });
});

test.describe('on the summary', () => {
  test('each product shows its latest label change, and the review line the next expected change', async ({ page }) => {
    const dmd = patients.find((p) => p.id === 'dmd-aavrh74-titre')!;
    await startCase(page);
    await answerCase(page, dmd.case);
    await page.getByRole('button', { name: 'Continue to the summary' }).click();
    await expect(page.getByText(/next expected change 23 Dec 2026/)).toBeVisible();
    await page.getByRole('link', { name: 'Products', exact: true }).click();
    await expect(page.getByText(/^Label changed 14 Nov 2025: Boxed Warning/)).toBeVisible();
    await page.getByText(/^Label changed 14 Nov 2025/).screenshot({ path: '.work/w/summary-last-change.png' });
    await page.getByRole('link', { name: 'what changed, and when' }).click();
    await expect(page).toHaveURL(/\/changes$/);
  });
});
