/**
 * The branching as data (case/conditions.ts) shows exactly the questions the wizard's closures showed before
 * issue 24. The closures below are the ones `questions.ts` held, kept here as the reference they were.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { asksPregnancy, asksPremature, asksSex } from '../case/age';
import {
  asksAssayVersion,
  asksCompanionTest,
  asksDelivery,
  conditionFieldsFor,
  DELIVERY_FIELDS
} from '../case/complete';
import { entryClasses, type Draft, type Patient } from '../case/schema';
import * as v from '../case/values';
import { caseArbitrary } from '../fixtures/arbitrary';
import { runs } from '../testing/runs';
import { fromSection, visibleFields } from './forms';
import { entriesOf } from './medicine-words';
import { parseNumber } from './numbers';
import { QUESTION_PAGES, applies as pageApplies, type QuestionPage } from './pages';
import { PAGES, type Raw } from './questions';

const is = (id: string, value: string) => (raw: Raw) => raw[id] === value;
const has = (id: string, value: string) => (raw: Raw) => {
  const x = raw[id];
  return Array.isArray(x) && x.includes(value);
};
const ageOf = (raw: Raw): Pick<Patient, 'ageUnit' | 'ageMonths' | 'ageYears' | 'ageBand'> => {
  const n = (id: string) => {
    const text = raw[id];
    const x = typeof text === 'string' ? parseNumber(text, 'number') : undefined;
    return typeof x === 'number' ? x : undefined;
  };
  const { ageUnit, ageBand } = raw as Pick<Patient, 'ageUnit' | 'ageBand'>;
  return { ageUnit, ageMonths: n('ageMonths'), ageYears: n('ageYears'), ageBand };
};
const tested = (s: string) => (raw: Raw) => is('testing', 'tested')(raw) && has('serotypes', s)(raw);
const resultOf = (s: string, raw: Raw) => ({ serotype: s, assay: raw[`assay_${s}`], result: raw[`result_${s}`] });

/** The closures of questions.ts before issue 24, by field id. */
const OLD: Record<string, (raw: Raw) => boolean> = {
  ageMonths: is('ageUnit', 'months'),
  ageYears: is('ageUnit', 'years'),
  premature: (raw) => asksPremature(ageOf(raw)),
  sex: (raw) => asksSex({ ...ageOf(raw), indication: raw.indication as string | undefined }),
  pregnancy: (raw) => asksPregnancy({ ...ageOf(raw), sex: raw.sex as string | undefined }),
  serotypes: is('testing', 'tested'),
  current: is('answer', 'some'),
  steroidDose: (raw) =>
    is('answer', 'some')(raw) && entriesOf(raw.current).some((e) => entryClasses(e).includes('corticosteroids')),
  aavSerotypes: has('platforms', 'aav'),
  altMultiple: is('altStatus', 'raised'),
  ...Object.fromEntries(
    v.AAV_SEROTYPES.flatMap((s) => [
      [`assay_${s}`, tested(s)],
      [`result_${s}`, tested(s)],
      [`titre_${s}`, (raw: Raw) => tested(s)(raw) && is(`result_${s}`, 'detected')(raw)],
      [`companionTest_${s}`, (raw: Raw) => tested(s)(raw) && asksCompanionTest(resultOf(s, raw))],
      [`assayVersion_${s}`, (raw: Raw) => tested(s)(raw) && asksAssayVersion(resultOf(s, raw))]
    ])
  )
};

function oldVisible(page: QuestionPage, raw: Raw, draft: Draft): string[] {
  const fields = PAGES[page].fields;
  if (page === 'condition')
    return fields.filter((f) => conditionFieldsFor(draft.patient?.indication).includes(f.id)).map((f) => f.id);
  if (page === 'target' && !asksDelivery(draft.patient?.indication))
    return fields.filter((f) => !(DELIVERY_FIELDS as readonly string[]).includes(f.id)).map((f) => f.id);
  return fields.filter((f) => !OLD[f.id] || OLD[f.id]!(raw)).map((f) => f.id);
}
const newVisible = (page: QuestionPage, raw: Raw, draft: Draft) => visibleFields(page, raw, draft).map((f) => f.id);

/** What a user may have typed on a page of a case: its answers, then any field's option or a number, never cleared. */
const typed = (page: QuestionPage) =>
  fc
    .dictionary(
      fc.constantFrom(...PAGES[page].fields.map((f) => f.id), ...(page === 'patient' ? ['ageBand'] : [])),
      fc.oneof(
        fc.constantFrom(...PAGES[page].fields.flatMap((f) => ('options' in f ? f.options.map((o) => o.value) : []))),
        fc.constantFrom(...v.AGE_BANDS),
        fc.integer({ min: 0, max: 120 }).map(String),
        fc.uniqueArray(fc.constantFrom(...v.AAV_SEROTYPES, 'aav', 'lv')),
        fc.constant('')
      ),
      { maxKeys: 6 }
    )
    // A radio can hold only one of its own options (or nothing): a value from another question cannot be typed.
    .map((d) =>
      Object.fromEntries(
        Object.entries(d).filter(([id, value]) => {
          const field = PAGES[page].fields.find((f) => f.id === id);
          return field?.kind !== 'radios' || value === '' || field.options.some((o) => o.value === value);
        })
      )
    );

describe('the branching as data', () => {
  test('shows the same questions as the closures, on every page of random complete cases', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        for (const page of QUESTION_PAGES) {
          const raw = fromSection(page, c[page]);
          expect(newVisible(page, raw, c)).toEqual(oldVisible(page, raw, c));
        }
      }),
      { numRuns: runs(300) }
    );
  });

  test('and while answers are being typed or changed over a case (numbers in the schema’s ranges)', () => {
    const pages: QuestionPage[] = ['patient', 'aavAntibodies', 'medicines', 'priorTherapyDetails', 'liver'];
    const edit = fc.constantFrom(...pages).chain((page) => typed(page).map((changes) => ({ page, changes })));
    fc.assert(
      fc.property(caseArbitrary, edit, (c, { page, changes }) => {
        const raw = { ...fromSection(page, c[page]), ...changes } as Raw;
        // The schema's own ranges: an age typed outside them is an error, not a branch.
        const m = Number(raw.ageMonths ?? 0);
        const y = Number(raw.ageYears ?? v.AGE_YEARS_MIN);
        fc.pre(m <= v.AGE_MONTHS_MAX && y >= v.AGE_YEARS_MIN && y <= v.AGE_YEARS_MAX);
        expect(newVisible(page, raw, c)).toEqual(oldVisible(page, raw, c));
      }),
      { numRuns: runs(500) }
    );
  });

  test('the optional pages open as before: the condition page by indication, the details by "yes"', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        expect(pageApplies('condition', c)).toBe(conditionFieldsFor(c.patient.indication).length > 0);
        expect(pageApplies('priorTherapyDetails', c)).toBe(c.priorTherapy.hadGeneTherapy === 'yes');
      }),
      { numRuns: runs(200) }
    );
  });

  test('a migrated case’s age band decides the premature, sex and pregnancy questions until an exact age is chosen', () => {
    const draft: Draft = { schemaVersion: 3 };
    for (const ageBand of v.AGE_BANDS)
      for (const sex of [undefined, ...v.SEX])
        for (const ageUnit of [undefined, 'years']) {
          const raw: Raw = {
            ageBand,
            indication: 'other',
            ...(sex ? { sex } : {}),
            ...(ageUnit ? { ageUnit, ageYears: '40' } : {})
          };
          expect(newVisible('patient', raw, draft)).toEqual(oldVisible('patient', raw, draft));
        }
  });
});
