/**
 * FHIR proved by a client nobody here wrote: NLM's LHC-Forms renders the published Questionnaire, honours its
 * branching, and its QuestionnaireResponse opens in vector-select; a record's Bundle opens with what it answers.
 * LHC-Forms is test-only, fetched once into a cache (tests/lforms.ts).
 */
import { readFileSync } from 'node:fs';
import type { Bundle, Observation, QuestionnaireResponse } from 'fhir/r4';
import { bundleToDraft } from '../src/lib/fhir/bundle';
import { caseToResponse, responseToCase } from '../src/lib/fhir/response';
import { fromSection, visibleFields } from '../src/lib/wizard/forms';
import { MODEL_CASES } from '../src/lib/wizard/model';
import { applies, QUESTION_PAGES } from '../src/lib/wizard/pages';
import { shareUrl } from '../src/lib/persistence/link';
import { PAGES } from '../src/lib/wizard/questions';
import { expect, expectAccessible, test } from './helpers';
import { HARNESS, openLForms } from './lforms';

const build = process.env.VS_WORKDIR ? `${process.env.VS_WORKDIR}/build` : 'build';
const published = JSON.parse(readFileSync(`${build}/fhir/Questionnaire-vector-select.json`, 'utf8'));
const record = readFileSync(new URL('../src/lib/fhir/fixtures/record-bundle.json', import.meta.url));
const extractQuestionnaire = JSON.parse(
  readFileSync(new URL('../src/lib/fhir/fixtures/lhc-forms-extract-questionnaire.json', import.meta.url), 'utf8')
);

test('LHC-Forms renders every page’s questions, honours a branch, and its response opens in vector-select', async ({
  page
}) => {
  const c = MODEL_CASES[0]!;
  await openLForms(page);
  const form = page.locator('#form');
  await page.evaluate(
    async ([q, qr]) => {
      const L = (window as unknown as { LForms: { Util: Record<string, (...a: unknown[]) => unknown> } }).LForms.Util;
      const lf = L.mergeFHIRDataIntoLForms!(
        'QuestionnaireResponse',
        qr,
        L.convertFHIRQuestionnaireToLForms!(q, 'R4'),
        'R4'
      );
      await L.addFormToPage!(lf, 'form');
    },
    [published, caseToResponse(c)]
  );
  // Every page applies to this case: each page's group and each question the wizard asks render.
  for (const p of QUESTION_PAGES.filter((p) => applies(p, c))) {
    await expect(form.getByText(PAGES[p].title, { exact: true })).toBeVisible();
    for (const f of visibleFields(p, fromSection(p, c[p]), c))
      await expect(form.getByText(f.label, { exact: true }).first()).toBeVisible();
  }
  await expect(form.getByText('Was the baby born premature?')).toHaveCount(0);
  await expect(form.getByText('Is the patient pregnant or breast-feeding?')).toHaveCount(0);

  // LHC-Forms' own QuestionnaireResponse, before any change, reads back as the case.
  const lhc = (await page.evaluate(() => {
    const L = (window as unknown as { LForms: { Util: Record<string, (...a: unknown[]) => unknown> } }).LForms.Util;
    return L.getFormFHIRData!('QuestionnaireResponse', 'R4', document.getElementById('form'));
  })) as QuestionnaireResponse;
  expect(lhc.meta?.tag?.[0]?.code).toBe('lformsVersion: 40.1.3');
  const ours = responseToCase(caseToResponse(c));
  expect(responseToCase(lhc)).toEqual(ours);
  expect(ours).toMatchObject({ ok: true, complete: true, ignored: [], needs: [] });

  // A branch: under 2 years asks the months, not the years or the sex; 1 month asks about premature birth.
  await form.getByText('Under 2 years', { exact: true }).click();
  await expect(form.getByText('Age in completed months', { exact: true })).toBeVisible();
  await expect(form.getByText('Age in whole years', { exact: true })).toHaveCount(0);
  await expect(form.getByText('What is the patient’s sex?', { exact: true })).toHaveCount(0);
  await form.getByRole('textbox', { name: /Age in completed months/ }).fill('1');
  await form.getByRole('textbox', { name: /Age in completed months/ }).press('Tab');
  await expect(form.getByText('Was the baby born premature?', { exact: true })).toBeVisible();

  // LHC-Forms' response, opened in vector-select through "Open case file": it lands at "Check your answers".
  await page.unroute(`${HARNESS}**`);
  await page.goto('/');
  await page.locator('html[data-hydrated="true"]').waitFor();
  await page.locator('#case-file').setInputFiles({
    name: 'lhc-forms-response.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(lhc))
  });
  await page.getByRole('button', { name: 'Open case file' }).click();
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'From the FHIR file' })).toContainText(
    'Every answer of the QuestionnaireResponse'
  );
  await expect(page.getByText('Haemophilia B', { exact: true })).toBeVisible();
});

