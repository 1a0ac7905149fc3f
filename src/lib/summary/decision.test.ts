import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assess } from '../engine';
import { caseArbitrary } from '../fixtures/arbitrary';
import { patients } from '../fixtures/patients';
import { factLabel, platforms, rules } from '../knowledge';
import { decide, UNKNOWNS_ON_TOP } from './decision';
import { platformReasons, RESTATES } from './reasons';

const patient = (id: string) => patients.find((p) => p.id === id)!.case;
const decisionOf = (id: string) => decide(assess(patient(id)));
const ruleOf = (text: string) => rules.find((r) => r.text === text)?.id;

describe('the decision at the top of the summary', () => {
  test.each(patients.map((p) => [p.id, p.case] as const))(
    '%s: each fit line names the finding behind the level',
    (_, c) => {
      const a = assess(c);
      for (const line of decide(a).fits) {
        const p = a.platforms.find((x) => x.id === line.id)!;
        expect(line.fit).toBe(p.fit);
        const finding = p.findings.find((f) => f.ruleId === line.reason.ruleId);
        if (p.fit === 'not_advised') expect(finding?.strength).toBe('exclude');
        if (p.fit === 'favoured') expect(finding?.strength).toBe('favours');
        const platformCons = p.findings.filter((f) => f.direction === 'against' && f.scope === 'platform');
        if (p.fit === 'caution' && platformCons.some((f) => f.strength !== 'note'))
          expect(finding?.scope, 'a platform finding decides a platform caution').toBe('platform');
      }
    }
  );

  test('the most serious finding: a platform ruled out, then a platform left without a product', () => {
    expect(decisionOf('muscle-cargo-too-large').fits.find((f) => f.mostSerious)?.reason.ruleId).toBe('cargo-over-aav');
    expect(decisionOf('nmibc-transplant-immunosuppressed').fits.find((f) => f.mostSerious)?.id).toBe('adv');
    // Roctavian is the only AAV product for haemophilia A: its exclusion outranks the cautions.
    expect(decisionOf('haemophilia-a-aav5-positive').fits.find((f) => f.mostSerious)?.reason.ruleId).toBe(
      'roctavian-aav5-antibodies'
    );
    // Itvisma is ruled out for an infant while Zolgensma remains: the systemic-adenovirus strong caution outranks it.
    const sma = decisionOf('sma-infant-aav9');
    expect(sma.fits.find((f) => f.mostSerious)?.reason.ruleId).toBe('systemic-adv');
    expect(sma.mostSerious).toBeNull();
  });

  test('the most serious finding is named once: on its fit line, or apart when no line names it', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const d = decide(assess(c));
        const flagged = d.fits.filter((f) => f.mostSerious);
        expect(flagged.length + (d.mostSerious ? 1 : 0)).toBeLessThanOrEqual(1);
        if (d.mostSerious) expect(d.fits.map((f) => f.reason.ruleId)).not.toContain(d.mostSerious.ruleId);
        for (const p of d.products)
          for (const e of p.excluded) expect(d.fits.map((f) => f.reason.text)).not.toContain(e.text);
      }),
      { numRuns: 500, seed: 7 }
    );
  });

  test('before dosing: the unknown label checks to find out, the actions, each once', () => {
    const beqvez = decisionOf('haemophilia-b-liver-aav').products.find((p) => p.id === 'beqvez')!;
    expect(beqvez.status).toBe('check_needed');
    // Discontinued: nothing to prepare, only its note.
    expect(beqvez.before.map((t) => t.kind)).toEqual(['note']);
    const zynteglo = decisionOf('tdt-ex-vivo-lv').products.find((p) => p.id === 'zynteglo')!;
    // The iron-chelator rule gives an action: it is shown as the action, not again as a note.
    expect(zynteglo.before.map((t) => t.kind)).toEqual(['do']);
    expect(zynteglo.before[0]!.text).toMatch(/iron chelators/);
    const zolgensma = decisionOf('sma-neonate-maternal-antibodies').products.find((p) => p.id === 'zolgensma')!;
    expect(zolgensma.before.map((t) => [t.kind, ruleOf(t.text)])).toContainEqual(['consider', 'zolgensma-aav9-titre']);
    const elevidys = decisionOf('dmd-exon-8-9-non-ambulatory').products[0]!;
    expect(elevidys.status).toBe('not_eligible');
    expect(elevidys.before).toEqual([]);
    expect(elevidys.excludedAbove).toEqual(['aav']);
    expect(elevidys.excluded.map((e) => ruleOf(e.text))).toEqual(['elevidys-non-ambulatory']);
  });

  test('a product check left unknown asks for the answers it needs', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const a = assess(c);
        const d = decide(a);
        for (const p of a.products) {
          if (p.status === 'not_eligible' || p.marketStatus === 'discontinued') continue;
          const line = d.products.find((x) => x.id === p.id)!;
          const asked = line.before.filter((t) => t.kind === 'check').map((t) => t.text);
          for (const check of p.checks.filter((x) => x.result === 'unknown'))
            for (const label of check.unknownPaths.map(factLabel))
              expect(
                asked.some((t) => t.includes(label)),
                `${p.id}: ${label}`
              ).toBe(true);
        }
      }),
      { numRuns: 300, seed: 11 }
    );
  });

  test('every unknown is listed once, and the top names the first few', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const a = assess(c);
        const d = decide(a);
        const labels = d.unknowns.flatMap((g) => g.labels);
        expect(new Set(labels).size).toBe(labels.length);
        expect(new Set(labels)).toEqual(new Set(a.unknowns.map((u) => u.label)));
        const top = d.unknownsTop.flatMap((g) => g.labels);
        expect(top).toEqual(labels.slice(0, UNKNOWNS_ON_TOP));
        expect(d.unknownsMore).toBe(labels.length - top.length);
      }),
      { numRuns: 300, seed: 13 }
    );
  });
});

describe('reasons without repeats', () => {
  test.each(Object.entries(RESTATES))('%s restates general statements of its platform', (ruleId, texts) => {
    const rule = rules.find((r) => r.id === ruleId);
    expect(rule, ruleId).toBeDefined();
    const general = platforms
      .filter((p) => rule!.target.platforms?.includes(p.id as 'adv' | 'lv' | 'aav'))
      .flatMap((p) => [...p.pros, ...p.cons].map((s) => s.text));
    for (const text of texts) expect(general).toContain(text);
  });

  test('a general limitation is left out only when a finding for this patient says it', () => {
    const large = assess(patient('muscle-cargo-too-large')).platforms.find((p) => p.id === 'aav')!;
    const small = assess(patient('haemophilia-b-liver-aav')).platforms.find((p) => p.id === 'aav')!;
    const texts = (p: typeof large) => platformReasons(p).against.map((r) => r.text);
    expect(texts(large)).not.toContain('Small capacity (about 4.7 kb).');
    expect(texts(large).some((t) => t.startsWith('Cargo above about 4.7 kb'))).toBe(true);
    expect(texts(small)).toContain('Small capacity (about 4.7 kb).');
    const systemic = assess(patient('haemophilia-b-liver-aav')).platforms.find((p) => p.id === 'adv')!;
    expect(platformReasons(systemic).against.map((r) => r.text)).not.toContain(
      'Systemic high doses cause dose-dependent cytokine toxicity (a death in 1999).'
    );
  });
});
