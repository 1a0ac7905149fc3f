/**
 * Model-based tests: walks that take every edge of the covering paths of the wizard model
 * (src/lib/wizard/model.ts), through the real UI. Each step sends the event as a user would and checks that the page shown
 * is the state the machine reached. A state or event without a UI mapping here fails to compile.
 */
import type { Page } from '@playwright/test';
import type { Draft } from '../src/lib/case/schema';
import type { WizardEvent } from '../src/lib/wizard/machine';
import { coveringWalks, eventKey } from '../src/lib/wizard/model';
import { slugOf, type PageId, type QuestionPage } from '../src/lib/wizard/pages';
import { PAGES } from '../src/lib/wizard/questions';
import { expect, fill, test } from './helpers';

type Resting = Exclude<PageId, never>;
const HEADINGS: Record<Resting, string> = {
  start: 'Compare gene-therapy vector platforms for a patient',
  ...(Object.fromEntries(Object.entries(PAGES).map(([id, p]) => [id, p.title])) as Record<QuestionPage, string>),
  review: 'Check your answers',
  summary: 'Summary',
  confirmDrop: 'Remove answers that no longer apply?'
};

async function clickLinkTo(page: Page, href: string) {
  await page.evaluate((url) => {
    const a = document.createElement('a');
    a.href = url;
    document.body.append(a);
    a.click();
    a.remove();
  }, href);
}

const EXECUTORS: {
  [K in WizardEvent['type']]: (
    page: Page,
    event: Extract<WizardEvent, { type: K }>,
    from: string,
    draft: Draft
  ) => Promise<void>;
} = {
  START: (page) => page.getByRole('button', { name: /Start now|Continue the case in progress/ }).click(),
  CONTINUE: async (page, event, from, draft) => {
    if (from === 'review') return page.getByRole('button', { name: 'Continue to the summary' }).click();
    const id = from as QuestionPage;
    for (const box of await page.locator('input[type=checkbox]:checked').all()) {
      const name = await box.getAttribute('name');
      const value = await box.getAttribute('value');
      const wanted = event.raw[name ?? ''];
      if (!Array.isArray(wanted) || !wanted.includes(value ?? '')) await box.uncheck();
    }
    await fill(page, id, event.raw, draft);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
  },
  BACK: (page) => page.getByRole('link', { name: 'Back', exact: true }).click(),
  CHANGE: (page, event) =>
    page
      .locator(`main a[href$="/case/${slugOf(event.page)}"]`)
      .first()
      .click(),
  GO_TO: (page, event) => clickLinkTo(page, event.page === 'start' ? '/' : `/case/${slugOf(event.page)}`),
  CONFIRM: (page) => page.getByRole('button', { name: 'Remove these answers and continue' }).click(),
  CANCEL: (page) => page.getByRole('button', { name: 'Go back and keep them' }).click(),
  // Not reachable from the UI model yet (loading and resuming come from files, links and storage; restart is start-page only).
  LOAD: async () => {
    throw new Error('LOAD is not part of the UI model');
  },
  RESTART: async () => {
    throw new Error('RESTART is not part of the UI model');
  },
  LABEL: async (page, event) => {
    await page.locator('#case-label').fill(event.label);
  },
  RESUME: async () => {
    throw new Error('RESUME is not part of the UI model');
  }
};

async function expectShowing(page: Page, state: Resting, hasErrors: boolean) {
  await expect(page).toHaveURL(state === 'start' ? /\/$/ : new RegExp(`/case/${slugOf(state)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(HEADINGS[state]);
  await expect(page.locator('.error-summary')).toHaveCount(hasErrors ? 1 : 0);
}

const { walks } = coveringWalks(['LOAD', 'RESTART', 'RESUME']);

test.describe('the wizard UI follows the machine on every modelled edge', () => {
  for (const [i, path] of walks.entries()) {
    const description = path.steps.map((s) => s.event.type).join(' → ');
    test(`walk ${i + 1}: ${description}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto('/');
      let from = 'start';
      let draft: Draft = { schemaVersion: 3 };
      for (const [n, step] of path.steps.slice(1).entries()) {
        const event = step.event as WizardEvent;
        const to = step.state.value as string;
        await test.step(`${n + 1}. ${from} --${eventKey(event)}--> ${to}`, async () => {
          const run = EXECUTORS[event.type] as (p: Page, e: WizardEvent, f: string, d: Draft) => Promise<void>;
          await run(page, event, from, draft);
          await expectShowing(page, to as Resting, step.state.context.errors.length > 0);
        });
        from = to;
        draft = step.state.context.draft;
      }
    });
  }
});
