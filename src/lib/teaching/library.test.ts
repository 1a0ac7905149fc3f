import { describe, expect, test } from 'vitest';
import type { Case } from '../case/schema';
import { patients } from '../knowledge/examples';
import { knowledgeFor } from '../knowledge';
import { PRODUCTS_BY_INDICATION } from '../knowledge/catalogue';
import {
  filterOptions,
  filtersFrom,
  filtersQuery,
  libraryEntry,
  matches,
  NO_FILTER,
  POINTS_OF,
  PRODUCT_PLATFORM,
  type TeachingPoint
} from './library';

const entries = patients.map(libraryEntry);

/** Teaching points that a case's answers show on their own: a tag without its answer, or the reverse, is wrong. */
const SHOWN_BY: Partial<Record<TeachingPoint, (c: Case) => boolean>> = {
  prior: (c) => c.priorTherapy.hadGeneTherapy === 'yes',
  cargo: (c) => (c.target.cargoKb ?? 0) > 4.7,
  medicines: (c) => c.medicines.answer === 'some',
  dividing: (c) => c.target.route === 'ex_vivo',
  infections: (c) =>
    !['negative', 'not_known'].includes(c.infections.hiv) ||
    !['none', 'not_known'].includes(c.infections.hbv) ||
    !['none', 'not_known'].includes(c.infections.hcv),
  immunity: (c) => c.immunity.immunosuppressed === 'yes'
};

describe('the example library', () => {
  test('every example has teaching points, and every point names an example', () => {
    expect(Object.keys(POINTS_OF).sort()).toEqual(patients.map((p) => p.id).sort());
    for (const e of entries) expect(e.points.length, e.id).toBeGreaterThan(0);
  });

  test.each(Object.entries(SHOWN_BY))(
    'the "%s" point is on exactly the examples whose answers show it',
    (point, shown) => {
      for (const p of patients)
        expect(POINTS_OF[p.id]!.includes(point as TeachingPoint), `${p.id}: ${point}`).toBe(shown!(p.case));
    }
  );

  test('the platform of each approved product is the knowledge base’s', () => {
    for (const [indication, ids] of Object.entries(PRODUCTS_BY_INDICATION)) {
      const products = knowledgeFor(indication as keyof typeof PRODUCTS_BY_INDICATION).products;
      for (const id of ids) {
        const platform = products.find((p) => p.id === id)!.platform;
        expect(PRODUCT_PLATFORM[id], id).toBe(['adv', 'lv', 'aav'].includes(platform) ? platform : undefined);
      }
    }
  });

  test('the index gives away no answer: no learning point and no fit level is on a card', () => {
    for (const p of patients) {
      const card = JSON.stringify(libraryEntry(p));
      for (const point of p.learningPoints) expect(card).not.toContain(point);
      expect(card).not.toMatch(/favoured|caution|not_advised|meets_criteria|not_eligible/);
    }
  });

  test('filters: each option counts the examples it shows, and filters combine', () => {
    const options = filterOptions(entries);
    for (const key of ['condition', 'platform', 'point'] as const)
      for (const o of options[key])
        expect(entries.filter((e) => matches(e, { ...NO_FILTER, [key]: o.value })).length).toBe(o.count);
    const sma = entries.filter((e) => matches(e, { condition: 'sma', platform: '', point: 'antibodies' }));
    expect(sma.map((e) => e.id).sort()).toEqual(
      ['sma-infant-aav9', 'sma-neonate-maternal-antibodies', 'sma-prior-aav9'].sort()
    );
    expect(entries.filter((e) => matches(e, { ...NO_FILTER, platform: 'none' })).map((e) => e.id)).toEqual([
      'muscle-cargo-too-large',
      'liver-unknown-heavy'
    ]);
  });

  test('filters round-trip through the address, and unknown values are dropped', () => {
    const f = { condition: 'dmd', platform: 'aav', point: 'label' };
    expect(filtersFrom(new URLSearchParams(filtersQuery(f)), entries)).toEqual(f);
    expect(filtersFrom(new URLSearchParams('?condition=nonsense&point=<b>'), entries)).toEqual(NO_FILTER);
    expect(filtersQuery(NO_FILTER)).toBe('');
  });
});
