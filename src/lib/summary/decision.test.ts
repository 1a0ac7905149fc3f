import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assess } from '../engine';
import { caseArbitrary } from '../fixtures/arbitrary';
import { patients } from '../knowledge/examples';
import { platforms, rules } from '../knowledge';
import { decide, UNKNOWNS_ON_TOP } from './decision';
import { platformReasons, RESTATES } from './reasons';
import { printedDate } from '../words/summary';
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
    // SMA has products on AAV only: the adenovirus caution is no headline; Itvisma ruled out for an infant is.
    const sma = decisionOf('sma-infant-aav9');
    expect(sma.fits.find((f) => f.mostSerious)).toBeUndefined();
    expect(sma.mostSerious?.ruleId).toBe('itvisma-needs-age-2-or-over');
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
    // The iron-chelator rule gives an action: it is shown as the action, once, not again as a note; the busulfan
    // label's own advice on chelators (issue 20, interactions.ts) is a second action, from its own source.
    const iron = zynteglo.before.filter((t) => /iron chelat/i.test(t.text));
    expect(iron.map((t) => t.kind)).toEqual(['do', 'do']);
    expect(iron.filter((t) => /7 days before conditioning/.test(t.text))).toHaveLength(1);
    expect(iron.filter((t) => /Busulfan/.test(t.text))).toHaveLength(1);
    // The regimen: collection before; the stay near the centre after is a step of the care plan, not said twice.
    expect(zynteglo.before.map((t) => t.kind)).toContain('do');
    expect([...zynteglo.before, ...zynteglo.later].map((t) => t.text).join(' ')).not.toMatch(/3 to 6 weeks/);
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

describe('two kinds of case, each led by its own question (issue 19)', () => {
  test('haemophilia A, negative on the companion test: Roctavian first, no adenovirus alarm, no cargo unknown', () => {
    const a = assess(patient('haemophilia-a-roctavian'));
    const d = decide(a);
    expect(d.lead).toBe('products');
    expect(d.products.map((p) => [p.name, p.status])).toEqual([['Roctavian', 'meets_criteria']]);
    expect(d.mostSerious).toBeNull();
    expect(d.fits.filter((f) => f.mostSerious)).toEqual([]);
    expect(d.notEstablished).toEqual(['adv', 'lv']);
    expect(d.nothingOpen).toBeNull();
    expect(a.unknowns.map((u) => u.path)).not.toContain('target.cargoKb');
    // Before dosing: no test the answers record as done.
    const todo = d.products[0]!.before.map((t) => t.text).join(' ');
    expect(todo).not.toMatch(/companion test|inhibitor test/i);
  });

  test('the same man with cirrhosis: no gene therapy is open, said first, and LV is not ranked above AAV unsaid', () => {
    const d = decisionOf('haemophilia-a-cirrhosis');
    expect(d.nothingOpen?.text).toMatch(/^No gene therapy approved for this condition is open to this patient/);
    expect(d.fits.filter((f) => f.established).map((f) => f.id)).toEqual(['aav']);
    expect(d.fits.find((f) => f.id === 'lv')).toMatchObject({ fit: 'caution', established: false });
  });

  test('what the labels point to instead, only where a source says it', () => {
    const cald = decisionOf('cald-matched-donor').nothingOpen!;
    expect(cald.otherwise.map((o) => o.text).join(' ')).toMatch(/allogeneic stem-cell transplantation/);
    expect(cald.otherwise.every((o) => o.sources.length > 0)).toBe(true);
    // Cirrhosis contraindicates Hemgenix on the EU label (the US label has no such contraindication).
    const eu = patient('haemophilia-b-cirrhosis');
    const haemophiliaB = decide(assess({ ...eu, patient: { ...eu.patient, jurisdiction: 'EU' } })).nothingOpen!;
    expect(haemophiliaB.otherwise.map((o) => o.text).join(' ')).toMatch(/factor IX prophylaxis continues/);
    expect(decisionOf('haemophilia-a-cirrhosis').nothingOpen!.otherwise).toEqual([]);
  });

  test('a condition without products (research) leads with the platforms, as before', () => {
    const c = {
      ...patient('haemophilia-a-roctavian'),
      patient: { ...patient('haemophilia-a-roctavian').patient, indication: 'other' as const }
    };
    const d = decide(assess(c));
    expect(d.lead).toBe('platforms');
    expect(d.notEstablished).toEqual([]);
    expect(d.nothingOpen).toBeNull();
  });

  test('for random cases, the red headline is never about a platform with no product for a condition that has one', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const a = assess(c);
        const d = decide(a);
        if (a.products.length === 0) return;
        const made = a.products.filter((p) => p.marketStatus !== 'discontinued').map((p) => p.platform);
        for (const f of d.fits.filter((x) => x.mostSerious)) expect(made).toContain(f.id);
        if (d.mostSerious) {
          const finding = a.platforms
            .flatMap((p) => p.findings.map((f) => ({ p: p.id, f })))
            .filter((x) => x.f.ruleId === d.mostSerious!.ruleId);
          expect(finding.some((x) => made.includes(x.p))).toBe(true);
        }
      }),
      { numRuns: 200 }
    );
  }, 60_000);
});

describe('each medication action is said in one place (one plan, not several lists)', () => {
  test('an action that names no product is on the line of every shown product of its platform, and not listed apart', () => {
    const a = assess(patient('scd-hiv-lv'));
    const lv = a.medicationActions.filter((m) => m.products.length === 0 && m.platforms.includes('lv'));
    expect(lv.length, 'the HIV actions for LV stem-cell therapy').toBeGreaterThan(0);
    const d = decide(a);
    const lyfgenia = d.products.find((p) => p.id === 'lyfgenia')!;
    const todo = [...lyfgenia.before, ...lyfgenia.later].map((t) => t.text);
    for (const m of lv) expect(todo).toContain(m.text);
    for (const m of lv) expect(d.actions.map((x) => x.text)).not.toContain(m.text);
    // Casgevy is not an LV product: the LV actions are not on its line.
    const casgevy = d.products.find((p) => p.id === 'casgevy')!;
    for (const m of lv) expect([...casgevy.before, ...casgevy.later].map((t) => t.text)).not.toContain(m.text);
  });

  test('an action is never both on a product line and listed apart; one for a platform is always in one of them', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const a = assess(c);
        const d = decide(a);
        for (const m of a.medicationActions) {
          const onLine = d.products.some((p) => [...p.before, ...p.later].some((t) => t.text === m.text));
          const apart = d.actions.some((x) => x.text === m.text);
          expect(onLine && apart, m.ruleId).toBe(false);
          if (m.products.length === 0) expect(onLine || apart, m.ruleId).toBe(true);
        }
      }),
      { numRuns: runs(300) }
    );
  });
});
