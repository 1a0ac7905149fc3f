/**
 * Render-level property tests: the real summary, review and what-if components render, on the server
 * (svelte/server), for a thousand random valid cases each, with no error and no part replaced by its
 * fallback. Svelte checks keyed {#each} blocks for duplicate keys only in the browser, so the lists the
 * summary keys by an id are checked for unique ids here too (tests/random-cases.spec.ts renders in Chromium).
 */
import fc from 'fast-check';
import { render } from 'svelte/server';
import { afterEach, describe, expect, test } from 'vitest';
import type { Case } from '../case/schema';
import { caseArbitrary } from '../fixtures/arbitrary';
import { knowledgeOf, summaryViewOf } from '../fixtures/summary-view';
import { PLATFORM_SHORT } from '../knowledge/platform-ids';
import { FIT_WORDS } from '../words/assessment';
import { teaching } from '../teaching/mode.svelte';
import { knowledgeFor } from '../knowledge';
import { changeAnswer } from '../teaching/whatif';
import { wizard } from '../wizard/actor.svelte';
import { fromSection } from '../wizard/forms';
import { pathFor } from '../wizard/pages';
import ReviewPage from './ReviewPage.svelte';
import SummaryPage from './SummaryPage.svelte';
import CarePlan from './summary/CarePlan.svelte';
import PlatformDetails from './summary/PlatformDetails.svelte';
import ProductChecks from './summary/ProductChecks.svelte';
import { carePlans } from '../engine/care-plan';
import WhatIfPanel from './teaching/WhatIfPanel.svelte';
import WhatIfResult from './teaching/WhatIfResult.svelte';
import AlignedTable from './teaching/AlignedTable.svelte';
import PredictView from './teaching/PredictView.svelte';
import RevealList from './teaching/RevealList.svelte';
import { alignAnswers, alignDecisions } from '../teaching/compare';
import { predictRows, reveal } from '../teaching/predict';
import { runs } from '../testing/runs';

const RUNS = runs(1000);
const SEED = 20261202;
export const FALLBACK = 'This part could not be shown; the rest of the summary is complete — please report it.';

/** Opens the case as a share link or a case file does: the wizard holds it at review. */
const open = (c: Case) => wizard.send({ type: 'LOAD', case: c });
/** Text without tags, with the entities the summary's words contain decoded. */
const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const unique = (ids: string[]) => expect(new Set(ids).size, ids.join(', ')).toBe(ids.length);

afterEach(() => {
  teaching.on = false;
});

describe('the summary renders for every valid case', () => {
  test(`${RUNS} random valid cases, teaching mode on and off: every part, no fallback`, () => {
    fc.assert(
      fc.property(caseArbitrary, fc.boolean(), (c, teachingOn) => {
        open(c);
        teaching.on = teachingOn;
        const page = render(SummaryPage, { props: { knowledge: knowledgeOf(c) } }).body;
        const view = summaryViewOf(c);
        // The parts the page loads on demand (screen-only details, the care plan's view), rendered as it renders them.
        const context = new Map<unknown, unknown>([
          ['citations', () => view.numbers],
          ['sources', () => knowledgeOf(c).sourceById]
        ]);
        const parts = [
          render(ProductChecks, { props: { products: view.assessment.products }, context }).body,
          ...view.assessment.platforms.map(
            (p) => render(PlatformDetails, { props: { platform: p, reasons: view.reasons[p.id] }, context }).body
          ),
          render(CarePlan, { props: { assessment: view.assessment }, context }).body
        ];
        const html = [page, ...parts].join('');
        const body = text(html);
        expect(body).not.toContain(FALLBACK);
        // Every step of every care plan is on the page, with when it happens.
        for (const plan of carePlans(view.assessment))
          for (const item of plan.items) expect(body).toContain(item.text.replace(/\s+/g, ' '));
        for (const p of view.assessment.platforms)
          expect(body).toContain(`${PLATFORM_SHORT[p.id]} ${FIT_WORDS[p.fit]}`);
        for (const heading of [
          'At a glance',
          'Side-by-side comparison',
          'Each platform in detail',
          'Basis and sources'
        ])
          expect(body).toContain(heading);
        expect(body).toContain('How this was reached Answers used');
        // Every statement whose sources are numbered is on the page: a product's approval and label facts too.
        for (const p of view.assessment.products)
          for (const f of p.facts) expect(body).toContain(f.text.replace(/\s+/g, ' '));
        expect(html.match(/<li id="source-\d+"/g)?.length).toBe(view.basis.length);
      }),
      { numRuns: RUNS, seed: SEED }
    );
  }, 180_000);

  test(`${RUNS} random valid cases: every list the summary keys by an id has unique ids`, () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const { assessment: a, comparison, basis, decision } = summaryViewOf(c);
        unique(a.platforms.map((p) => p.id));
        unique(a.products.map((p) => p.id));
        for (const p of a.products) unique(p.checks.map((x) => x.ruleId));
        unique(a.serotypes.map((s) => s.id));
        unique(comparison.map((r) => r.id));
        unique(basis.map((s) => s.id));
        unique(decision.unknowns.map((g) => g.effect));
        unique(decision.unknownsTop.map((g) => g.effect));
      }),
      { numRuns: RUNS, seed: SEED }
    );
  }, 180_000);
});

