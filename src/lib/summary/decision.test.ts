import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assess } from '../engine';
import { caseArbitrary } from '../fixtures/arbitrary';
import { patients } from '../fixtures/patients';
import { platforms, rules } from '../knowledge';
import { decide, UNKNOWNS_ON_TOP } from './decision';
import { platformReasons, RESTATES } from './reasons';
import { printedDate } from './words';
import { runs } from '../testing/runs';

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
    // A platform ruled out outranks everything: the adenovirus exclusion for an immunosuppressed patient.
    const nmibc = decisionOf('nmibc-transplant-immunosuppressed').fits.find((f) => f.mostSerious)!;
    expect([nmibc.id, nmibc.fit, nmibc.reason.ruleId]).toEqual(['adv', 'not_advised', 'immunocompromised-adv']);
    // Roctavian is the only AAV product for haemophilia A: its exclusion outranks the cautions.
    const haemophiliaA = decisionOf('haemophilia-a-aav5-positive').fits.find((f) => f.mostSerious)!;
    expect(haemophiliaA.id).toBe('aav');
    expect(haemophiliaA.reason.ruleId).toMatch(/^roctavian-/);
    // Itvisma is ruled out for an infant while Zolgensma remains: the systemic-adenovirus strong caution outranks it.
    const sma = decisionOf('sma-infant-aav9');
    expect(sma.fits.find((f) => f.mostSerious)?.reason.ruleId).toBe('systemic-adv');
    expect(sma.mostSerious).toBeNull();
  });

  test('the most serious finding is named once: on its fit line, or apart when no line names it', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const a = assess(c);
        const d = decide(a);
        const flagged = d.fits.filter((f) => f.mostSerious);
        expect(flagged.length + (d.mostSerious ? 1 : 0)).toBeLessThanOrEqual(1);
        if (d.mostSerious) expect(d.fits.map((f) => f.reason.ruleId)).not.toContain(d.mostSerious.ruleId);
        // A product criterion named as the most serious finding is not named again on its product's line.
        const owner =
          d.mostSerious && a.products.find((p) => p.criteria.some((c) => c.ruleId === d.mostSerious!.ruleId));
        if (owner) {
          const line = d.products.find((p) => p.id === owner.id)!;
          const text = owner.criteria.find((c) => c.ruleId === d.mostSerious!.ruleId)!.text;
          expect(line.excludedBySerious).toBe(true);
          expect(line.excluded.map((e) => e.text).join(' ')).not.toContain(text);
        }
        for (const p of d.products)
          for (const e of p.excluded) expect(d.fits.map((f) => f.reason.text)).not.toContain(e.text);
      }),
      { numRuns: runs(500), seed: 7 }
    );
  });

  test('before dosing: the unknown label checks to find out, the actions, each once', () => {
    const beqvez = decisionOf('haemophilia-b-liver-aav').products.find((p) => p.id === 'beqvez')!;
    expect(beqvez.status).toBe('check_needed');
    // Discontinued: nothing to prepare, only its note.
    expect(beqvez.before).toEqual([]);
    expect(beqvez.later.map((t) => t.kind)).toEqual(['note']);
    const zynteglo = decisionOf('tdt-ex-vivo-lv').products.find((p) => p.id === 'zynteglo')!;
    // The iron-chelator rule gives an action: it is shown as the action, not again as a note.
    const iron = zynteglo.before.filter((t) => /iron chelat/i.test(t.text));
    expect(iron.map((t) => t.kind)).toEqual(['do']);
    // The regimen: collection before, a stay near the centre after.
    expect(zynteglo.before.map((t) => t.kind)).toContain('do');
    expect(zynteglo.later.map((t) => t.kind)).toContain('plan');
    // Regimen text that starts with "Before dosing:" loses it under the "Before dosing" heading.
    const hemgenix = decisionOf('haemophilia-b-liver-aav').products.find((p) => p.id === 'hemgenix')!;
    expect(hemgenix.before.map((t) => t.text).join(' ')).not.toMatch(/Before dosing/i);
    // A strong caution met on a product that meets its criteria is something to weigh before dosing.
    const itvisma = decisionOf('sma-prior-aav9').products.find((p) => p.id === 'itvisma')!;
    expect(itvisma.status).toBe('meets_criteria');
    expect(itvisma.before.map((t) => [t.kind, ruleOf(t.text)])).toContainEqual(['consider', 'prior-aav9-same-capsid']);
    const elevidys = decisionOf('dmd-exon-8-9-non-ambulatory').products[0]!;
    expect(elevidys.status).toBe('not_eligible');
    expect([...elevidys.before, ...elevidys.later]).toEqual([]);
    // One failed criterion is the AAV line's reason; the other is named here, once.
    expect(elevidys.excludedAbove).toEqual(['aav']);
    expect(elevidys.excluded.map((e) => e.text)).toEqual([expect.stringMatching(/^Excluded: .*exon 8/)]);
  });

  test('a product check left unknown asks for the answers it needs', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const a = assess(c);
        const d = decide(a);
        for (const p of a.products) {
          // Not sold where the labels were chosen: the line says so instead (as for a discontinued product).
          const unavailable = p.availability !== undefined && p.availability.status !== 'not_checked';
          if (p.status === 'not_eligible' || p.marketStatus === 'discontinued' || unavailable) continue;
          const line = d.products.find((x) => x.id === p.id)!;
          const asked = line.before.filter((t) => t.kind === 'check').map((t) => t.text);
          for (const criterion of p.criteria.filter((x) => x.verdict === 'unknown'))
            expect(asked, `${p.id}: ${criterion.text}`).toContain(criterion.needs);
        }
      }),
      { numRuns: runs(300), seed: 11 }
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
      { numRuns: runs(300), seed: 13 }
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

describe('the printed date', () => {
  test('reads as the en-GB long date, for every month', () => {
    for (let m = 0; m < 12; m++) {
      const d = new Date(2026, m, m + 1);
      expect(printedDate(d)).toBe(d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
    }
  });
});
