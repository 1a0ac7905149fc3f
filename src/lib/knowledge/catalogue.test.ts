/**
 * The browser loads only the products of the case's condition. If this table or a loader were wrong, the
 * summary would silently leave a product out: these tests hold the browser's knowledge to Node's.
 */
import { describe, expect, test } from 'vitest';
import { INDICATIONS } from '../case/values';
import { assess, assessWith } from '../engine';
import { patients } from './examples';
import { summaryViewOf } from '../fixtures/summary-view';
import { followUp, knowledgeFor, monitoring, platforms, products, serotypes, tissues } from '.';
import { baseKnowledge } from './compose';
import type { Product } from './schema';
import { knowledgeLoader, listsMedicines, loadKnowledge, PRODUCT_MODULES, PRODUCTS_BY_INDICATION } from './catalogue';

describe('the catalogue of product modules', () => {
  test.each(INDICATIONS)('%s: the table lists exactly the products whose indication it is, in order', (indication) => {
    const expected = products.filter((p) => p.indications.includes(indication)).map((p) => p.id);
    expect(PRODUCTS_BY_INDICATION[indication]).toEqual(expected);
  });

  test('every product has a loader, and each loads that product', async () => {
    expect(Object.keys(PRODUCT_MODULES).sort()).toEqual(products.map((p) => p.id).sort());
    for (const p of products) expect(await PRODUCT_MODULES[p.id]!()).toBe(p);
  });

  test.each(INDICATIONS)('%s: the loaded knowledge is what Node composes', async (indication) => {
    const loaded = await loadKnowledge(indication, true);
    const node = knowledgeFor(indication);
    expect(loaded.products.map((p) => p.id)).toEqual(node.products.map((p) => p.id));
    expect(loaded.rules).toEqual(node.rules);
    expect(loaded.sources).toEqual(node.sources);
    expect(loaded.medicines).toBe(node.medicines);
  });

  test('a case that lists no medicines loads no medicines list, and its assessment is the same', async () => {
    const none = patients.find((p) => !listsMedicines(p.case))!.case;
    const k = await loadKnowledge(none.patient.indication);
    expect(k.medicines).toBeUndefined();
    expect(assessWith(k, none)).toEqual(assess(none));
  });

  test.each(patients.map((p) => [p.id, p.case] as const))('%s: the same assessment either way', async (_id, c) => {
    expect(assessWith(await loadKnowledge(c.patient.indication, listsMedicines(c)), c)).toEqual(assess(c));
  });

  test('a load that fails is tried afresh next time, and one that succeeds is kept', async () => {
    let calls = 0;
    let online = false;
    const load = knowledgeLoader({
      ...PRODUCT_MODULES,
      luxturna: () => (calls++, online ? PRODUCT_MODULES.luxturna!() : Promise.reject(new Error('offline')))
    });
    await expect(load('rpe65')).rejects.toThrow('offline');
    online = true;
    expect((await load('rpe65')).products.map((p) => p.id)).toEqual(['luxturna']);
    await load('rpe65');
    expect(calls).toBe(2);
  });
});

describe('an assessment uses only the knowledge of its condition', () => {
  // A product's own sources load with it: a statement of another condition citing one would have no source.
  test.each(INDICATIONS)('%s: every source its rules and products cite is in it', (indication) => {
    const k = knowledgeFor(indication);
    const statements = (p: Product) => [p.approval, ...p.labelFacts, ...(p.marketNote ? [p.marketNote] : [])];
    const cited = [
      ...k.rules.flatMap((r) => [...r.sources, ...(r.basis ?? []).map((b) => b.source)]),
      ...k.products.flatMap((p) => [
        ...statements(p).flatMap((x) => x.sources),
        ...[...p.criteria, ...p.regimen].flatMap((x) => x.basis.map((b) => b.source))
      ])
    ];
    expect([...new Set(cited)].filter((id) => !k.sourceById.has(id))).toEqual([]);
  });

  test('the statements every case can show cite only sources every condition loads', () => {
    const cited = [
      ...platforms.flatMap((p) => [
        ...Object.values(p.properties),
        ...p.variants.map((v) => v.note),
        ...p.pros,
        ...p.cons
      ]),
      ...tissues.flatMap((t) => Object.values(t.platforms)),
      ...serotypes.map((s) => s.tropism),
      ...monitoring,
      ...followUp
    ].flatMap((x: { sources: string[]; basis?: { source: string }[] }) => [
      ...x.sources,
      ...(x.basis ?? []).map((b) => b.source)
    ]);
    expect([...new Set(cited)].filter((id) => !baseKnowledge.sourceById.has(id))).toEqual([]);
  });

  test.each(patients.map((p) => [p.id, p.case] as const))('%s: every cited source is in its knowledge', (_id, c) => {
    const { basis } = summaryViewOf(c);
    expect(basis.every((s) => s.citation.length > 0)).toBe(true);
  });

  test.each(patients.map((p) => [p.id, p.case] as const))(
    '%s: no rule of another condition’s product is evaluated',
    (_id, c) => {
      const own = new Set(knowledgeFor(c.patient.indication).products.map((p) => p.id));
      const byId = new Map(knowledgeFor(c.patient.indication).rules.map((r) => [r.id, r]));
      for (const o of assess(c).rules) {
        const rule = byId.get(o.ruleId)!;
        if (rule.criterion) expect(own.has(rule.criterion.product)).toBe(true);
      }
    }
  );
});