describe('review and the what-if render for every valid case', () => {
  test(`${RUNS} random valid cases: the review page lists the answers`, () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        open(c);
        const body = text(render(ReviewPage).body);
        expect(body).toContain('Check your answers');
        expect(body).toContain('Continue to the summary');
      }),
      { numRuns: RUNS, seed: SEED }
    );
  }, 180_000);

  test(`${RUNS} random pairs of cases: the what-if panel, and the change from one case's answers to the other's`, async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, caseArbitrary, fc.nat(), async (original, other, n) => {
        const panel = text(render(WhatIfPanel, { props: { original } }).body);
        expect(panel).toContain('Show what changes');
        const pages = pathFor(original);
        const page = pages[n % pages.length]!;
        const result = await changeAnswer(original, page, fromSection(page, other[page]), knowledgeFor);
        const body = text(render(WhatIfResult, { props: { result } }).body);
        expect(body).toContain(result.ok ? 'What changes' : 'Check the answers above');
      }),
      { numRuns: RUNS, seed: SEED }
    );
  }, 180_000);
});

describe('the teaching views render for every valid case', () => {
  test(`${RUNS} random pairs of cases: the comparison shows every row of both, differences marked in words`, () => {
    fc.assert(
      fc.property(caseArbitrary, caseArbitrary, (a, b) => {
        const rows = [
          ...alignAnswers(a, b),
          ...alignDecisions(summaryViewOf(a).assessment, summaryViewOf(b).assessment)
        ];
        const html = render(AlignedTable, { props: { rows, a: 'Case A', b: 'Case B', caption: 'Compared' } }).body;
        const body = text(html);
        for (const r of rows) expect(body).toContain(r.label.replace(/\s+/g, ' '));
        expect(html.match(/<tr class="[^"]*\bdiffers\b/g)?.length ?? 0).toBe(rows.filter((r) => r.differs).length);
        expect(body.match(/ Differs /g)?.length ?? 0).toBe(rows.filter((r) => r.differs).length);
        unique(rows.map((r) => r.key));
      }),
      { numRuns: RUNS, seed: SEED }
    );
  }, 120_000);

  test(`${RUNS} random cases and predictions: predict shows the answers, not the decision; the reveal shows it all`, () => {
    fc.assert(
      fc.property(caseArbitrary, fc.array(fc.nat(), { maxLength: 8 }), (c, picks) => {
        const before = text(render(PredictView, { props: { c, learningPoints: ['LEARNING-POINT'] } }).body);
        expect(before).toContain('The answers');
        expect(before).not.toContain('LEARNING-POINT');
        const { assessment } = summaryViewOf(c);
        const rows = predictRows(assessment);
        unique(rows.map((r) => r.key));
        const predictions = Object.fromEntries(
          rows.flatMap((r, i) =>
            picks[i] === undefined ? [] : [[r.key, r.choices[picks[i]! % r.choices.length]!.value]]
          )
        );
        const shown = reveal(rows, predictions);
        const body = text(
          render(RevealList, { props: { shown, knowledge: knowledgeOf(c), learningPoints: ['LEARNING-POINT'] } }).body
        );
        expect(body).toContain(`The class got ${shown.right} of ${shown.total}`);
        for (const r of shown.rows) {
          expect(body).toContain(`${r.name}: ${r.actualWords}`);
          for (const b of r.because) expect(body).toContain(b.text.replace(/\s+/g, ' '));
        }
        expect(body).toContain('LEARNING-POINT');
      }),
      { numRuns: RUNS, seed: SEED }
    );
  }, 120_000);
});
