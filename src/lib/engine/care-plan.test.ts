import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assess } from '.';
import type { Case } from '../case/schema';
import { caseArbitrary } from '../fixtures/arbitrary';
import { patients } from '../knowledge/examples';
import { products } from '../knowledge';
import { approximateDays, type Timing } from '../knowledge/timing';
import { buildPlan, carePlans } from './care-plan';
import type { CarePlan, PlanItem } from './types';

const patient = (id: string) => patients.find((p) => p.id === id)!.case;
const planOf = (c: Case, product: string) => carePlans(assess(c)).find((p) => p.product === product)!;
const at = (offset: number, unit: Timing['unit'], anchor: Timing['anchor'] = 'dose'): Timing => ({
  offset,
  unit,
  anchor
});
/** The step whose quote contains `words`, with its timing. */
const stepQuoting = (product: string, words: string) =>
  products.find((p) => p.id === product)!.regimen.filter((r) => r.at && r.basis.some((b) => b.quote?.includes(words)));

/**
 * Each label step at its label timing, written from the label's own words: the quote, then the timing it gives.
 * (A step whose wording was not read is marked unverified in the data and is not in this table.)
 */
const LABEL_STEPS: [product: string, quote: string, step: string, start: Timing, end?: Timing][] = [
  ['zolgensma', 'One day prior to ZOLGENSMA infusion', 'immunosuppression', at(-1, 'day'), at(29, 'day')],
  ['zolgensma', 'at least weekly for the first month', 'monitoring', at(1, 'week'), at(1, 'month')],
  ['zolgensma', 'every other week for the second and third month', 'monitoring', at(1, 'month'), at(3, 'month')],
  ['zolgensma', 'monthly for the second and third months', 'monitoring', at(1, 'month'), at(3, 'month')],
  ['zolgensma', 'generally within the first 2 weeks', 'monitoring', at(0, 'day'), at(2, 'week')],
  ['roctavian', 'monitored for a minimum of 3 hours', 'monitoring', at(0, 'day')],
  ['roctavian', '给药后6个月内', 'contraception', at(0, 'day'), at(6, 'month')],
  ['roctavian', 'monitor weekly until week 26', 'monitoring', at(1, 'week'), at(26, 'week')],
  ['luxturna', 'starting 3 days before administration', 'immunosuppression', at(-3, 'day'), at(4, 'day')],
  ['luxturna', '≥6 days', 'dose', at(6, 'day')],
  ['elevidys', 'weekly liver tests for three months', 'monitoring', at(1, 'week'), at(3, 'month')],
  ['elevidys', 'weekly cardiac checks for one month', 'monitoring', at(1, 'week'), at(1, 'month')],
  ['zynteglo', 'at least 7 days before', 'medicine', at(-7, 'day', 'conditioning')],
  ['zynteglo', 'for 6 months after', 'medicine', at(0, 'day'), at(6, 'month')],
  ['zynteglo', 'at least 15 years', 'follow_up', at(0, 'day'), at(15, 'year')],
  ['zynteglo', 'mobilization followed by apheresis', 'collection', at(0, 'day', 'mobilisation')],
  ['skysona', 'at least every 3 months', 'monitoring', at(3, 'month')],
  ['skysona', 'before collection of cells', 'test', at(0, 'day', 'mobilisation')],
  ['lyfgenia', 'at least every 6 months', 'monitoring', at(6, 'month')],
  ['car-t', 'daily monitoring for at least one week', 'monitoring', at(0, 'day'), at(1, 'week')],
  ['itvisma', 'for at least 3 months', 'monitoring', at(2, 'month'), at(3, 'month')],
  ['adstiladrin', 'after 3 months', 'monitoring', at(3, 'month')],
  ['hemgenix', 'for at least 3 hours after', 'monitoring', at(0, 'day')]
];

describe('care plans: each label step at its label timing', () => {
  test.each(LABEL_STEPS)('%s — “%s”: %s', (product, quote, step, start, end) => {
    const steps = stepQuoting(product, quote);
    expect(steps.length, 'the quote is in the product’s regimen').toBeGreaterThan(0);
    expect(steps).toContainEqual(
      expect.objectContaining({ step, at: start, ...(end ? { until: end } : {}), jurisdiction: expect.any(String) })
    );
  });

  test('the 30 days of Zolgensma’s corticosteroid are 30 days, the day before the infusion included', () => {
    const [course] = stepQuoting('zolgensma', 'for a total of 30 days');
    expect(approximateDays(course!.until!) - approximateDays(course!.at!)).toBe(30);
  });

  test('every product with a timed regimen has every timed step, the dose and follow-up in its plan', () => {
    for (const p of products.filter((x) => x.regimen.some((r) => r.at))) {
      const example = patients.find((x) => x.case.patient.indication === p.indications[0]);
      if (!example) continue;
      const assessment = assess(example.case);
      const product = assessment.products.find((x) => x.id === p.id)!;
      const plan = buildPlan(assessment, product);
      const steps = plan.items.map((i) => i.step);
      expect(steps, p.id).toContain('dose');
      expect(steps, p.id).toContain('follow_up');
    }
  });
});

