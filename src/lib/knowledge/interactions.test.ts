/** The medicines list and its interactions hold together: every id, class, product, rule and source they name exists. */
import { describe, expect, test } from 'vitest';
import { MEDICINES } from '../case/values';
import { fullKnowledge, interactions, medicineList, products, rules } from '.';

const ids = medicineList.map((m) => m.id);

describe('the medicines list', () => {
  test('ids are unique, and every name and brand is found once', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every class the rules and interactions read has a medicine in the list', () => {
    const listed = new Set(medicineList.flatMap((m) => m.classes));
    expect(MEDICINES.filter((c) => !listed.has(c))).toEqual([]);
  });

  test.each([
    ['emicizumab', ['factor_replacement']],
    ['voxelotor', ['sickle_cell_modifiers']],
    ['crizanlizumab', ['sickle_cell_modifiers']],
    ['voriconazole', ['strong_cyp3a4_inhibitors']],
    ['phenytoin', ['anticonvulsants', 'strong_cyp3a4_inducers']],
    ['filgrastim', ['g_csf', 'stem_cell_mobilisers']],
    ['valproate', ['anticonvulsants', 'hepatotoxic_drugs']],
    ['sirolimus', ['other_immunosuppressants', 'mtor_inhibitors']],
    ['nusinersen', ['sma_treatments']],
    ['risdiplam', ['sma_treatments']]
  ])('the issue’s examples can be entered: %s is in the list with its classes', (id, classes) => {
    expect(medicineList.find((m) => m.id === id)?.classes).toEqual(classes);
  });
});

describe('the interactions', () => {
  test('ids are unique', () => {
    const x = interactions.map((i) => i.id);
    expect(new Set(x).size).toBe(x.length);
  });

  test.each(interactions.map((i) => [i.id, i] as const))('%s names only what exists', (_id, i) => {
    for (const m of i.medicines ?? []) expect(ids).toContain(m);
    for (const p of i.target.products ?? []) expect(products.map((x) => x.id)).toContain(p);
    if (i.rule) expect(rules.map((r) => r.id)).toContain(i.rule);
    for (const s of [...i.sources, ...(i.basis ?? []).map((b) => b.source)])
      expect(fullKnowledge.sourceById.has(s), s).toBe(true);
  });

  test('a timing is given only by a verified interaction that quotes its source', () => {
    for (const i of interactions.filter((x) => x.timing)) {
      expect(i.verified, i.id).toBe(true);
      expect(
        i.basis?.every((b) => b.quote),
        i.id
      ).toBe(true);
    }
  });

  test('an interaction the sources do not state is shown as unverified and gives no interval', () => {
    const unverified = interactions.filter((i) => !i.verified);
    expect(unverified.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'sickle-cell-modifiers-hsc',
        'cyp3a4-modifiers-steroids',
        'antiretrovirals-lv-collection'
      ])
    );
    expect(unverified.every((i) => i.timing === undefined)).toBe(true);
  });
});
