/** Shared Playwright helpers: answer pages from a case (the same fixtures as the unit tests), axe, console errors. */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import type { Case, Draft } from '../src/lib/case/schema';
import type { Fit, PlatformId } from '../src/lib/engine';
import { PLATFORM_SHORT } from '../src/lib/knowledge/platform-ids';
import { FIT_WORDS } from '../src/lib/words/assessment';
import { fromSection, visibleFields } from '../src/lib/wizard/forms';
import { pageOfSlug, type QuestionPage } from '../src/lib/wizard/pages';
import type { Raw } from '../src/lib/wizard/questions';
import type { MedicineEntry } from '../src/lib/case/schema';
import { medicines } from '../src/lib/knowledge/medicines';
import { entriesOf } from '../src/lib/wizard/medicine-words';
import { CLASS_LABELS } from '../src/lib/wizard/class-labels';
import { PREFS_KEY, TAB_KEY } from '../src/lib/persistence/limits';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Every test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true }
  ]
});
export { expect };

/**
 * axe with the WCAG 2.2 A and AA rules on the page, or only on the part `within` (a CSS selector) where the test
 * changed one part of a page that is checked whole elsewhere: axe takes about four seconds on a whole summary.
 * Legacy mode runs axe in the page in one call; the default runs it in parts and finishes in a new page, which
 * took half as long again for the same results (the app has no frames, the one thing legacy mode leaves out).
 */
export async function expectAccessible(page: Page, within?: string) {
  const axe = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);
  const results = await (within ? axe.include(within) : axe).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

export const currentPage = (page: Page): QuestionPage | string => {
  const slug = new URL(page.url()).pathname.split('/').pop() ?? '';
  return pageOfSlug(slug) ?? slug;
};

/**
 * Fills the fields of the current page with the given form values, in page order, by mouse-free locators.
 * `draft`: the answers so far, when they decide which fields the page shows (a product fixes the delivery).
 */
export async function fill(page: Page, pageId: QuestionPage, raw: Raw, draft: Draft = { schemaVersion: 3 }) {
  for (const field of visibleFields(pageId, raw, draft)) {
    const value = raw[field.id];
    if (value === undefined) continue;
    if (field.kind === 'radios') await page.locator(`input[name="${field.id}"][value="${value}"]`).check();
    else if (field.kind === 'medicines') {
      for (const e of entriesOf(value)) await addMedicine(page, field.id, e);
    } else if (field.kind === 'checkboxes') {
      for (const v of value as string[]) await page.locator(`input[name="${field.id}"][value="${v}"]`).check();
    } else await page.locator(`#${field.id}`).fill(String(value));
  }
}

/** The option the medicines combobox offers for an entry, as a user would find it by typing. */
export function medicineOption(e: MedicineEntry): { typed: string; option: string } {
  if ('id' in e) {
    const name = medicines.find((m) => m.id === e.id)!.name;
    return { typed: name, option: name };
  }
  if ('class' in e) return { typed: CLASS_LABELS[e.class], option: `${CLASS_LABELS[e.class]}, name not recorded` };
  return { typed: e.name, option: `Add “${e.name.trim()}” as typed (not checked against the interactions list)` };
}

/** Types an entry into the medicines combobox and chooses it from the list. */
export async function addMedicine(page: Page, id: string, e: MedicineEntry) {
  const { typed, option } = medicineOption(e);
  await page.locator(`#${id}`).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

export async function startCase(page: Page) {
  await page.goto('/');
  await page.locator('html[data-hydrated="true"]').waitFor();
  await page.getByRole('button', { name: /Start now/ }).click();
  await expect(page).toHaveURL(/\/case\/patient$/);
}

/** Answers each page from the case until review. */
export async function answerCase(page: Page, c: Case) {
  for (let i = 0; i < 15; i++) {
    const id = currentPage(page);
    if (id === 'review') return;
    await fill(page, id as QuestionPage, fromSection(id as QuestionPage, c[id as QuestionPage]), c);
    const slug = new URL(page.url()).pathname.split('/').pop();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page).not.toHaveURL(new RegExp(`/case/${slug}$`));
  }
  throw new Error('did not reach review');
}

export { FIT_WORDS };
export { PLATFORM_SHORT as NAMES };

/**
 * The summary shows each platform's expected fit level in words: in the "At a glance" list, or — for a platform
 * with no approved product for the condition (issue 19: the products lead) — in the quiet line that names it at
 * the top and in its own section under "Each platform in detail".
 */
export async function expectGlance(page: Page, fits: Record<PlatformId, Fit>) {
  const glance = page.getByRole('list', { name: 'At a glance' });
  await expect(glance).toBeVisible();
  for (const [id, fit] of Object.entries(fits)) {
    const name = PLATFORM_SHORT[id as PlatformId];
    const item = glance
      .getByRole('listitem')
      .filter({ has: page.getByText(name, { exact: true }) })
      .first();
    if ((await item.count()) > 0) {
      await expect(item).toContainText(FIT_WORDS[fit]);
      continue;
    }
    await expect(page.locator('#glance').getByText(/no approved product for this condition/)).toContainText(name);
    // The details render once the reader acts (a key, here, so that the page stays where it is).
    await page.keyboard.press('Shift');
    await expect(page.locator(`#platform-${id}`).locator('xpath=..').locator('.level')).toContainText(FIT_WORDS[fit]);
  }
}

/** The file a source module became in the build under test (from Vite's manifest). */
export function builtFile(source: string): string {
  const workdir = process.env.VS_WORKDIR;
  const manifest = JSON.parse(
    readFileSync(`${workdir ? `${workdir}/.svelte-kit` : '.svelte-kit'}/output/client/.vite/manifest.json`, 'utf8')
  ) as Record<string, { file: string }>;
  return `/${manifest[source]!.file}`;
}

/** The file a product module became in the build under test (see knowledge/catalogue.ts). */
export const productFile = (id: string): string => builtFile(`src/lib/knowledge/products/${id}.ts`);

/**
 * What the app keeps beyond the tab: localStorage entries, and sessionStorage keys other than the tab's own copy
 * and preferences (sessionStorage is this tab only and is dropped when it closes; docs/persistence.md). Both empty
 * means nothing is stored on the device.
 */
export const storedOnDevice = (page: Page) =>
  page.evaluate(
    (own) => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage).filter((k) => !own.includes(k))
    }),
    [TAB_KEY, PREFS_KEY]
  );
