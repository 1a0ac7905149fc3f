import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { assess } from '../src/lib/engine';
import { patients } from '../src/lib/fixtures/patients';
import { buildReport } from '../src/lib/summary/report';
import { answerCase, expect, expectAccessible, expectGlance, FIT_WORDS, NAMES, startCase, test } from './helpers';

const pdfText = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
const pdfPages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
/** pdftotext breaks lines and may hyphenate; compare on letters and digits only. */
const squash = (s: string) => s.replace(/[^A-Za-z0-9]/g, '').toLowerCase();

for (const patient of patients) {
  test.describe(`summary of "${patient.title}"`, () => {
    test('shows the expected fit levels and findings, passes axe, and prints on two pages', async ({ page }, info) => {
      test.setTimeout(120_000);
      await startCase(page);
      await answerCase(page, patient.case);
      await page.getByRole('button', { name: 'Continue to the summary' }).click();
      await expect(page).toHaveURL(/\/case\/summary$/);

      await expectGlance(page, patient.expected.fit);
      const assessment = assess(patient.case);
      for (const ruleId of patient.expected.ruleIds) {
        const finding = assessment.platforms.flatMap((p) => p.findings).find((f) => f.ruleId === ruleId);
        const check = assessment.products.flatMap((p) => p.checks).find((c) => c.ruleId === ruleId);
        const text = finding?.text ?? check?.text;
        expect(text, `rule ${ruleId} appears in the assessment`).toBeDefined();
        await expect(page.getByText(text!, { exact: false }).first()).toBeVisible();
      }
      await expectAccessible(page);
      await page.screenshot({ path: info.outputPath('summary-screen.png'), fullPage: true });

      await page.emulateMedia({ media: 'print' });
      await expectAccessible(page);
      const report = buildReport(patient.case);
      for (const format of ['A4', 'Letter'] as const) {
        const file = info.outputPath(`summary-${format}.pdf`);
        writeFileSync(file, await page.pdf({ format, printBackground: true }));
        const text = squash(pdfText(file));
        expect(pdfPages(file), `${format} pages`).toBeLessThanOrEqual(2);
        for (const p of assessment.platforms) expect(text).toContain(squash(`${NAMES[p.id]} ${FIT_WORDS[p.fit]}`));
        for (const source of report.basis.filter((b) => b.printed))
          expect(text, source.id).toContain(squash(source.citation).slice(0, 40));
        expect(text).toContain(squash(`Knowledge base ${assessment.knowledgeBase.version}`));
        expect(text).toContain(squash('not a recommendation or a prescription'));
        expect(text).toContain(squash('Reopen this case'));
        expect(text).toMatch(/casereviewcasev1/);
        expect(text).toMatch(/printed\d{1,2}[a-z]+20\d\d/);
        const lines = pdfText(file).split('\n');
        for (const chrome of ['Skip to main content', 'Print or save as PDF', 'Back', 'Change', 'Continue'])
          expect(
            lines.filter((l) => l.trim().startsWith(chrome)),
            chrome
          ).toEqual([]);
      }
    });
  });
}
