/** Cases saved by the schema-1 version open in the browser: a file that lacks new answers, and a link with an age band. */
import { readFileSync } from 'node:fs';
import { V1_LINK_CHILD } from '../src/lib/persistence/fixtures/links-v1';
import { expect, expectAccessible, test } from './helpers';

const v1 = readFileSync(new URL('../src/lib/persistence/fixtures/case-v1.json', import.meta.url));
const BAND = '2 to 11 years (age band from an older case file; the exact age is not recorded)';

test('a schema-1 file opens at the page of its first missing answer, says why, and keeps every answer', async ({
  page
}) => {
  await page.goto('/');
  await page.locator('html[data-hydrated="true"]').waitFor();
  await page.locator('#case-file').setInputFiles({
    name: 'old-case.json',
    mimeType: 'application/json',
    buffer: v1
  });
  await page.getByRole('button', { name: 'Open case file' }).click();
  // Schema 3 asks the sex of an adult (pregnancy and the labels depend on it): the patient page comes first.
  await expect(page).toHaveURL(/\/case\/patient$/);
  await expect(page.getByRole('status').filter({ hasText: 'saved by an older version' })).toContainText(
    'did not ask 3 questions this version asks'
  );
  await expectAccessible(page);
  await page.locator('input[name="sex"][value="female"]').check();
  // Continuing from the patient page asks for the exact age the band only bounds.
  await page.locator('input[name="ageUnit"][value="years"]').check();
  await page.locator('#ageYears').fill('40');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page).toHaveURL(/\/case\/condition$/);
  await expect(page.locator('input[name="factorInhibitors"][value="no"]')).toBeChecked();
  await expectAccessible(page);
  await page.locator('input[name="haemophiliaBSelection"][value="yes"]').check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page).toHaveURL(/\/case\/aav-antibodies$/);
  await expect(page.getByLabel('AAV5 titre (optional)')).toHaveValue('1:200');
  await page.locator('input[name="assayVersion_AAV5"][value="not_known"]').check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page).toHaveURL(/\/case\/review$/);
  const answers = page.locator('main');
  await expect(answers).toContainText('40 years');
  await expect(answers).toContainText('Year of the most recent treatment (optional)');
  await expect(answers).toContainText('2019');
  await expect(page.getByRole('status').filter({ hasText: 'saved by an older version' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Change hiv status' }).click();
  await expect(page).toHaveURL(/\/case\/infections$/);
  await expect(page.getByRole('status').filter({ hasText: 'saved by an older version' })).toHaveCount(0);
});

test('a schema-1 link with only an age band opens at review, where the exact age can be given', async ({ page }) => {
  await page.goto(`/case/review#case=${V1_LINK_CHILD}`);
  await expect(page).toHaveURL(/\/case\/review$/);
  await expect(page.locator('main')).toContainText(BAND);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Change how old is the patient?' }).click();
  await expect(page).toHaveURL(/\/case\/patient$/);
  await expect(page.locator('.inset')).toHaveText(`${BAND}. Give the exact age.`);
  await expectAccessible(page);
  await page.locator('input[name="ageUnit"][value="years"]').check();
  await page.getByLabel('Age in whole years').fill('7');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/case\/review$/);
  await expect(page.locator('main')).toContainText('7 years');
  await expect(page.locator('main')).not.toContainText('age band');
});
