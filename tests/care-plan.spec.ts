/**
 * The care plan (issue 19): a timeline on screen that a screen reader reads as lists, a table in print on
 * page 1 or 2 of at most 3, calendar dates and an .ics file from a planned dose date — a date that never goes
 * into the case, a share link or storage. Screenshots of three example patients' timelines for review.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { patients } from '../src/lib/knowledge/examples';
import { shareUrl } from '../src/lib/persistence/link';
import { expect, expectAccessible, test } from './helpers';
import { pdfPages, pdfReadingText } from './pdf';

test.use({ viewport: { width: 1280, height: 800 } });
const squash = (s: string) => s.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
const DOSE = '2027-03-10';

const EXAMPLES = [
  ['haemophilia-a-roctavian', 'Roctavian', 'Week 26'],
  ['sma-infant-aav9', 'Zolgensma', '1 day before the dose'],
  ['tdt-ex-vivo-lv', 'Zynteglo', 'Start of mobilisation']
] as const;

for (const [id, product, step] of EXAMPLES) {
  test(`${id}: the ${product} care plan on screen, dated, and in print`, async ({ page, baseURL }, info) => {
    test.setTimeout(120_000);
    const patient = patients.find((p) => p.id === id)!;
    await page.goto(await shareUrl(patient.case, baseURL!));
    await page.getByRole('button', { name: 'Continue to the summary' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Summary');
    await page.mouse.wheel(0, 400);

    const timeline = page.getByRole('list', { name: product, exact: true });
    await expect(timeline).toBeVisible();
    await expect(timeline.getByRole('listitem').filter({ hasText: step }).first()).toBeVisible();
    await expect(timeline.getByRole('heading', { name: 'Long-term follow-up' })).toBeVisible();

    await page.getByLabel(/Planned dose date/).fill(DOSE);
    await expect(timeline).toContainText(DOSE);
    // The dated plan is what this test adds; summary.spec runs axe on whole summaries of each kind.
    await expectAccessible(page, '#plan');
    await page.locator('#plan').screenshot({ path: info.outputPath(`timeline-${id}.png`) });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download the plan as a calendar/ }).click()
    ]);
    expect(download.suggestedFilename()).toBe('care-plan.ics');
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${DOSE.replaceAll('-', '')}`);

    // A full date is an identifier: it is in no share link, no stored draft and no URL.
    const shared = await page.evaluate(() => ({
      url: location.href,
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage })
    }));
    for (const where of Object.values(shared)) expect(where).not.toContain(DOSE);
    await page.emulateMedia({ media: 'print' });
    const link = (await page.locator('.reopen .url').textContent())!;
    expect(link).not.toContain(DOSE);

    const file = info.outputPath(`plan-${id}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
    expect(pdfPages(file)).toBeLessThanOrEqual(3);
    const firstTwo = squash(pdfReadingText(file, 1) + pdfReadingText(file, 2));
    expect(firstTwo).toContain(squash('Care plan'));
    expect(firstTwo).toContain(squash(`${product} Before the dose`));
    expect(firstTwo).toContain(squash(DOSE));
  });
}