test('a record’s Bundle opens with what it answers, and says what it left for the clinician', async ({
  page
}, info) => {
  await page.goto('/');
  await page.locator('html[data-hydrated="true"]').waitFor();
  await page.locator('#case-file').setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: record });
  await page.getByRole('button', { name: 'Open case file' }).click();
  // The sex is not in the record (gender is administrative): the patient page asks it, with the rest filled in.
  await expect(page).toHaveURL(/\/case\/patient$/);
  await expect(page.locator('input[name="ageUnit"][value="years"]')).toBeChecked();
  await expect(page.locator('input[name="indication"][value="haemophilia_a"]')).toBeChecked();
  const report = page.getByRole('region', { name: 'From the FHIR file' });
  await report.getByText('From the FHIR file').click();
  await expect(report).toContainText('Condition being treated: Haemophilia A (from Condition/c1 (28293008))');
  await expect(report).toContainText('the date is not kept');
  await expect(report).toContainText('Emicizumab 3 mg/kg weekly) not matched');
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath('fhir-bundle.png'), fullPage: true });
});

test('"Download as FHIR" on the summary gives a QuestionnaireResponse that reads back as the case, with no label', async ({
  page,
  baseURL
}) => {
  const c = MODEL_CASES[0]!;
  await page.goto(await shareUrl(c, baseURL!));
  // The case reference is part of the tab's case, never of the export.
  await page.locator('#case-label').fill('MDT case 3');
  await page.getByRole('button', { name: 'Continue to the summary' }).click();
  await expect(page.getByText('Case: MDT case 3')).toBeVisible();
  await page.getByText('Save, share or export this case').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as FHIR' }).click()
  ]);
  expect(download.suggestedFilename()).toBe('vector-select-case.fhir.json');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text).not.toContain('MDT');
  expect(responseToCase(JSON.parse(text))).toEqual(responseToCase(caseToResponse(c)));
  await expect(
    page.getByText('The FHIR QuestionnaireResponse vector-select-case.fhir.json was downloaded.')
  ).toBeVisible();
});

// The reproduction of docs/fhir-lforms-report.md. It asserts LHC-Forms 40.1.3's bug, so it fails when a fixed
// version is pinned: then update the report, docs/fhir.md and the fixture lhc-forms-extracted-observation.json.
test('LHC-Forms 40.1.3 extracts Observation numbers as text (docs/fhir-lforms-report.md); vector-select refuses them', async ({
  page
}) => {
  await openLForms(page);
  await page.evaluate(async (q) => {
    const L = (window as unknown as { LForms: { Util: Record<string, (...a: unknown[]) => unknown> } }).LForms.Util;
    await L.addFormToPage!(L.convertFHIRQuestionnaireToLForms!(q, 'R4'), 'form');
  }, extractQuestionnaire);
  const form = page.locator('#form');
  for (const [name, value] of [
    ['Integer with a unit', '60'],
    ['Decimal with a unit', '60.5'],
    ['Integer without a unit', '7']
  ] as const) {
    await form.getByRole('textbox', { name }).fill(value);
    await form.getByRole('textbox', { name }).press('Tab');
  }
  const [qr, extracted] = (await page.evaluate(() => {
    const L = (window as unknown as { LForms: { Util: Record<string, (...a: unknown[]) => unknown> } }).LForms.Util;
    return L.getFormFHIRData!('QuestionnaireResponse', 'R4', document.getElementById('form'), { extract: true });
  })) as [QuestionnaireResponse, Bundle<Observation>];
  // The QuestionnaireResponse has numbers; the Observations extracted from the same answers have text.
  expect(qr.item!.map((i) => i.answer![0])).toEqual([
    { valueInteger: 60 },
    { valueDecimal: 60.5 },
    { valueInteger: 7 }
  ]);
  const observations = extracted.entry!.map((e) => e.resource!);
  expect(observations.map((o) => o.valueQuantity?.value ?? o.valueInteger)).toEqual(['60', '60.5', '7']);

  // Read as a record: each text number is refused with a message, never read as a number.
  const coded = observations.map((o) => ({ ...o, code: { coding: [{ system: 'http://loinc.org', code: '1742-6' }] } }));
  const read = bundleToDraft(
    { resourceType: 'Bundle', type: 'collection', entry: [{ resource: coded[0] }] },
    new Date('2026-12-05')
  );
  expect(read.ok && read.report.problems).toEqual([expect.stringContaining('is the text "60", not a number')]);
});
