/**
 * The probe patients of the independent review of knowledge base 1.0.0 (shared/audit-2026-12.md
 * §4): each gets the status its label gives, not the "eligible" that 1.0.0 showed.
 */
import { describe, expect, test } from 'vitest';
import { patch, quietAdult, type Patch } from '../fixtures/build';
import { assess } from '.';

const run = (p: Patch) => assess(patch(quietAdult, p));
const status = (p: Patch, product: string) => run(p).products.find((x) => x.id === product)?.status;
const ab = (serotype: string, assay: string, result: string, more: Patch = {}): Patch => ({
  aavAntibodies: { testing: 'tested', results: [{ serotype, assay, result, ...more }] }
});
const years = (ageYears: number, indication: string): Patch => ({
  patient: { ageUnit: 'years', ageYears, indication, pregnancy: ageYears >= 12 ? 'no' : undefined }
});
const months = (ageMonths: number, indication: string): Patch => ({
  patient: { ageUnit: 'months', ageMonths, ageYears: undefined, indication, pregnancy: undefined, premature: 'no' }
});

describe('audit §4 probes', () => {
  test('4.1 an anti-AAV9 neutralising titre of 1:40 does not clear Zolgensma (its 1:50 limit is a binding ELISA)', () => {
    expect(status({ ...months(7, 'sma'), ...ab('AAV9', 'neutralising', 'detected', { titre: 40 }) }, 'zolgensma')).toBe(
      'check_needed'
    );
  });

  test('4.1 an anti-AAVrh74 neutralising titre of 1:200 does not clear Elevidys (its limit is total binding < 1:400)', () => {
    expect(
      status({ ...years(6, 'dmd'), ...ab('AAVrh74', 'neutralising', 'detected', { titre: 200 }) }, 'elevidys')
    ).toBe('check_needed');
  });

  test('4.1 a total-binding anti-AAV5 titre of 1:800 gets no reassuring Hemgenix note', () => {
    const a = run({ ...years(40, 'haemophilia_b'), ...ab('AAV5', 'total_binding', 'detected', { titre: 800 }) });
    expect(a.rules.find((r) => r.ruleId === 'hemgenix-aav5-low-titre')?.result).not.toBe('met');
  });

  test('4.2 1:700 on the clinical-study assay is above the Hemgenix cut-off (1:898 extended ≡ 1:678 clinical)', () => {
    const a = run({
      ...years(40, 'haemophilia_b'),
      ...ab('AAV5', 'neutralising', 'detected', { titre: 700, assayVersion: 'clinical_study' })
    });
    expect(a.rules.find((r) => r.ruleId === 'hemgenix-aav5-high-titre')?.result).toBe('met');
    expect(a.rules.find((r) => r.ruleId === 'hemgenix-aav5-low-titre')?.result).toBe('not_met');
  });

  test('4.1 "not detected" on a neutralising assay does not clear Roctavian (it needs its companion test)', () => {
    expect(status({ ...years(35, 'haemophilia_a'), ...ab('AAV5', 'neutralising', 'not_detected') }, 'roctavian')).toBe(
      'check_needed'
    );
  });

  test('4.4 an adult with CALD does not meet the Skysona label (boys 4–17 years)', () => {
    expect(status(years(30, 'cald'), 'skysona')).toBe('not_eligible');
  });

  test.each([
    ['a 3-year-old, Elevidys', years(3, 'dmd'), 'elevidys'],
    ['an 11-month-old, Luxturna', months(11, 'rpe65'), 'luxturna'],
    ['a 16-year-old, Roctavian', years(16, 'haemophilia_a'), 'roctavian'],
    ['a 16-year-old, Hemgenix', years(16, 'haemophilia_b'), 'hemgenix']
  ])('4.3 %s: outside the label age', (_name, p, product) => {
    expect(status(p, product)).toBe('not_eligible');
  });

  test('4.3 a schema-1 "child" band (2–11 years) leaves the Elevidys age (4 and older) to be checked', () => {
    const band: Patch = { patient: { ageUnit: undefined, ageYears: undefined, ageBand: 'child', indication: 'dmd' } };
    expect(status(band, 'elevidys')).toBe('check_needed');
  });

  test('4.5–4.6 a CAR-T patient on antiretrovirals gets no stem-cell advice and no advice to stop HIV treatment', () => {
    const a = run({
      ...years(40, 'b_cell'),
      infections: { hiv: 'positive_controlled' },
      medicines: { answer: 'some', current: [{ class: 'antiretrovirals' }] },
      liver: { fibrosis: 'advanced' },
      target: { tissue: 't_cells_ex_vivo', route: 'ex_vivo' }
    });
    const met = a.rules.filter((r) => r.result === 'met').map((r) => r.ruleId);
    expect(met).not.toContain('antiretrovirals-lv-collection');
    expect(met).not.toContain('advanced-fibrosis-lv-conditioning');
    const words = JSON.stringify(a.platforms) + JSON.stringify(a.medicationActions);
    expect(words).not.toMatch(/(stop|pause|hold)[^.]*HIV (medicines|treatment)(?![^.]*(never|do not|specialist))/i);
  });

  test('stem-cell collection: antiretrovirals are reviewed with the HIV specialist, never stopped by the tool', () => {
    const a = run({
      ...years(28, 'scd'),
      medicines: { answer: 'some', current: [{ class: 'antiretrovirals' }] },
      target: { tissue: 'hsc_ex_vivo', route: 'ex_vivo' }
    });
    const action = a.medicationActions.find((m) => m.ruleId === 'antiretrovirals-lv-collection');
    expect(action?.text).toMatch(/HIV specialist/);
    expect(action?.text).toMatch(/Do not stop HIV treatment/);
    expect(action?.verified).toBe(false);
  });

  test('4.7 tissue fit: AAV for a bladder tumour is no longer "possible"', () => {
    const aav = run({ target: { tissue: 'bladder_tumour' } }).platforms.find((p) => p.id === 'aav')!;
    expect(aav.fit).not.toBe('possible');
    expect(aav.findings.map((f) => f.ruleId)).toContain('no-established-use-aav-bladder-tumour');
  });

  test('liver target with cirrhosis: liver-directed AAV is not advised', () => {
    const aav = run({ target: { tissue: 'liver' }, liver: { fibrosis: 'cirrhosis' } }).platforms.find(
      (p) => p.id === 'aav'
    )!;
    expect(aav.fit).toBe('not_advised');
  });

  test('4.7 a 6 kb cargo is a strong caution for AAV (dual vector or mini-gene), not an exclusion', () => {
    expect(run({ target: { cargoKb: 6 } }).platforms.find((p) => p.id === 'aav')!.fit).toBe('strong_caution');
  });

  test('an SMA infant due for Zolgensma gets the prophylactic prednisolone regimen', () => {
    const z = run({ ...months(7, 'sma'), ...ab('AAV9', 'total_binding', 'not_detected') }).products.find(
      (p) => p.id === 'zolgensma'
    )!;
    expect(z.status).toBe('meets_criteria');
    expect(z.regimen.find((r) => r.kind === 'immunosuppression')?.text).toMatch(/Prednisolone 1 mg\/kg\/day/);
  });
});