/** Whether two steps for the same test overlap in time ([at, until), an open end runs on). */
const overlap = (x: PlanItem, y: PlanItem) => {
  const start = (i: PlanItem) => approximateDays(i.at);
  const end = (i: PlanItem) => (i.until ? approximateDays(i.until) : Infinity);
  return start(x) < end(y) && start(y) < end(x);
};
const frequency = (i: PlanItem) => (i.every ? `${i.every.n} ${i.every.unit}` : 'none');

function contradictions(plan: CarePlan): string[] {
  const out: string[] = [];
  plan.items.forEach((x, i) =>
    plan.items.slice(i + 1).forEach((y) => {
      if (x.test && x.test === y.test && x.at.anchor === y.at.anchor && overlap(x, y) && frequency(x) !== frequency(y))
        out.push(`${plan.product}: ${x.test} ${frequency(x)} and ${frequency(y)}`);
    })
  );
  return out;
}

describe('one instruction per test at a time', () => {
  test('no product’s plan has two frequencies for the same test at the same time', () => {
    for (const p of products) {
      const plan: CarePlan = {
        product: p.id,
        name: p.name,
        background: [],
        items: p.regimen
          .filter((r) => r.at && r.step)
          .map((r) => ({
            ...r,
            at: r.at!,
            step: r.step!,
            jurisdiction: r.jurisdiction ?? 'both',
            sources: [],
            origin: 'label'
          }))
      };
      expect(contradictions(plan)).toEqual([]);
    }
  });

  test('for random cases, no plan has two frequencies for the same test at the same time', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        for (const plan of carePlans(assess(c))) expect(contradictions(plan)).toEqual([]);
      }),
      { numRuns: 200 }
    );
  }, 60_000);

  test('the platform monitoring lines are background, not steps of the plan', () => {
    const plan = planOf(patient('haemophilia-a-roctavian'), 'roctavian');
    expect(plan.background.map((m) => m.id)).toContain('aav-liver-tests');
    expect(plan.items.every((i) => i.origin !== 'platform' || i.step === 'follow_up')).toBe(true);
  });
});

describe('the plan of the haemophilia A patient (issue 19)', () => {
  const plan = planOf(patient('haemophilia-a-roctavian'), 'roctavian');

  test('never asks for a test the answers record as done', () => {
    const tests = plan.items.filter((i) => i.step === 'test').map((i) => i.test);
    expect(tests).not.toContain('anti-aav5');
    expect(tests).not.toContain('fviii-inhibitor');
    expect(tests).toContain('liver-baseline');
    // Without the companion-test result, the test is a step before the dose.
    const untested = { ...patient('haemophilia-a-roctavian'), aavAntibodies: { testing: 'not_tested' as const } };
    expect(planOf(untested, 'roctavian').items.map((i) => i.test)).toContain('anti-aav5');
  });

  test('has the ALT and factor VIII schedule, the contraception advice and follow-up, in time order', () => {
    expect(plan.items.filter((i) => i.test === 'alt').map((i) => i.every)).toEqual([
      { n: 1, unit: 'week' },
      { n: 6, unit: 'month' }
    ]);
    expect(plan.items.some((i) => i.test === 'fviii')).toBe(true);
    expect(plan.items.find((i) => i.step === 'contraception')?.until).toEqual(at(6, 'month'));
    expect(plan.items.at(-1)?.step).toBe('follow_up');
    const days = plan.items.filter((i) => i.step !== 'follow_up').map((i) => approximateDays(i.at));
    expect(days).toEqual([...days].sort((x, y) => x - y));
  });

  test('extra timed items from elsewhere (a medicine’s washout) take their place on the timeline', () => {
    const a = assess(patient('haemophilia-a-roctavian'));
    const washout: PlanItem = {
      step: 'medicine',
      text: 'Stop a hepatotoxic medicine.',
      at: at(-4, 'week'),
      by: true,
      jurisdiction: 'both',
      sources: ['ragni-2024'],
      verified: true,
      origin: 'label'
    };
    const items = buildPlan(a, a.products[0]!, [washout]).items;
    expect(items[0]).toEqual({ ...washout, origin: 'extra' });
  });
});

describe('the patient’s medicines on the plan (issue 20)', () => {
  const tdt = patient('tdt-ex-vivo-lv');
  const onHydroxyurea: Case = {
    ...tdt,
    medicines: { ...tdt.medicines, answer: 'some', current: [{ id: 'hydroxyurea', classes: ['hydroxyurea'] }] }
  };

  test('hydroxyurea is stopped by its interaction’s time before mobilisation, on the Zynteglo timeline', () => {
    const plan = planOf(onHydroxyurea, 'zynteglo');
    const steps = plan.items.filter((i) => i.step === 'medicine' && /hydroxyurea/i.test(i.text));
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ at: at(-1, 'month', 'mobilisation'), by: true, origin: 'extra' });
  });

  test('without the medicine there is no such step', () => {
    expect(planOf(tdt, 'zynteglo').items.filter((i) => /hydroxyurea/i.test(i.text))).toEqual([]);
  });

  test('a step the label regimen already gives (iron chelators 7 days before conditioning) is said once', () => {
    const chelators = planOf(tdt, 'zynteglo').items.filter((i) => i.step === 'medicine' && /chelator/i.test(i.text));
    const days = chelators.map((i) => `${i.at.anchor} ${approximateDays(i.at)}`);
    expect(new Set(days).size).toBe(days.length);
    expect(days).toContain('conditioning -7');
  });
});
