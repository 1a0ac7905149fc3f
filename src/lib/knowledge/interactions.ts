/**
 * What each medicine means around these therapies (issue 20): data, cited. Each entry names the medicines (ids)
 * or classes it meets, the therapy step, the products or platforms, what to do and, where a source states it,
 * when (a Timing relative to mobilisation, conditioning or the dose; knowledge/timing.ts). An entry whose
 * source was not read is `verified: false` and has no timing: no washout interval is ever invented here.
 * The engine turns the entries that meet a case into medication actions and timed items (engine/medicines.ts).
 */
import { all, eq } from './build';
import { read } from './products/define';
import type { Interaction } from './schema';

const hscTarget = eq('target.tissue', 'hsc_ex_vivo');
const liverTarget = eq('target.tissue', 'liver');
const scd = eq('patient.indication', 'scd');
const LIVER_PRODUCTS = ['roctavian', 'hemgenix'];
/** Products given after busulfan myeloablation (clinical-facts §1c, §4). */
const BUSULFAN_PRODUCTS = ['zynteglo', 'lyfgenia', 'skysona', 'lenmeldy', 'casgevy'];

const ABN_TABLE = 'Table 2, managing antithrombotics before lumbar puncture (creatinine clearance ≥50 mL/min)';

export const interactions: Interaction[] = [
  // Stem-cell mobilisation, apheresis and busulfan conditioning
  {
    id: 'hydroxyurea-lyfgenia',
    classes: ['hydroxyurea'],
    step: 'mobilisation_apheresis',
    when: hscTarget,
    target: { products: ['lyfgenia'] },
    action: 'stop_before',
    timing: { offset: -2, unit: 'month', anchor: 'mobilisation' },
    text: 'Stop hydroxyurea at least 2 months before each mobilisation cycle, until apheresis is complete (Lyfgenia).',
    rule: 'hydroxyurea-lv-mobilisation',
    sources: ['lyfgenia-label'],
    basis: [
      read(
        'lyfgenia-label',
        '7 (interaction monograph quoting the maker)',
        'discontinuation of hydroxyurea for at least 2 months prior to the start of each HSC mobilization cycle, and until all cycles of apheresis have been completed'
      )
    ],
    verified: true
  },
  {
    id: 'hydroxyurea-zynteglo',
    classes: ['hydroxyurea'],
    step: 'mobilisation_apheresis',
    when: hscTarget,
    target: { products: ['zynteglo'] },
    action: 'stop_before',
    timing: { offset: -1, unit: 'month', anchor: 'mobilisation' },
    text: 'Stop hydroxyurea at least 1 month before stem-cell collection (Zynteglo; the patient leaflet, not the label, says so).',
    rule: 'hydroxyurea-lv-mobilisation',
    sources: ['zynteglo-patient-info'],
    basis: [
      read(
        'zynteglo-patient-info',
        'proper use (patient leaflet)',
        'Do not use hydroxyurea or medicine to treat HIV for at least 1 month before having a procedure to collect your blood.'
      )
    ],
    verified: true
  },
  {
    id: 'iron-chelators-zynteglo-before',
    classes: ['iron_chelators'],
    step: 'busulfan_conditioning',
    when: hscTarget,
    target: { products: ['zynteglo'] },
    action: 'stop_before',
    timing: { offset: -7, unit: 'day', anchor: 'conditioning' },
    text: 'Stop iron chelators at least 7 days before conditioning (Zynteglo).',
    rule: 'iron-chelators-zynteglo',
    sources: ['zynteglo-patient-info'],
    basis: [
      read(
        'zynteglo-patient-info',
        'proper use (patient leaflet)',
        'Do not use iron chelators for at least 7 days before receiving a cancer medicine and for 6 months after receiving this medicine.'
      )
    ],
    verified: true
  },
  {
    id: 'iron-chelators-zynteglo-after',
    classes: ['iron_chelators'],
    step: 'busulfan_conditioning',
    when: hscTarget,
    target: { products: ['zynteglo'] },
    action: 'avoid_after',
    timing: { offset: 6, unit: 'month', anchor: 'dose' },
    text: 'No iron chelators for 6 months after the Zynteglo infusion.',
    rule: 'iron-chelators-zynteglo',
    sources: ['zynteglo-patient-info'],
    basis: [
      read(
        'zynteglo-patient-info',
        'proper use (patient leaflet)',
        'Do not use iron chelators for at least 7 days before receiving a cancer medicine and for 6 months after receiving this medicine.'
      )
    ],
    verified: true
  },
  {
    id: 'iron-chelators-busulfan',
    classes: ['iron_chelators'],
    step: 'busulfan_conditioning',
    when: hscTarget,
    target: { platforms: ['lv'], products: BUSULFAN_PRODUCTS },
    action: 'stop_before',
    text: 'Busulfan: stop iron chelators well in advance of conditioning; deferasirox lowers busulfan clearance (the label gives no interval).',
    sources: ['busulfan-label'],
    basis: [
      read(
        'busulfan-label',
        '7.1 Drugs that decrease busulfan clearance',
        'Discontinue iron chelating agents well in advance of administration of Busulfan Injection to avoid increased exposure to busulfan.'
      )
    ],
    verified: true
  },
  {
    id: 'paracetamol-busulfan',
    medicines: ['paracetamol', 'paracetamol-high-dose'],
    step: 'busulfan_conditioning',
    when: hscTarget,
    target: { platforms: ['lv'], products: BUSULFAN_PRODUCTS },
    action: 'stop_before',
    timing: { offset: -3, unit: 'day', anchor: 'conditioning' },
    text: 'Busulfan: no paracetamol (acetaminophen) in the 72 hours before or during conditioning; it may lower busulfan clearance.',
    sources: ['busulfan-label'],
    basis: [
      read(
        'busulfan-label',
        '7.1 Drugs that decrease busulfan clearance',
        'use of acetaminophen prior to (less than 72 hours) or concurrent with Busulfan Injection may result in reduced busulfan clearance'
      )
    ],
    verified: true
  },
  {
    id: 'azoles-metronidazole-busulfan',
    medicines: ['itraconazole', 'metronidazole'],
    step: 'busulfan_conditioning',
    when: hscTarget,
    target: { platforms: ['lv'], products: BUSULFAN_PRODUCTS },
    action: 'monitor',
    text: 'Busulfan: itraconazole (up to 25%) and metronidazole (more) lower busulfan clearance; metronidazole has been linked to busulfan toxicity. Monitor busulfan levels or choose another medicine; fluconazole has been used with busulfan.',
    sources: ['busulfan-label'],
    basis: [
      read(
        'busulfan-label',
        '7.1 Drugs that decrease busulfan clearance',
        'Itraconazole decreases busulfan clearance by up to 25%.'
      ),
      read(
        'busulfan-label',
        '7.1 Drugs that decrease busulfan clearance',
        'metronidazole coadministration has been associated with increased busulfan toxicity'
      )
    ],
    verified: true
  },
  {
    id: 'phenytoin-busulfan',
    medicines: ['phenytoin'],
    step: 'busulfan_conditioning',
    when: hscTarget,
    target: { platforms: ['lv'], products: BUSULFAN_PRODUCTS },
    action: 'monitor',
    text: 'Busulfan: phenytoin raises busulfan clearance by 15% or more; the dose was studied with phenytoin, so exposure differs without it. Tell the transplant pharmacist.',
    sources: ['busulfan-label'],
    basis: [
      read(
        'busulfan-label',
        '7.2 Drugs that increase busulfan clearance',
        'Phenytoin increases the clearance of busulfan by 15% or more'
      )
    ],
    verified: true
  },
  {
    id: 'g-csf-sickle-cell',
    classes: ['g_csf'],
    step: 'mobilisation_apheresis',
    when: all(scd, hscTarget),
    target: { products: ['lyfgenia', 'casgevy'] },
    action: 'choose_another',
    text: 'Sickle cell disease: avoid G-CSF (filgrastim and similar); severe vaso-occlusive crises, multi-organ failure and death have followed it. Plan mobilisation with the treatment centre.',
    sources: ['fitzhugh-2009-gcsf'],
    basis: [
      read(
        'fitzhugh-2009-gcsf',
        'abstract',
        'Unless further data demonstrate safety, routine usage of G-CSF in individuals with SCD should be avoided.'
      )
    ],
    verified: true
  },
  {
    id: 'sickle-cell-modifiers-hsc',
    classes: ['sickle_cell_modifiers'],
    step: 'mobilisation_apheresis',
    when: all(scd, hscTarget),
    target: { products: ['lyfgenia', 'casgevy'] },
    action: 'review',
    text: 'Voxelotor, crizanlizumab or L-glutamine before stem-cell collection: ask the treatment centre when to stop them. The label wording on these medicines was not read here, so no interval is given.',
    sources: ['casgevy-label', 'lyfgenia-label'],
    verified: false
  },
  {
    id: 'antiretrovirals-lv-collection',
    classes: ['antiretrovirals'],
    step: 'mobilisation_apheresis',
    when: hscTarget,
    target: { platforms: ['lv'] },
    action: 'review',
    text: 'Antiretrovirals (treatment or PrEP) before stem-cell collection: plan with the HIV specialist and the treatment centre; never stop HIV treatment on the strength of this summary.',
    rule: 'antiretrovirals-lv-collection',
    sources: ['zynteglo-patient-info'],
    verified: false
  },
  // Tests after the therapy
  {
    id: 'antiretrovirals-hiv-testing-after-lv',
    classes: ['antiretrovirals'],
    step: 'hiv_testing_after_lv',
    target: { platforms: ['lv'] },
    action: 'test_differently',
    text: 'HIV tests after an LV product (for example on PrEP): NATs that target the LTR can be falsely positive; use an integrase-target NAT or serology.',
    sources: ['villalba-2022', 'hauser-2020'],
    basis: [
      read(
        'villalba-2022',
        'abstract',
        "all reported false-positive cases have occurred in the setting of lentivirus-based CAR T-cell therapy and testing with FDA-approved platforms targeting the 5'LTR"
      ),
      read(
        'hauser-2020',
        'abstract',
        'retested negative using the Abbott m2000 RealTime HIV-1 assay, which targets the integrase gene'
      )
    ],
    verified: true
  },
  {
    id: 'emicizumab-fviii-assay',
    medicines: ['emicizumab'],
    step: 'factor_assays_after_liver_aav',
    target: { products: ['roctavian'] },
    action: 'test_differently',
    text: 'Emicizumab: one-stage (aPTT-based) factor VIII results read falsely high; measure factor VIII after Roctavian with a chromogenic assay using bovine reagents.',
    sources: ['ash-sap-emicizumab-labs'],
    basis: [
      read('ash-sap-emicizumab-labs', 'Table 3', 'One-stage FVIII (PTT based)* False increase'),
      read(
        'ash-sap-emicizumab-labs',
        'Table 3',
        'Chromogenic FVIII with bovine reagents (measure infused and/or endogenous FVIII)'
      )
    ],
    verified: true
  },
  {
    id: 'factor-concentrates-assays',
    medicines: ['factor-viii', 'factor-ix'],
    step: 'factor_assays_after_liver_aav',
    target: { products: ['roctavian', 'hemgenix', 'beqvez'] },
    action: 'test_differently',
    text: 'Factor concentrates: record the last infusion with each factor VIII or IX result after gene therapy; an infusion raises the measured level. No source on the interval was read.',
    sources: ['roctavian-uspi', 'hemgenix-label'],
    verified: false
  },
  // Liver-directed AAV
  {
    id: 'hepatotoxic-liver-aav',
    classes: ['hepatotoxic_drugs'],
    step: 'liver_aav_hepatotoxicity',
    when: liverTarget,
    target: { platforms: ['aav'], products: LIVER_PRODUCTS },
    action: 'stop_before',
    timing: { offset: -6, unit: 'week', anchor: 'dose' },
    text: 'Stop medicines that can harm the liver 4–6 weeks before liver-directed AAV (shown at 6 weeks); review their use weekly to week 26.',
    rule: 'hepatotoxic-drugs-liver-aav',
    sources: ['ragni-2024'],
    basis: [read('ragni-2024', 'Table 2', 'Hepatotoxic drugs: discontinue 4-6 wk before gene therapy')],
    verified: true
  },
  // Immunosuppression around AAV
  {
    id: 'cyp3a4-inhibitors-sirolimus',
    classes: ['strong_cyp3a4_inhibitors'],
    step: 'sirolimus',
    target: { platforms: ['aav'] },
    action: 'monitor',
    text: 'If sirolimus is part of the immunosuppression plan: strong CYP3A4 inhibitors (azoles, clarithromycin, boosted antiretrovirals) raise sirolimus exposure many-fold; monitor sirolimus levels or choose another medicine.',
    sources: ['sirolimus-ketoconazole-ddi', 'buck-2006-sirolimus'],
    basis: [
      read(
        'sirolimus-ketoconazole-ddi',
        'monograph',
        'mean sirolimus peak plasma concentration (Cmax) and systemic exposure (AUC) increased by approximately 4- and 11-fold'
      ),
      read(
        'buck-2006-sirolimus',
        'Drug interactions',
        'Administration of sirolimus with CYP3A4 inhibitors will result in a decrease in metabolism and an increase in sirolimus concentrations.'
      )
    ],
    verified: true
  },
  {
    id: 'cyp3a4-inducers-sirolimus',
    classes: ['strong_cyp3a4_inducers'],
    step: 'sirolimus',
    target: { platforms: ['aav'] },
    action: 'monitor',
    text: 'If sirolimus is part of the immunosuppression plan: CYP3A4 inducers (rifampicin, carbamazepine, phenytoin, phenobarbital, St John’s wort) lower sirolimus levels; monitor them.',
    sources: ['buck-2006-sirolimus'],
    basis: [
      read(
        'buck-2006-sirolimus',
        'Drug interactions',
        "concomitant use with CYP3A4 inducers, such as carbamazepine, phenobarbital, phenytoin, rifabutin, rifampin, rifapentine, or St. John's wort, may increase the rate of CYP3A4 activity and reduce sirolimus concentrations"
      )
    ],
    verified: true
  },
  {
    id: 'cyp3a4-modifiers-steroids',
    classes: ['strong_cyp3a4_inhibitors', 'strong_cyp3a4_inducers'],
    step: 'prophylactic_steroids',
    target: { platforms: ['aav'] },
    action: 'review',
    text: 'Prophylactic corticosteroids: strong CYP3A4 inhibitors or inducers may change steroid exposure; review the steroid plan. Not verified: the labels’ interaction sections were not read.',
    sources: ['roctavian-uspi'],
    verified: false
  },
  {
    id: 'live-vaccines-aav-steroids',
    classes: ['live_vaccines'],
    step: 'prophylactic_steroids',
    target: { platforms: ['aav'] },
    action: 'review',
    text: 'Live vaccines and the AAV steroid course: give them before the course, or at least 1 month after immunosuppressive steroid doses stop.',
    sources: ['immunize-live-vaccines'],
    basis: [
      read(
        'immunize-live-vaccines',
        'Ask the Experts',
        'wait at least 1 month after discontinuation of therapy … before administering a live virus vaccine'
      )
    ],
    verified: true
  },
  {
    id: 'rsv-prophylaxis-zolgensma',
    medicines: ['palivizumab', 'nirsevimab'],
    step: 'prophylactic_steroids',
    target: { products: ['zolgensma'] },
    action: 'keep',
    text: 'RSV prophylaxis: keep it; the Zolgensma label recommends it around the steroid course.',
    sources: ['zolgensma-uspi'],
    basis: [
      read(
        'zolgensma-uspi',
        '17 Patient counselling (copy)',
        'Prophylaxis against respiratory syncytial virus is recommended'
      )
    ],
    verified: true
  },
  // Procedures
  {
    id: 'p2y12-intrathecal',
    medicines: ['clopidogrel', 'prasugrel', 'ticagrelor'],
    step: 'intrathecal_procedure',
    target: { products: ['itvisma'] },
    action: 'stop_before',
    timing: { offset: -7, unit: 'day', anchor: 'dose' },
    text: 'Intrathecal injection: hold clopidogrel, prasugrel or ticagrelor 7 days before (as for a lumbar puncture), with the cardiologist if there is a recent stent.',
    sources: ['abn-2018-lumbar-puncture'],
    basis: [read('abn-2018-lumbar-puncture', ABN_TABLE, 'Clopidogrel, ticagrelor, prasugrel7 days')],
    verified: true
  },
  {
    id: 'warfarin-intrathecal',
    medicines: ['warfarin'],
    step: 'intrathecal_procedure',
    target: { products: ['itvisma'] },
    action: 'stop_before',
    timing: { offset: -5, unit: 'day', anchor: 'dose' },
    text: 'Intrathecal injection: withhold warfarin for 5 days and check the INR on the day (as for a lumbar puncture); bridge if the thrombosis risk is high.',
    sources: ['abn-2018-lumbar-puncture'],
    basis: [
      read(
        'abn-2018-lumbar-puncture',
        ABN_TABLE,
        'Elective: withhold for 5 days and then check INR the day of the procedure'
      )
    ],
    verified: true
  },
  {
    id: 'anticoagulants-intrathecal',
    medicines: [
      'apixaban',
      'rivaroxaban',
      'edoxaban',
      'dabigatran',
      'enoxaparin',
      'dalteparin',
      'heparin',
      'fondaparinux',
      'dipyridamole'
    ],
    step: 'intrathecal_procedure',
    target: { products: ['itvisma'] },
    action: 'stop_before',
    text: 'Intrathecal injection: hold this anticoagulant for the interval the lumbar-puncture guideline gives for it (hours to days, by drug, dose and kidney function).',
    sources: ['abn-2018-lumbar-puncture'],
    basis: [read('abn-2018-lumbar-puncture', ABN_TABLE, 'Dabigatran 150–300 mg/day48–72 hours')],
    verified: true
  },
  {
    id: 'antithrombotics-eye-brain-ear-surgery',
    classes: ['anticoagulants', 'antiplatelets'],
    step: 'subretinal_procedure',
    target: { products: ['luxturna', 'kebilidi', 'otarmeni'] },
    action: 'review',
    text: 'Subretinal, intraputaminal (brain) or inner-ear surgery on anticoagulants or antiplatelets: plan them with the surgeon and anaesthetist. No source for these procedures was read, so no interval is given.',
    sources: ['luxturna-uspi', 'kebilidi-label'],
    verified: false
  },
  // Condition-specific products
  {
    id: 'sma-treatments-gene-therapy',
    classes: ['sma_treatments'],
    step: 'intrathecal_procedure',
    target: { products: ['zolgensma', 'itvisma'] },
    action: 'review',
    text: 'Nusinersen or risdiplam: decide with the SMA team whether to continue them around gene therapy; no label instruction was read.',
    sources: ['zolgensma-uspi', 'itvisma-approval-2025'],
    verified: false
  },
  {
    id: 'interferon-adstiladrin',
    classes: ['interferons'],
    step: 'label_contraindication',
    target: { products: ['adstiladrin'] },
    action: 'review',
    text: 'Interferon alfa now or before: Adstiladrin is contraindicated after a hypersensitivity reaction to interferon alfa; record any reaction on the condition page.',
    sources: ['adstiladrin-label'],
    basis: [
      read(
        'adstiladrin-label',
        '4 Contraindications (copy)',
        'contraindicated in patients with prior hypersensitivity reactions to interferon alfa'
      )
    ],
    verified: true
  }
];
