import type { Page } from '@playwright/test';
import { patients } from '../src/lib/knowledge/examples';
import { describeChanges } from '../src/lib/teaching/changes';
import { knowledgeFor } from '../src/lib/knowledge';
import { changeAnswer } from '../src/lib/teaching/whatif';
import { fromSection } from '../src/lib/wizard/forms';
import { expect, expectAccessible, expectGlance, FIT_WORDS, productFile, test, storedOnDevice } from './helpers';

const teachingOn = async (page: Page) => {
  const toggle = page.getByRole('button', { name: 'Teaching mode' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
};
const caseCard = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

async function openExample(page: Page, title: string) {
  await caseCard(page, title).getByRole('button', { name: 'Open this case' }).click();
  await expect(page).toHaveURL(/\/case\/review$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Check your answers');
}
async function toSummary(page: Page) {
  await page.getByRole('button', { name: 'Continue to the summary' }).click();
  await expect(page).toHaveURL(/\/case\/summary$/);
}

test.describe('example-case library', () => {
  test('lists at least 10 cases with a scenario, no learning points, and passes axe with teaching on', async ({
    page
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'example case' }).click();
    await expect(page).toHaveURL(/\/examples$/);
    await teachingOn(page);
    const cards = page.getByRole('button', { name: 'Open this case' });
    expect(await cards.count()).toBeGreaterThanOrEqual(10);
    await expect(caseCard(page, patients[0]!.title)).toContainText(patients[0]!.scenario);
    // The learning points are the answers: they wait for the reveal (tests/teaching-seminar.spec.ts).
    await expect(caseCard(page, patients[0]!.title)).not.toContainText(patients[0]!.learningPoints[0]!);
    await expectAccessible(page);
  });

  // Opening from the library is one path for every example; three kinds are walked here (products leading, a
  // platform with no product, no product at all). Every example's summary is checked by share link in summary.spec.
  const walked = ['haemophilia-a-cirrhosis', 'rrp-adenoviral-immunotherapy', 'muscle-cargo-too-large'];
  for (const patient of walked.map((id) => patients.find((p) => p.id === id)!)) {
    test(`"${patient.title}" opens at review and reaches the expected summary`, async ({ page }) => {
      await page.goto('/examples');
      await openExample(page, patient.title);
      await toSummary(page);
      await expectGlance(page, patient.expected.fit);
    });
  }

  test('a case in progress is replaced only after the user confirms', async ({ page }) => {
    const [first, second] = [patients[0]!, patients[1]!];
    await page.goto('/examples');
    await openExample(page, first.title);
    await teachingOn(page);
    await page.getByRole('link', { name: 'Example cases' }).click();
    await caseCard(page, second.title).getByRole('button', { name: 'Open this case' }).click();
    await expect(page.getByRole('heading', { name: 'Replace the case in progress?' })).toBeFocused();
    await page.getByRole('button', { name: 'Keep the case in progress' }).click();
    await expect(page).toHaveURL(/\/examples$/);
    await caseCard(page, second.title).getByRole('button', { name: 'Open this case' }).click();
    await page.getByRole('button', { name: 'Replace it with the opened case' }).click();
    await expect(page).toHaveURL(/\/case\/review$/);
  });
});

test.describe('teaching mode', () => {
  test('is off by default, stores nothing, and adds why we ask with its sources to a question page', async ({
    page
  }) => {
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Teaching mode' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await page.getByRole('button', { name: /Start now/ }).click();
    await expect(page.getByText('Why we ask this')).toHaveCount(0);
    await teachingOn(page);
    const why = page.locator('details.why');
    await expect(why).toContainText('Why we ask this');
    await expect(why).toContainText('Sources:');
    await expect(why.getByRole('link', { name: 'episomal' })).toBeVisible();
    expect(await storedOnDevice(page)).toEqual({ local: [], session: [] });
    await expectAccessible(page);
  });

  test('large text scales the page and can be switched off', async ({ page }) => {
    await page.goto('/');
    const large = page.getByRole('button', { name: 'Large text' });
    await large.click();
    await expect(large).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-large-text', 'true');
    await large.click();
    await expect(page.locator('html')).not.toHaveAttribute('data-large-text');
  });

  test('the summary says why each finding matters and links the comparison rows to the glossary', async ({ page }) => {
    await page.goto('/examples');
    await openExample(page, 'A muscle gene too large for AAV');
    await toSummary(page);
    await expect(page.getByText('Why it matters:')).toHaveCount(0);
    await teachingOn(page);
    await expect(page.getByText('Why it matters:').first()).toBeVisible();
    const table = page.getByRole('table');
    await expect(table.getByRole('rowheader').getByRole('link', { name: 'Packaging capacity' })).toHaveAttribute(
      'href',
      '/glossary#term-packaging-capacity'
    );
  });
});

test.describe('what-if panel', () => {
  const patient = patients.find((p) => p.id === 'haemophilia-b-liver-aav')!;
  const expectedWords = async () => {
    const changed = await changeAnswer(
      patient.case,
      'liver',
      { ...fromSection('liver', patient.case.liver), fibrosis: 'cirrhosis' },
      knowledgeFor
    );
    if (!changed.ok) throw new Error('the what-if answers are not valid');
    return describeChanges(changed.diff, changed.before, changed.after);
  };

  test('a changed answer marks the changes in words, never changes the case, and resets', async ({ page }) => {
    test.setTimeout(120_000);
    const words = await expectedWords();
    await page.goto('/examples');
    await openExample(page, patient.title);
    await toSummary(page);
    await teachingOn(page);
    await page.getByRole('link', { name: 'What if? Change one answer beside the decision' }).click();
    const panel = page.getByRole('main');
    await panel.getByLabel('Question to change').selectOption({ label: 'Liver and other risks' });
    await panel.locator('input[name="fibrosis"][value="cirrhosis"]').check();
    await panel.getByRole('button', { name: 'Show what changes' }).click();

    const result = panel.locator('.result');
    expect(words.findings.some((f) => f.label === 'New finding')).toBe(true);
    for (const line of [...words.fits, ...words.findings, ...words.products])
      await expect(result.getByRole('listitem').filter({ hasText: line.text }).first()).toContainText(
        `${line.label}: ${line.text}`
      );
    await expect(result.getByText(/^New finding: /).first()).toBeVisible();
    await expect(result).toContainText('Liver fibrosis: from F0 to F1: none or mild to F4: cirrhosis');
    for (const fit of words.fits) await expect(result).toContainText(`Changed: ${fit.text}`);
    await expectAccessible(page);

    await panel.getByRole('button', { name: 'Reset to the case’s answers' }).click();
    await expect(panel.locator('input[name="fibrosis"][value="f0_f1"]')).toBeChecked();
    await expect(result).not.toContainText('New finding');
    // The case itself keeps its answers: the at-a-glance list still shows the original fit levels.
    await page.getByRole('link', { name: 'Back to the summary' }).click();
    const glance = page.getByRole('list', { name: 'At a glance' });
    await expect(glance.getByRole('listitem').filter({ hasText: 'AAV' }).first()).toContainText(
      FIT_WORDS[patient.expected.fit.aav]
    );
  });
});

test.describe('what-if panel, another condition', () => {
  // The page's own requests, not the service worker's offline copy (blocked in every spec but quality.spec), so
  // that a route can hold one back.
  test('changing the condition loads that condition’s products and compares them', async ({ page }) => {
    test.setTimeout(120_000);
    const patient = patients.find((p) => p.id === 'haemophilia-b-liver-aav')!;
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/examples');
    await openExample(page, patient.title);
    await toSummary(page);
    await teachingOn(page);
    await page.getByRole('link', { name: 'What if? Change one answer beside the decision' }).click();
    const panel = page.getByRole('main');
    await panel.getByLabel('Question to change').selectOption({ label: 'About the patient' });
    await panel.locator('input[name="indication"][value="haemophilia_a"]').check();
    const before = requested.length;
    // A slow connection: the panel says it is loading rather than showing nothing.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route(`**${productFile('roctavian')}`, async (route) => (await held, route.continue()));
    await panel.getByRole('button', { name: 'Show what changes' }).click();
    await expect(panel.getByRole('status')).toHaveText('Loading the products of that condition…');
    release();
    const result = panel.locator('.result');
    await expect(result).toContainText('New product check: Roctavian: check needed');
    await expect(result).toContainText('No longer checked: Hemgenix');
    // Roctavian's own rule (in its module) is part of the comparison.
    await expect(result).toContainText('FDA-approved companion test');
    expect(requested.slice(before)).toContain(productFile('roctavian'));
    await expectAccessible(page);
  });
});

test.describe('glossary', () => {
  test('a glossary link in why we ask is reached by Tab and Enter lands on the term', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /Start now/ }).click();
    await teachingOn(page);
    await page.locator('details.why summary').focus();
    let href: string | null = null;
    for (let i = 0; i < 20 && !href?.includes('/glossary#'); i++) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
    }
    expect(href).toMatch(/\/glossary#term-/);
    await page.keyboard.press('Enter');
    const id = href!.split('#')[1]!;
    await expect(page).toHaveURL(new RegExp(`/glossary#${id}$`));
    await expect(page.locator(`#${id}`)).toBeFocused();
    await expect(page.locator(`#${id}`)).toBeInViewport();
  });

  test('every term has an entry with an id, and the index links work by keyboard; axe passes', async ({ page }) => {
    await page.goto('/glossary');
    await teachingOn(page);
    for (const id of ['neutralising-antibody', 'sin-lv', 'vg-per-kg', 'long-term-follow-up'])
      await expect(page.locator(`dt#term-${id}`)).toHaveCount(1);
    await page.getByRole('link', { name: 'Thrombotic microangiopathy (TMA)' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#term-thrombotic-microangiopathy')).toBeFocused();
    await expectAccessible(page);
  });
});

test.describe('reflow', () => {
  test('at 320 CSS px with teaching mode and large text, no teaching page scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const noSideways = async (where: string) =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(320);
    await page.goto('/examples');
    await teachingOn(page);
    await page.getByRole('button', { name: 'Large text' }).click();
    await noSideways('examples');
    await page.getByRole('link', { name: 'Glossary' }).click();
    await expect(page).toHaveURL(/\/glossary$/);
    await noSideways('glossary');
    await page.getByRole('link', { name: 'Example cases' }).click();
    await openExample(page, 'Haemophilia A with anti-AAV5 antibodies');
    await page
      .getByRole('link', { name: /Change.*Antibodies to AAV capsids|Change/ })
      .first()
      .click();
    await expect(page.locator('details.why')).toBeVisible();
    await noSideways('question page');
    await page.goBack();
    await expect(page).toHaveURL(/\/case\/review$/);
    await toSummary(page);
    await noSideways('summary');
    await page.getByRole('link', { name: 'What if? Change one answer beside the decision' }).click();
    await page.getByRole('button', { name: 'Show what changes' }).click();
    await noSideways('the what-if page');
  });
});
