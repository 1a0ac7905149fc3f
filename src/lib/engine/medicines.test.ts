/**
 * What each medicine means around these therapies, written from the sources' own words (knowledge/interactions.ts):
 * each interaction's trigger and timing, inside and outside its step, and the classes the rules read.
 */
import { describe, expect, test } from 'vitest';
import type { Case, MedicineEntry } from '../case/schema';
import { withPatch, type Patch } from '../fixtures/build';
import { composeKnowledge } from '../knowledge/compose';
import { knowledgeFor, medicineKnowledge, products } from '../knowledge';
import { assess, assessWith } from '.';
import { medicineItems } from './medicines';

const med = (id: string): MedicineEntry => {
  const m = medicineKnowledge.medicineById.get(id)!;
  return { id, classes: [...m.classes] };
};
const taking = (entries: MedicineEntry[], p: Patch = {}): Case =>
  withPatch({ medicines: { answer: 'some', current: entries }, ...p });
const items = (c: Case) => medicineItems(c, knowledgeFor(c.patient.indication));
const item = (c: Case, id: string) => items(c).find((i) => i.interactionId === id);
const hsc = (indication: string): Patch => ({
  patient: { indication },
  target: { tissue: 'hsc_ex_vivo', route: 'ex_vivo' }
});
const outcome = (c: Case, ruleId: string) => assess(c).rules.find((r) => r.ruleId === ruleId)?.result;

describe('stem-cell mobilisation and busulfan conditioning', () => {
  // Lyfgenia: "discontinuation of hydroxyurea for at least 2 months prior to the start of each HSC mobilization cycle"
  test('hydroxyurea for Lyfgenia: stop 2 months before each mobilisation', () => {
    const i = item(taking([med('hydroxyurea')], hsc('scd')), 'hydroxyurea-lyfgenia');
    expect(i?.timing).toEqual({ offset: -2, unit: 'month', anchor: 'mobilisation' });
    expect(i?.action).toBe('stop_before');
    expect(i?.products).toEqual(['lyfgenia']);
  });

  test('hydroxyurea outside a stem-cell product (a liver target) meets nothing', () => {
    expect(
      item(
        taking([med('hydroxyurea')], { patient: { indication: 'scd' }, target: { tissue: 'liver' } }),
        'hydroxyurea-lyfgenia'
      )
    ).toBeUndefined();
  });

  test('the rule’s action is shown once, with the timing the interaction gives it', () => {
    const actions = assess(taking([med('hydroxyurea')], hsc('scd'))).medicationActions;
    const rule = actions.filter((a) => a.ruleId === 'hydroxyurea-lv-mobilisation');
    expect(rule).toHaveLength(1);
    expect(rule[0]!.timings).toEqual([{ offset: -2, unit: 'month', anchor: 'mobilisation' }]);
    expect(actions.some((a) => a.ruleId === 'interaction:hydroxyurea-lyfgenia')).toBe(false);
  });

  // Zynteglo leaflet: "Do not use iron chelators for at least 7 days before … and for 6 months after"
  test('iron chelators for Zynteglo: stop 7 days before conditioning, none for 6 months after the dose', () => {
    const c = taking([med('deferasirox')], hsc('tdt'));
    expect(item(c, 'iron-chelators-zynteglo-before')?.timing).toEqual({
      offset: -7,
      unit: 'day',
      anchor: 'conditioning'
    });
    expect(item(c, 'iron-chelators-zynteglo-after')?.timing).toEqual({ offset: 6, unit: 'month', anchor: 'dose' });
  });

  // Busulfan label: "Discontinue iron chelating agents well in advance" — no interval, so none is given.
  test('iron chelators and busulfan: well in advance, with no invented interval', () => {
    const i = item(taking([med('deferasirox')], hsc('tdt')), 'iron-chelators-busulfan');
    expect(i?.timing).toBeUndefined();
    expect(i?.products).toEqual(['zynteglo', 'casgevy']);
  });

  // Busulfan label: "use of acetaminophen prior to (less than 72 hours) or concurrent with"
  test('paracetamol: none in the 72 hours before conditioning', () => {
    expect(item(taking([med('paracetamol')], hsc('tdt')), 'paracetamol-busulfan')?.timing).toEqual({
      offset: -3,
      unit: 'day',
      anchor: 'conditioning'
    });
  });

  // "Itraconazole decreases busulfan clearance by up to 25%"; "Fluconazole (200 mg) has been used"
  test('itraconazole meets busulfan; fluconazole does not', () => {
    expect(item(taking([med('itraconazole')], hsc('tdt')), 'azoles-metronidazole-busulfan')?.action).toBe('monitor');
    expect(item(taking([med('fluconazole')], hsc('tdt')), 'azoles-metronidazole-busulfan')).toBeUndefined();
  });

  // Fitzhugh 2009: "routine usage of G-CSF in individuals with SCD should be avoided"
  test('G-CSF in sickle cell disease: choose another; in thalassaemia the entry does not apply', () => {
    expect(item(taking([med('filgrastim')], hsc('scd')), 'g-csf-sickle-cell')?.action).toBe('choose_another');
    expect(item(taking([med('filgrastim')], hsc('tdt')), 'g-csf-sickle-cell')).toBeUndefined();
  });

  test('voxelotor before stem-cell collection is flagged for review, unverified, with no interval', () => {
    const i = item(taking([med('voxelotor')], hsc('scd')), 'sickle-cell-modifiers-hsc');
    expect(i).toMatchObject({ action: 'review', verified: false });
    expect(i?.timing).toBeUndefined();
  });
});

