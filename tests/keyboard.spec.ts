import type { Page } from '@playwright/test';
import { slugOf, type QuestionPage } from '../src/lib/wizard/pages';
import { fromSection, visibleFields } from '../src/lib/wizard/forms';
import { entriesOf } from '../src/lib/wizard/medicine-words';
import { flowCase } from './cases';
import { currentPage, expect, medicineOption, test } from './helpers';

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { id: el?.id ?? '', name: el?.name ?? '', type: el?.type ?? '', text: el?.textContent?.trim() ?? '' };
  });

/** Presses Tab until the focused element matches; fails rather than loops for ever. */
async function tabTo(page: Page, match: (a: Awaited<ReturnType<typeof active>>) => boolean) {
  for (let i = 0; i < 80; i++) {
    if (match(await active(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('element not reachable by Tab');
}

async function answerByKeyboard(page: Page, id: QuestionPage) {
  const raw = fromSection(id, flowCase[id]);
  // The fields this page shows for these answers (e.g. no pregnancy question for a male patient).
  for (const field of visibleFields(id, raw, flowCase)) {
    const value = raw[field.id];
    if (value === undefined) continue;
    if (field.kind === 'medicines') {
      // The combobox: type, ArrowDown to the first option, Enter to add it.
      for (const e of entriesOf(value)) {
        await tabTo(page, (a) => a.id === field.id);
        await page.keyboard.type(medicineOption(e).typed);
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await expect(page.getByRole('list', { name: 'Medicines added' })).toContainText(medicineOption(e).typed);
      }
    } else if (field.kind === 'radios') {
      await tabTo(page, (a) => a.name === field.id);
      const target = page.locator(`input[name="${field.id}"][value="${value}"]`);
      for (let i = 0; i < 20 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
      await expect(target).toBeChecked();
    } else if (field.kind === 'checkboxes') {
      for (const v of value as string[]) {
        const targetId = await page.locator(`input[name="${field.id}"][value="${v}"]`).getAttribute('id');
        await tabTo(page, (a) => a.id === targetId);
        await page.keyboard.press('Space');
      }
    } else {
      await tabTo(page, (a) => a.id === field.id);
      await page.keyboard.type(String(value));
    }
  }
  await tabTo(page, (a) => a.type === 'submit');
  await page.keyboard.press('Enter');
}

test('a whole case can be completed with the keyboard alone, focus starting at each heading', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, (a) => a.text === 'Start now');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/case\/patient$/);
  for (let i = 0; i < 15 && currentPage(page) !== 'review'; i++) {
    const id = currentPage(page) as QuestionPage;
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await answerByKeyboard(page, id);
    await expect(page).not.toHaveURL(new RegExp(`/${slugOf(id)}$`));
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await tabTo(page, (a) => a.text === 'Continue to the summary');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/case\/summary$/);
});
