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
    await expect(summary.getByRole('link')).toHaveText([
      "Select the patient's age",
      'Select the condition being treated'
    ]);
    await expect(page.locator('#ageUnit-error')).toContainText("Select the patient's age");
    await summary.getByRole('link', { name: "Select the patient's age" }).click();
    await expect(page.locator('#ageUnit')).toBeFocused();
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
    await expect(page.locator('input[name="fibrosis"][value="f0_f1"]')).toBeChecked();
  });

  test('a whole case reaches review and summary, and every page passes axe', async ({ page }) => {
    // axe on ten pages and the whole summary: about a minute on a busy 2-core machine.
    test.setTimeout(150_000);
    await startCase(page);
    for (let i = 0; i < 15 && currentPage(page) !== 'review'; i++) {
      const id = currentPage(page) as QuestionPage;
      await expectAccessible(page);
      await fill(page, id, fromSection(id, flowCase[id]), flowCase);
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
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page).toHaveURL(/\/case\/patient$/);
    await expect(page.locator('input[name="indication"][value="other"]')).toBeChecked();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('input[name="hiv"][value="negative"]')).toBeChecked();
    // The page follows the machine at once; the address follows once its navigation is done. Go back only then.
    await expect(page).toHaveURL(/\/case\/infections$/);
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

  test('the age: each unit shows its number, an out-of-range one is named and kept, premature follows', async ({
    page
  }) => {
    await startCase(page);
    await page.locator('input[name="ageUnit"][value="months"]').check();
    await expect(page.getByLabel('Age in completed months')).toBeVisible();
    await expect(page.getByLabel('Age in whole years')).toHaveCount(0);
    await page.getByLabel('Age in completed months').fill('24');
    await expect(page.getByRole('group', { name: 'Was the baby born premature?' })).toHaveCount(0);
    await page.locator('input[name="indication"][value="sma"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    const message = 'The age must be from 0 to 23 months; from 2 years, choose "2 years or older"';
    await expect(page).toHaveTitle(/^Error: About the patient/);
    await expect(page.locator('.error-summary').getByRole('link')).toHaveText([message]);
    await expect(page.locator('#ageMonths-error')).toContainText(message);
    await expect(page.getByLabel('Age in completed months')).toHaveValue('24');
    await expect(page.locator('input[name="indication"][value="sma"]')).toBeChecked();
    await expectAccessible(page);
    await page.locator('.error-summary').getByRole('link', { name: message }).click();
    await expect(page.getByLabel('Age in completed months')).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    await expect(page.getByRole('group', { name: 'Was the baby born premature?' })).toBeVisible();
    await page.locator('input[name="ageUnit"][value="years"]').check();
    await expect(page.getByRole('group', { name: 'Was the baby born premature?' })).toHaveCount(0);
    await page.getByLabel('Age in whole years').fill('30');
    // From 12 years the sex is asked; pregnancy follows unless the patient is male.
    await page.locator('input[name="sex"][value="female"]').check();
    await expect(page.getByRole('group', { name: 'Is the patient pregnant or breast-feeding?' })).toBeVisible();
    await page.locator('input[name="pregnancy"][value="no"]').check();
    await page.locator('input[name="jurisdiction"][value="US"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/case\/condition$/);
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page.getByLabel('Age in whole years')).toHaveValue('30');
  });

  test('an AAV5 result asks the assay question its label needs, and review shows it', async ({ page }) => {
    await startCase(page);
    const c = { ...flowCase, aavAntibodies: { testing: 'tested' as const, results: [] } };
    for (const id of ['patient', 'condition', 'infections'] as const) {
      await fill(page, id, fromSection(id, c[id]), c);
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await expect(page).toHaveURL(/\/case\/aav-antibodies$/);
    await fill(page, 'aavAntibodies', { testing: 'tested', serotypes: ['AAV5'], assay_AAV5: 'total_binding' });
    const companion = page.getByRole('group', { name: 'AAV5: was the result from the FDA-approved companion test?' });
    await expect(companion).toBeVisible();
    await expect(companion).toContainText('Roctavian');
    await page.locator('input[name="assay_AAV5"][value="neutralising"]').check();
    await expect(companion).toHaveCount(0);
    await page.locator('input[name="result_AAV5"][value="detected"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('#assayVersion_AAV5-error')).toContainText(
      'Select the version of the neutralising assay'
    );
    await expectAccessible(page);
    await page.locator('input[name="assayVersion_AAV5"][value="clinical_study"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).not.toHaveURL(/\/case\/aav-antibodies$/);
    await answerCase(page, flowCase);
    await expect(page.locator('main')).toContainText('assay: Clinical-study assay');
    await expect(page.locator('main')).toContainText('52 years');
  });
});
