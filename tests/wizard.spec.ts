import { fromSection } from '../src/lib/wizard/forms';
import { slugOf, type QuestionPage } from '../src/lib/wizard/pages';
import { flowCase } from './cases';
import { answerCase, currentPage, expect, expectAccessible, fill, startCase, test } from './helpers';

test.describe('the wizard', () => {
  test('Continue on an empty page shows the error summary, focused, with "Error:" in the title', async ({ page }) => {
    await startCase(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Error: About the patient/);
    await expect(summary.getByRole('link')).toHaveText(['Select the age band', 'Select the condition being treated']);
    await expect(page.locator('#ageBand-error')).toContainText('Select the age band');
    await summary.getByRole('link', { name: 'Select the age band' }).click();
    await expect(page.locator('#ageBand')).toBeFocused();
    await expectAccessible(page);
  });

  test('fields are never cleared after an error, and a bad number gets a specific message', async ({ page }) => {
    await startCase(page);
    await answerCase(page, flowCase);
    await page.getByRole('link', { name: /Change highest alt/i }).click();
    await page.locator('#altMultiple').fill('1:x');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('#altMultiple-error')).toContainText(
      'Enter ALT/AST as a multiple of the upper limit of normal, for example 1.5'
    );
    await expect(page.locator('#altMultiple')).toHaveValue('1:x');
    await expect(page.locator('input[name="fibrosis"][value="none_or_mild"]')).toBeChecked();
  });

  test('a whole case reaches review and summary, and every page passes axe', async ({ page }) => {
    await startCase(page);
    for (let i = 0; i < 15 && currentPage(page) !== 'review'; i++) {
      const id = currentPage(page) as QuestionPage;
      await expectAccessible(page);
      await fill(page, id, fromSection(id, flowCase[id]));
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page).not.toHaveURL(new RegExp(`/${slugOf(id)}$`));
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Continue to the summary' }).click();
    await expect(page).toHaveURL(/\/case\/summary$/);
    await expectAccessible(page);
  });

  test('Back keeps the answers of the page left, and the browser buttons follow the machine', async ({ page }) => {
    await startCase(page);
    await fill(page, 'patient', { ageBand: 'adult', pregnancy: 'no', indication: 'other' });
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/case\/infections$/);
    await page.locator('input[name="hiv"][value="negative"]').check();
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page).toHaveURL(/\/case\/patient$/);
    await expect(page.locator('input[name="indication"][value="other"]')).toBeChecked();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('input[name="hiv"][value="negative"]')).toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(/\/case\/patient$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('About the patient');
    await page.goForward();
    await expect(page).toHaveURL(/\/case\/infections$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Infections and serostatus');
  });

  test('a page the case has not reached cannot be opened by its address', async ({ page }) => {
    await page.goto('/case/target');
    await expect(page).toHaveURL(/\/$/);
    // The start page has a second, empty status region (the case opener's).
    await expect(page.getByRole('status').filter({ hasText: 'belongs to a case in progress' })).toBeVisible();
  });

  test('a Change link on review returns to review after Continue', async ({ page }) => {
    await startCase(page);
    await answerCase(page, flowCase);
    await page.getByRole('link', { name: /Change hiv status/i }).click();
    await expect(page).toHaveURL(/\/case\/infections$/);
    await page.locator('input[name="hiv"][value="positive_controlled"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/case\/review$/);
    await expect(page.getByText('Positive, controlled on treatment')).toBeVisible();
  });

  test('answers a change makes irrelevant are removed only after confirming', async ({ page }) => {
    await startCase(page);
    await answerCase(page, flowCase);
    await page.getByRole('link', { name: /Change has the patient had gene therapy before/i }).click();
    await page.locator('input[name="hadGeneTherapy"][value="no"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Remove answers that no longer apply?');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Go back and keep them' }).click();
    await expect(page.locator('input[name="hadGeneTherapy"][value="no"]')).toBeChecked();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Remove these answers and continue' }).click();
    await expect(page).toHaveURL(/\/case\/review$/);
    await expect(page.getByText('Which kind of vector was used?')).toHaveCount(0);
  });
});
