/**
 * Medicines by name (issue 20): the combobox by keyboard (ARIA 1.2 combobox, GOV.UK accessible-autocomplete
 * behaviour) and with axe; what the summary then says; and that the list loads only with the medicines page.
 */
import type { Page } from '@playwright/test';
import type { Case } from '../src/lib/case/schema';
import { patients } from '../src/lib/knowledge/examples';
import type { QuestionPage } from '../src/lib/wizard/pages';
import { fromSection } from '../src/lib/wizard/forms';
import { builtFile, currentPage, expect, expectAccessible, fill, startCase, test } from './helpers';

const haemophiliaA = patients.find((p) => p.id === 'haemophilia-a-aav5-positive')!.case;
const noMedicines = patients.find((p) => p.id === 'sma-infant-aav9')!.case;

const yes = (page: Page) =>
  page.getByRole('group', { name: 'Does the patient take any medicines now?' }).getByRole('radio', { name: 'Yes' });

/** Answers each page from the case until the wizard reaches `stop`. */
async function answerUntil(page: Page, c: Case, stop: string) {
  for (let i = 0; i < 15 && currentPage(page) !== stop; i++) {
    const id = currentPage(page) as QuestionPage;
    await fill(page, id, fromSection(id, c[id]), c);
    const slug = new URL(page.url()).pathname.split('/').pop();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page).not.toHaveURL(new RegExp(`/case/${slug}$`));
  }
}

/** Answers the pages before the medicines page from a case. */
async function toMedicines(page: Page, c: Case) {
  await startCase(page);
  await answerUntil(page, c, 'medicines');
  await expect(page.getByRole('heading', { name: 'Current medicines' })).toBeVisible();
}

test.describe('the medicines combobox', () => {
  test('a clinician adds medicines by keyboard, by brand or generic name, and removes one', async ({ page }) => {
    await toMedicines(page, haemophiliaA);
    await yes(page).check();
    const box = page.getByRole('combobox', { name: 'Which medicines?' });
    await box.focus();
    await page.keyboard.type('hemli');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('status').filter({ hasText: /results? available/ })).toHaveText(
      /\d+ results? available/
    );
    await expectAccessible(page);
    await page.keyboard.press('ArrowDown');
    const first = page.getByRole('option', { name: 'Emicizumab (Hemlibra)' });
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await page.keyboard.press('Enter');
    const added = page.getByRole('list', { name: 'Medicines added' });
    await expect(added).toContainText('Emicizumab');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('');
    await expect(box).toHaveAttribute('aria-expanded', 'false');

    await page.keyboard.type('vori');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(added).toContainText('Voriconazole');

    // Not on the list: added as typed, and said to be unchecked.
    await page.keyboard.type('Grapefruit juice');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(added).toContainText('Grapefruit juice (not checked against the interactions list)');

    // Escape closes the list without choosing.
    await page.keyboard.type('pred');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await box.fill('');

    await page.getByRole('button', { name: 'Remove Voriconazole' }).focus();
    await page.keyboard.press('Enter');
    await expect(added).not.toContainText('Voriconazole');
    await expect(box).toBeFocused();
    await expectAccessible(page);

    await fill(page, 'medicines', { alcohol: 'no', liveVaccineDue: 'no' });
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page).not.toHaveURL(/\/case\/medicines$/);
  });

  test('Continue with "Yes" and nothing added names the error and takes the user to the combobox', async ({ page }) => {
    await toMedicines(page, haemophiliaA);
    await yes(page).check();
    await fill(page, 'medicines', { alcohol: 'no', liveVaccineDue: 'no' });
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page).toHaveTitle(/^Error: /);
    const link = page.getByRole('link', { name: /Add at least one medicine/ });
    await link.click();
    await expect(page.getByRole('combobox', { name: 'Which medicines?' })).toBeFocused();
    await expectAccessible(page);
  });

  test('a corticosteroid by name asks its dose', async ({ page }) => {
    await toMedicines(page, haemophiliaA);
    await yes(page).check();
    await page.getByRole('combobox', { name: 'Which medicines?' }).fill('prednisolone');
    await page.getByRole('option', { name: 'Prednisolone', exact: true }).click();
    await expect(page.getByRole('group', { name: 'Corticosteroid dose' })).toBeVisible();
  });
});

test.describe('what the summary says', () => {
  test('emicizumab before Roctavian: the summary says to measure factor VIII by a chromogenic assay, with its source', async ({
    page
  }) => {
    // Anti-AAV5 not detected on the companion test, so Roctavian is not excluded and its preparation is listed.
    const c: Case = {
      ...haemophiliaA,
      aavAntibodies: {
        testing: 'tested',
        results: [{ serotype: 'AAV5', assay: 'total_binding', result: 'not_detected', companionTest: 'yes' }]
      },
      medicines: {
        answer: 'some',
        current: [{ id: 'emicizumab', classes: ['factor_replacement'] }],
        alcohol: 'no',
        liveVaccineDue: 'no'
      }
    };
    await startCase(page);
    await answerUntil(page, c, 'review');
    await expect(page.getByText('Emicizumab', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Continue to the summary' }).click();
    const action = page.getByText(/chromogenic assay using bovine reagents/).first();
    await expect(action).toBeVisible();
  });
});

test.describe('the list loads with the medicines page only', () => {
  // The lazily imported modules (each has its own file; the list itself goes into a file they share).
  const files = () => [
    builtFile('src/lib/components/medicines/MedicinePicker.svelte'),
    builtFile('src/lib/wizard/medicine-labels.ts'),
    builtFile('src/lib/knowledge/medicine-knowledge.ts')
  ];

  test('not on the start page, nor for a case whose answer is "No", to its summary', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await toMedicines(page, noMedicines);
    await answerUntil(page, noMedicines, 'review');
    await page.getByRole('button', { name: 'Continue to the summary' }).click();
    await page.getByRole('list', { name: 'At a glance' }).waitFor();
    expect(requested.filter((p) => files().includes(p))).toEqual([]);
  });

  test('once "Yes" is chosen, the combobox and the list arrive', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await toMedicines(page, noMedicines);
    expect(requested.filter((p) => files().includes(p))).toEqual([]);
    await yes(page).check();
    await expect(page.getByRole('combobox', { name: 'Which medicines?' })).toBeVisible();
    expect(requested).toEqual(expect.arrayContaining(files().slice(0, 1)));
  });
});
