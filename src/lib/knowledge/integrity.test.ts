import { describe, expect, test } from 'vitest';
import { parseCase } from '../case/parse';
import { assess } from '../engine';
import { ruleCase, ruleCases } from '../fixtures/rule-cases';
import {
  FACTS,
  followUp,
  interactions,
  knowledgeBase,
  medicineList,
  monitoring,
  platforms,
  products,
  rules,
  serotypes,
  sources,
  tissues
} from '.';
import { highStakesStatements, missingQuotes } from './high-stakes';
import { predicatePaths } from './paths';
import * as schema from './schema';
import { TISSUES, INDICATIONS } from '../case/values';

const statements = [
  ...platforms.flatMap((p) => [...Object.values(p.properties), ...p.variants.map((v) => v.note), ...p.pros, ...p.cons]),
  ...tissues.flatMap((t) => Object.values(t.platforms)),
  ...serotypes.map((s) => s.tropism),
  ...products.flatMap((p) => [p.approval, ...p.labelFacts, ...(p.marketNote ? [p.marketNote] : [])])
];
const productBases = products.flatMap((p) => [
  ...p.criteria.flatMap((c) => c.basis),
  ...p.regimen.flatMap((r) => r.basis)
]);
/** Rules, monitoring items and follow-up entries with the basis they give (follow-up ids are `follow-up-<platform>`). */
const cited = [
  ...rules.map((r) => ({ id: r.id, sources: r.sources, basis: r.basis ?? [] })),
  ...monitoring.map((m) => ({ id: m.id, sources: m.sources, basis: m.basis ?? [] })),
  ...followUp.map((f) => ({ id: `follow-up-${f.platform}`, sources: f.sources, basis: f.basis ?? [] }))
];
const bases = [...productBases, ...cited.flatMap((c) => c.basis)];
const citations = [
  ...statements.flatMap((s) => s.sources),
  ...bases.map((b) => b.source),
  ...rules.flatMap((r) => r.sources),
  ...monitoring.flatMap((m) => m.sources),
  ...followUp.flatMap((f) => f.sources),
  ...medicineList.flatMap((m) => m.sources),
  ...interactions.flatMap((i) => [...i.sources, ...(i.basis ?? []).map((b) => b.source)])
];
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('the knowledge base', () => {
  test('has a semver version and a review date', () => {
    expect(knowledgeBase.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(knowledgeBase.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(products.every((p) => p.labelChecked.checked <= knowledgeBase.reviewed)).toBe(true);
  });

  test.each([
    ['sources', schema.sourceSchema, sources],
    ['platforms', schema.platformSchema, platforms],
    ['tissues', schema.tissueSchema, tissues],
    ['serotypes', schema.serotypeSchema, serotypes],
    ['products', schema.productSchema, products],
    ['rules', schema.ruleSchema, rules],
    ['monitoring items', schema.monitoringItemSchema, monitoring],
    ['follow-up entries', schema.followUpSchema, followUp],
    ['medicines', schema.medicineSchema, medicineList],
    ['interactions', schema.interactionSchema, interactions]
  ] as const)('%s parse against their zod schema', (_name, s, data) => {
    for (const item of data as unknown[]) expect(() => s.parse(item)).not.toThrow();
  });

  test.each([
    ['sources', ids(sources)],
    ['rules', ids(rules)],
    ['products', ids(products)],
    ['serotypes', ids(serotypes)],
    ['monitoring items', ids(monitoring)],
    ['platforms', ids(platforms)]
  ])('%s have unique ids', (_name, list) => {
    expect(new Set(list).size).toBe(list.length);
  });

  test('every cited source exists', () => {
    const known = new Set(ids(sources));
    expect(citations.filter((c) => !known.has(c))).toEqual([]);
  });

  test('every basis names a source in sources.ts', () => {
    const known = new Set(ids(sources));
    expect(bases.filter((b) => !known.has(b.source)).map((b) => `${b.source} (${b.section})`)).toEqual([]);
  });

  test('a rule, monitoring item or follow-up entry reads its basis in a source it cites', () => {
    expect(
      cited.flatMap((c) => c.basis.filter((b) => !c.sources.includes(b.source)).map((b) => `${c.id}: ${b.source}`))
    ).toEqual([]);
  });

  test('every high-stakes statement carries a quote, or is marked unverified', () => {
    const stakes = highStakesStatements({ rules, monitoring, followUp });
    // Each exclusion, numeric threshold, age limit, medication interval and follow-up duration.
    expect(stakes.length).toBeGreaterThan(0);
    expect(rules.filter((r) => r.strength === 'exclude').every((r) => stakes.some((s) => s.id === r.id))).toBe(true);
    const unquoted = stakes
      .filter((s) => s.verified && missingQuotes(s).length > 0)
      .map((s) => `${s.id}: ${missingQuotes(s).join('; ')}`);
    expect(unquoted).toEqual([]);
  });

  test('a rule compiled from a label criterion rests on that criterion’s basis', () => {
    for (const r of rules.filter((x) => x.criterion)) {
      const c = products.find((p) => p.id === r.criterion!.product)!.criteria.find((x) => x.id === r.criterion!.id)!;
      expect(r.basis).toEqual(c.basis);
      expect(r.verified).toBe(c.verified);
    }
  });

  test('no source is unused', () => {
    const cited = new Set(citations);
    expect(ids(sources).filter((id) => !cited.has(id))).toEqual([]);
  });

  test('every source that is not verified says what to check', () => {
    expect(sources.filter((s) => s.verification !== 'verified' && !s.unverifiedNote).map((s) => s.id)).toEqual([]);
  });

  test('source patient attributes are the case paths their rules read', () => {
    for (const s of sources) {
      const expected = new Set(
        [
          ...rules.filter((r) => r.sources.includes(s.id)),
          ...monitoring.filter((m) => m.sources.includes(s.id))
        ].flatMap((r) => (r.when ? predicatePaths(r.when) : []))
      );
      expect(s.patientAttributes).toEqual([...expected].sort());
    }
  });

  test('rules read only known facts, and target known products', () => {
    const productIds = new Set(ids(products));
    for (const r of rules) {
      expect(predicatePaths(r.when).filter((p) => !(p in FACTS))).toEqual([]);
      expect((r.target.products ?? []).filter((p) => !productIds.has(p))).toEqual([]);
    }
  });

  test('all 44 candidate rules of the clinical reference are encoded', () => {
    const covered = new Set(rules.flatMap((r) => r.candidates));
    const monitoringCandidates = [40, 41]; // encoded as monitoring items, see monitoring.ts
    const missing = Array.from({ length: 44 }, (_, i) => i + 1).filter(
      (n) => !covered.has(n) && !monitoringCandidates.includes(n)
    );
    expect(missing).toEqual([]);
    expect(monitoring.some((m) => m.platform === 'lv')).toBe(true);
    expect(monitoring.some((m) => m.platform === 'aav')).toBe(true);
  });

  test('every rule is reachable: some valid case makes it met', () => {
    for (const [id, met] of ruleCases) {
      const parsed = parseCase(ruleCase(id, met));
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(assess(parsed.case).rules.find((r) => r.ruleId === id)?.result).toBe('met');
    }
  });

  test('tissues and product indications use the case vocabulary', () => {
    expect(ids(tissues).sort()).toEqual([...TISSUES].sort());
    for (const p of products)
      expect(p.indications.filter((i) => !(INDICATIONS as readonly string[]).includes(i))).toEqual([]);
    for (const s of serotypes) expect(s.tissues.filter((t) => !(TISSUES as readonly string[]).includes(t))).toEqual([]);
  });

  test('a statement marked verified never rests on news or patient sources alone', () => {
    const kind = new Map(sources.map((src) => [src.id, src.kind]));
    const weak = (ids: readonly string[]) => ids.every((id) => kind.get(id) === 'news' || kind.get(id) === 'patient');
    const verified = [
      ...statements.map((st) => ({ what: st.text, verified: st.verified, sources: st.sources })),
      ...products.flatMap((p) => [
        ...p.criteria.map((c) => ({
          what: `${p.id}/${c.id}`,
          verified: c.verified,
          sources: c.basis.map((b) => b.source)
        })),
        ...p.regimen.map((r) => ({
          what: `${p.id}: ${r.text}`,
          verified: r.verified,
          sources: r.basis.map((b) => b.source)
        }))
      ]),
      ...rules.map((r) => ({ what: r.id, verified: r.verified, sources: r.sources })),
      ...monitoring.map((m) => ({ what: m.id, verified: m.verified, sources: m.sources })),
      ...followUp.map((f) => ({ what: `follow-up-${f.platform}`, verified: f.verified, sources: f.sources }))
    ];
    expect(verified.length).toBeGreaterThan(100);
    expect(verified.filter((v) => v.verified && weak(v.sources)).map((v) => v.what)).toEqual([]);
  });

  test('the AAV follow-up of up to 5 years is marked unverified', () => {
    expect(followUp.find((f) => f.platform === 'aav')).toMatchObject({ years: 5, verified: false });
  });
});

/** The quotes audit B (4 Dec 2026) found wrong, misattributed or superseded stay fixed (knowledge base 2.1.0). */
describe('audit B quote findings', () => {
  const quotesOf = (id: string) => bases.filter((b) => b.source === id).map((b) => b.quote ?? '');
  const zolgensma = products.find((p) => p.id === 'zolgensma')!;

  test('#19: the Zolgensma steroid course is quoted from the label: "for a total of 30 days"', () => {
    const steroid = zolgensma.regimen.find((r) => r.kind === 'immunosuppression')!;
    expect(steroid.basis.some((b) => b.quote?.includes('for a total of 30 days'))).toBe(true);
    expect(steroid.text).toContain('a total of 30 days');
    expect(bases.filter((b) => b.quote?.includes('continue for at least 30 days'))).toEqual([]);
  });

  test('#6: the Elevidys monitoring words are filed under the news summary they came from, unverified', () => {
    expect(quotesOf('fda-elevidys-2025-11').filter((q) => q.includes('weekly liver tests'))).toEqual([]);
    const users = [
      ...monitoring,
      ...products.flatMap((p) => p.regimen.map((r) => ({ ...r, sources: r.basis.map((b) => b.source) })))
    ].filter((x) => (x.basis ?? []).some((b) => b.quote?.includes('weekly liver tests for three months')));
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((x) => !x.verified && x.basis!.some((b) => b.source === 'particle-2025-elevidys'))).toBe(true);
  });

  test('#30: the 15-year follow-up quote is the RAPS restatement of the FDA 2020 guidance', () => {
    const raps = sources.find((x) => x.id === 'raps-ltfu')!;
    expect(raps.citation).toMatch(/library\.raps\.org/);
    expect(raps.citation).toMatch(/guidance of January 2020/);
    expect(sources.find((x) => x.id === 'fda-ltfu-2020')!.unverifiedNote).toMatch(/RAPS restatement/);
  });

  test('#5 and #25: statements resting only on superseded labels are unverified', () => {
    const superseded = ['elevidys-uspi-2023', 'zynteglo-label'];
    for (const id of superseded) expect(sources.find((x) => x.id === id)!.verification).toBe('partial');
    const only = cited.filter((c) => c.sources.length > 0 && c.sources.every((id) => superseded.includes(id)));
    const criteria = products.flatMap((p) =>
      p.criteria.filter((c) => c.basis.every((b) => superseded.includes(b.source)))
    );
    expect(
      only
        .map((c) => rules.find((r) => r.id === c.id) ?? monitoring.find((m) => m.id === c.id))
        .filter((x) => x?.verified)
    ).toEqual([]);
    expect(criteria.filter((c) => c.verified).map((c) => c.id)).toEqual([]);
    expect(rules.find((r) => r.id === 'pregnancy-lv')!.verified).toBe(false);
  });
});