describe('procedures and tests', () => {
  // ABN guideline Table 2: "Clopidogrel, ticagrelor, prasugrel 7 days"; warfarin "withhold for 5 days"
  test.each([
    ['clopidogrel', 'p2y12-intrathecal', -7],
    ['ticagrelor', 'p2y12-intrathecal', -7],
    ['warfarin', 'warfarin-intrathecal', -5]
  ])('%s before the intrathecal injection (Itvisma): hold %s days before', (id, interaction, days) => {
    const c = taking([med(id)], { patient: { indication: 'sma' } });
    expect(item(c, interaction)?.timing).toEqual({ offset: days, unit: 'day', anchor: 'dose' });
  });

  test('apixaban before the intrathecal injection: hold it, the interval by drug and kidney function (hours)', () => {
    const i = item(taking([med('apixaban')], { patient: { indication: 'sma' } }), 'anticoagulants-intrathecal');
    expect(i?.action).toBe('stop_before');
    expect(i?.timing).toBeUndefined();
  });

  // ASH-SAP: "One-stage FVIII (PTT based) False increase"; use chromogenic FVIII with bovine reagents
  test('emicizumab in haemophilia A: factor VIII after Roctavian by a chromogenic bovine assay', () => {
    const i = item(taking([med('emicizumab')], { patient: { indication: 'haemophilia_a' } }), 'emicizumab-fviii-assay');
    expect(i?.action).toBe('test_differently');
    expect(i?.text).toMatch(/chromogenic/);
  });

  test('emicizumab in haemophilia B meets no Roctavian step', () => {
    expect(
      item(taking([med('emicizumab')], { patient: { indication: 'haemophilia_b' } }), 'emicizumab-fviii-assay')
    ).toBeUndefined();
  });

  // Villalba 2022: false positives with "platforms targeting the 5'LTR" after lentivirus-based CAR-T
  test('PrEP and a CAR-T (LV) product: HIV tests by integrase NAT or serology', () => {
    const c = taking([med('emtricitabine-tenofovir-df')], {
      patient: { indication: 'b_cell' },
      target: { tissue: 't_cells_ex_vivo', route: 'ex_vivo' }
    });
    expect(item(c, 'antiretrovirals-hiv-testing-after-lv')?.platforms).toEqual(['lv']);
    expect(item(c, 'antiretrovirals-lv-collection')).toBeUndefined();
  });
});

describe('classes, as the rules read them', () => {
  test('a medicine of two classes triggers both: methotrexate is an immunosuppressant and can harm the liver', () => {
    const c = taking([med('methotrexate')], { target: { tissue: 'liver' } });
    expect(outcome(c, 'immunocompromised-adv')).toBe('met');
    expect(outcome(c, 'hepatotoxic-drugs-liver-aav')).toBe('met');
  });

  test('a medicine of two classes meets the interactions of both: phenytoin with busulfan and with sirolimus', () => {
    const c = taking([med('phenytoin')], hsc('tdt'));
    expect(item(c, 'phenytoin-busulfan')).toBeDefined();
    expect(item(c, 'cyp3a4-inducers-sirolimus')).toBeDefined();
  });

  test('a class recorded without a name (a migrated tick) meets the class’s interactions, named as such', () => {
    const i = item(taking([{ class: 'hydroxyurea' }], hsc('scd')), 'hydroxyurea-lyfgenia');
    expect(i?.medicines).toEqual(['a medicine of the class hydroxyurea (name not recorded)']);
  });

  test('a name typed as free text is never matched: it meets no interaction, and a class rule is unknown, not "no"', () => {
    const c = taking([{ name: 'Hydrea' }], { ...hsc('scd'), target: { tissue: 'liver' } });
    expect(items(c)).toEqual([]);
    expect(outcome(c, 'hepatotoxic-drugs-liver-aav')).toBe('unknown');
  });

  test('the list’s classes count over those a case file recorded for a listed medicine', () => {
    const c = taking([{ id: 'methotrexate', classes: [] }], { target: { tissue: 'liver' } });
    expect(outcome(c, 'hepatotoxic-drugs-liver-aav')).toBe('met');
  });

  test('without the medicines list loaded, there are no interaction items and the rules read the recorded classes', () => {
    const c = taking([med('hydroxyurea')], hsc('scd'));
    const k = composeKnowledge(products.filter((p) => p.indications.includes('scd')));
    expect(medicineItems(c, k)).toEqual([]);
    expect(assessWith(k, c).rules.find((r) => r.ruleId === 'hydroxyurea-lv-mobilisation')?.result).toBe('met');
  });
});
