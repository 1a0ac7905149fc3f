/**
 * Each product's label criteria, tested from the label's own words: for every criterion, the
 * quote it rests on and answers just inside, just outside and unknown (and, for antibody limits,
 * every assay kind). The expected verdicts are read from the quote, not from the rule.
 */
import { describe, expect, test } from 'vitest';
import { parseCase } from '../../case/parse';
import { assess } from '../../engine';
import type { CriterionCheck } from '../../engine/types';
import { patch, quietAdult, type Patch } from '../../fixtures/build';
import { products } from '.';

const years = (ageYears: number): Patch => ({ patient: { ageUnit: 'years', ageYears, ageMonths: undefined } });
const months = (ageMonths: number): Patch => ({
  patient: { ageUnit: 'months', ageMonths, ageYears: undefined, pregnancy: undefined, premature: 'no' }
});
const ninetyPlus: Patch = { patient: { ageUnit: 'ninety_or_over', ageYears: undefined, pregnancy: undefined } };
const band = (ageBand: string): Patch => ({
  patient: { ageUnit: undefined, ageYears: undefined, ageBand, pregnancy: 'no' }
});
const cond = (c: Patch): Patch => ({ condition: c });
type Assay = 'neutralising' | 'total_binding' | 'not_known';
const ab = (serotype: string, assay: Assay, result: 'detected' | 'not_detected', more: Patch = {}): Patch => ({
  aavAntibodies: { testing: 'tested', results: [{ serotype, assay, result, ...more }] }
});
const notTested: Patch = { aavAntibodies: { testing: 'not_tested', results: undefined } };

type Row = {
  product: string;
  criterion: string;
  /** The label's words the expectations are read from. */
  label: string;
  pass: Patch[];
  fail: Patch[];
  unknown: Patch[];
  /** Whose labels the case chooses (US by default): a criterion only one label states is checked under it. */
  jurisdiction?: 'US' | 'EU';
};

const inf = (infections: Patch): Patch => ({ infections });
const pregnant: Patch = { patient: { pregnancy: 'pregnant' } };
const breastFeeding: Patch = { patient: { pregnancy: 'breastfeeding' } };
const notPregnant: Patch = { patient: { pregnancy: 'no' } };
/** "Active infections, either acute or uncontrolled chronic": the shared term, read the same for each label. */
const ACTIVE_INFECTION = {
  pass: [
    {},
    inf({ hiv: 'positive_controlled' }),
    inf({ hbv: 'past', hcv: 'past' }),
    inf({ acuteInfection: 'no', hiv: 'negative', hbv: 'none', hcv: 'none' })
  ],
  fail: [
    inf({ acuteInfection: 'yes' }),
    inf({ hiv: 'positive_uncontrolled' }),
    inf({ hbv: 'active' }),
    inf({ hcv: 'active' }),
    inf({ acuteInfection: 'not_known', hcv: 'active' })
  ],
  unknown: [inf({ acuteInfection: 'not_known' }), inf({ hiv: 'not_known' }), inf({ hcv: 'not_known' })]
};
const FIBROSIS = {
  pass: [{ liver: { fibrosis: 'none_or_mild' } }],
  fail: [{ liver: { fibrosis: 'advanced' } }, { liver: { fibrosis: 'cirrhosis' } }],
  unknown: [{ liver: { fibrosis: 'not_known' } }]
};
/** "a negative serum pregnancy test before mobilization and … before … conditioning": pregnancy, not breast-feeding. */
const PREGNANCY_BEFORE_CONDITIONING = {
  pass: [notPregnant, breastFeeding, years(70)],
  fail: [pregnant],
  unknown: [{ patient: { pregnancy: 'not_known' } }]
};

const INDICATION: Record<string, string> = Object.fromEntries(products.map((p) => [p.id, p.indications[0]!]));

const rows: Row[] = [
  // Zolgensma
  {
    product: 'zolgensma',
    criterion: 'under-2',
    label: 'pediatric patients less than 2 years of age',
    pass: [months(0), months(23), band('infant')],
    fail: [years(2), years(40), band('child')],
    unknown: []
  },
  {
    product: 'zolgensma',
    criterion: 'smn1-biallelic',
    label: 'with bi-allelic mutations in the survival motor neuron 1 (SMN1) gene',
    pass: [cond({ smn1Biallelic: 'yes' })],
    fail: [cond({ smn1Biallelic: 'no' })],
    unknown: [cond({ smn1Biallelic: 'not_known' })]
  },
  {
    product: 'zolgensma',
    criterion: 'aav9-titre',
    label: 'elevated anti-AAV9 antibody titers (>1:50) … binding antibodies with an enzyme-linked immunosorbent assay',
    pass: [ab('AAV9', 'total_binding', 'detected', { titre: 50 }), ab('AAV9', 'total_binding', 'not_detected')],
    fail: [ab('AAV9', 'total_binding', 'detected', { titre: 51 })],
    unknown: [
      ab('AAV9', 'neutralising', 'detected', { titre: 40 }),
      ab('AAV9', 'neutralising', 'not_detected'),
      ab('AAV9', 'not_known', 'detected', { titre: 10 }),
      ab('AAV9', 'total_binding', 'detected'),
      notTested
    ]
  },
  {
    product: 'zolgensma',
    criterion: 'infection',
    label: 'clinically stable … (e.g., hydration and nutritional status, absence of infection) prior to infusion',
    pass: [{ infections: { acuteInfection: 'no' } }],
    fail: [{ infections: { acuteInfection: 'yes' } }],
    unknown: [{ infections: { acuteInfection: 'not_known' } }]
  },
  // Itvisma
  {
    product: 'itvisma',
    criterion: 'age-2-or-over',
    label: 'adult and pediatric patients 2 years of age and older',
    pass: [years(2), years(89), ninetyPlus, band('child')],
    fail: [months(23), months(0), band('infant')],
    unknown: []
  },
  {
    product: 'itvisma',
    criterion: 'smn1-confirmed',
    label: 'with confirmed mutation in SMN1 gene',
    pass: [cond({ smn1Biallelic: 'yes' })],
    fail: [],
    unknown: [cond({ smn1Biallelic: 'no' }), cond({ smn1Biallelic: 'not_known' })]
  },
  // Luxturna
  {
    product: 'luxturna',
    criterion: 'age-12-months',
    label: '<12mos: not recommended',
    pass: [months(12), years(8)],
    fail: [months(11), months(0)],
    unknown: [band('infant')]
  },
  {
    product: 'luxturna',
    criterion: 'rpe65-biallelic',
    label: 'biallelic RPE65 mutation-associated retinal dystrophy',
    pass: [cond({ rpe65Biallelic: 'yes' })],
    fail: [cond({ rpe65Biallelic: 'no' })],
    unknown: [cond({ rpe65Biallelic: 'not_known' })]
  },
  {
    product: 'luxturna',
    criterion: 'viable-retinal-cells',
    label: 'Must have viable retinal cells as determined by physician',
    pass: [cond({ viableRetinalCells: 'yes' })],
    fail: [cond({ viableRetinalCells: 'no' })],
    unknown: [cond({ viableRetinalCells: 'not_known' })]
  },
  // Hemgenix
  {
    product: 'hemgenix',
    criterion: 'adult',
    label: 'for the treatment of adults with hemophilia B',
    pass: [years(18), years(70), band('adult')],
    fail: [years(17), years(2), band('adolescent')],
    unknown: []
  },
  {
    product: 'hemgenix',
    criterion: 'prophylaxis-or-bleeding',
    label:
      'who currently use Factor IX prophylaxis therapy, or have current or historical life-threatening hemorrhage, or have repeated, serious spontaneous bleeding episodes',
    pass: [cond({ haemophiliaBSelection: 'yes' })],
    fail: [cond({ haemophiliaBSelection: 'no' })],
    unknown: [cond({ haemophiliaBSelection: 'not_known' })]
  },
  {
    product: 'hemgenix',
    criterion: 'advanced-fibrosis-or-cirrhosis',
    jurisdiction: 'EU',
    label: 'active infection … advanced liver fibrosis … or cirrhosis',
    ...FIBROSIS
  },
  {
    product: 'hemgenix',
    criterion: 'active-infection',
    jurisdiction: 'EU',
    label: 'EU: chronic infection not controlled by medicines; active infection',
    ...ACTIVE_INFECTION
  },
  {
    product: 'hemgenix',
    criterion: 'factor-inhibitor-history',
    jurisdiction: 'EU',
    label: 'without a history of Factor IX inhibitors',
    pass: [{}],
    fail: [cond({ factorInhibitors: 'yes' })],
    unknown: [cond({ factorInhibitors: 'not_known' })]
  },
  {
    product: 'hemgenix',
    criterion: 'factor-inhibitor-test',
    label:
      'For patient selection: Perform Factor IX inhibitor titer testing (what follows a positive test was not read)',
    pass: [{}],
    fail: [],
    unknown: [cond({ factorInhibitors: 'yes' }), cond({ factorInhibitors: 'not_known' })]
  },
  // Roctavian
  {
    product: 'roctavian',
    criterion: 'adult',
    label: 'indicated for the treatment of adults with severe hemophilia A',
    pass: [years(18), ninetyPlus],
    fail: [years(17), band('adolescent')],
    unknown: []
  },
  {
    product: 'roctavian',
    criterion: 'severe',
    label: 'severe hemophilia A (congenital factor VIII deficiency with factor VIII activity < 1 IU/dL)',
    pass: [cond({ haemophiliaASevere: 'yes' })],
    fail: [cond({ haemophiliaASevere: 'no' })],
    unknown: [cond({ haemophiliaASevere: 'not_known' })]
  },
  {
    product: 'roctavian',
    criterion: 'aav5-negative-companion-test',
    label: 'without pre-existing antibodies to adeno-associated virus serotype 5 detected by an FDA-approved test',
    pass: [ab('AAV5', 'total_binding', 'not_detected', { companionTest: 'yes' })],
    fail: [ab('AAV5', 'total_binding', 'detected', { companionTest: 'yes' })],
    unknown: [
      ab('AAV5', 'neutralising', 'not_detected'),
      ab('AAV5', 'total_binding', 'not_detected', { companionTest: 'no' }),
      ab('AAV5', 'total_binding', 'not_detected', { companionTest: 'not_known' }),
      ab('AAV5', 'not_known', 'not_detected'),
      notTested
    ]
  },
  {
    product: 'roctavian',
    criterion: 'active-infection',
    label: 'Active infections, either acute or uncontrolled chronic',
    ...ACTIVE_INFECTION
  },
  {
    product: 'roctavian',
    criterion: 'advanced-fibrosis-or-cirrhosis',
    label: 'Known significant hepatic fibrosis (stage 3 or 4), or cirrhosis',
    ...FIBROSIS
  },
  // Beqvez
  {
    product: 'beqvez',
    criterion: 'aavrh74var-nab-negative',
    label: 'do not have neutralizing antibodies to … AAVRh74var capsid determined by an FDA-approved test',
    // "Not detected" cannot pass: the wizard does not record whether the test was the FDA-approved one.
    pass: [],
    fail: [ab('AAVrh74var', 'neutralising', 'detected')],
    unknown: [
      ab('AAVrh74var', 'neutralising', 'not_detected'),
      ab('AAVrh74var', 'total_binding', 'not_detected'),
      ab('AAVrh74var', 'not_known', 'detected'),
      notTested
    ]
  },
  {
    product: 'beqvez',
    criterion: 'moderate-to-severe',
    label: 'adults with moderate to severe hemophilia B (the wizard does not record the severity)',
    pass: [],
    fail: [],
    unknown: [{}]
  },
  {
    product: 'beqvez',
    criterion: 'adult',
    label: 'indicated for the treatment of adults with moderate to severe hemophilia B',
    pass: [years(18)],
    fail: [years(17)],
    unknown: []
  },
  {
    product: 'beqvez',
    criterion: 'prophylaxis-or-bleeding',
    label: 'who currently use factor IX prophylaxis therapy, or have current or historical life-threatening hemorrhage',
    pass: [cond({ haemophiliaBSelection: 'yes' })],
    fail: [cond({ haemophiliaBSelection: 'no' })],
    unknown: [cond({ haemophiliaBSelection: 'not_known' })]
  },
  // Elevidys
  {
    product: 'elevidys',
    criterion: 'age-4-or-over',
    label: 'ambulatory patients four years of age and older',
    pass: [years(4), years(30)],
    fail: [years(3), years(2), months(23)],
    unknown: [band('child')]
  },
  {
    product: 'elevidys',
    criterion: 'ambulatory',
    label: 'Limiting the indication to ambulatory patients',
    pass: [cond({ ambulatory: 'yes' })],
    fail: [cond({ ambulatory: 'no' })],
    unknown: [cond({ ambulatory: 'not_known' })]
  },
  {
    product: 'elevidys',
    criterion: 'confirmed-mutation',
    label: 'with a confirmed mutation in the DMD gene',
    pass: [cond({ dmdDeletion: 'other' }), cond({ dmdDeletion: 'exons_1_17_or_59_71' })],
    fail: [],
    unknown: [cond({ dmdDeletion: 'not_known' })]
  },
  {
    product: 'elevidys',
    criterion: 'aavrh74-total-binding-below-400',
    label: 'anti-AAVrh74 total binding antibody titers <1:400',
    pass: [ab('AAVrh74', 'total_binding', 'detected', { titre: 399 }), ab('AAVrh74', 'total_binding', 'not_detected')],
    fail: [ab('AAVrh74', 'total_binding', 'detected', { titre: 400 })],
    unknown: [
      ab('AAVrh74', 'neutralising', 'detected', { titre: 200 }),
      ab('AAVrh74', 'neutralising', 'not_detected'),
      ab('AAVrh74', 'not_known', 'detected', { titre: 10 }),
      ab('AAVrh74', 'total_binding', 'detected'),
      notTested
    ]
  },
  {
    product: 'elevidys',
    criterion: 'exon-8-9-deletion',
    label: 'any deletion in exon 8 and/or exon 9',
    pass: [cond({ dmdDeletion: 'other' }), cond({ dmdDeletion: 'exons_1_17_or_59_71' })],
    fail: [cond({ dmdDeletion: 'exon_8_or_9' })],
    unknown: [cond({ dmdDeletion: 'not_known' })]
  },
  {
    product: 'elevidys',
    criterion: 'given-before',
    label: 'Re-administration of ELEVIDYS is not recommended',
    pass: [{ priorTherapy: { hadGeneTherapy: 'no' } }],
    fail: [
      {
        priorTherapy: { hadGeneTherapy: 'yes' },
        priorTherapyDetails: {
          platforms: ['aav'],
          aavSerotypes: ['AAVrh74'],
          hscGeneTherapy: 'no',
          seriousReaction: 'no'
        }
      }
    ],
    unknown: [{ priorTherapy: { hadGeneTherapy: 'not_known' } }]
  },
  // Kebilidi
  {
    product: 'kebilidi',
    criterion: 'skull-immature',
    label: 'contraindicated in patients who have not achieved skull maturity, as assessed by neuroimaging',
    pass: [cond({ skullMature: 'yes' })],
    fail: [cond({ skullMature: 'no' })],
    unknown: [cond({ skullMature: 'not_known' })]
  },
  // Skysona
  {
    product: 'skysona',
    criterion: 'boy',
    label: 'in boys 4-17 years of age',
    pass: [cond({ sex: 'male' })],
    fail: [cond({ sex: 'female' })],
    unknown: [cond({ sex: 'not_known' })]
  },
  {
    product: 'skysona',
    criterion: 'age-4-to-17',
    label: 'in boys 4-17 years of age',
    pass: [years(4), years(17), band('adolescent')],
    fail: [years(3), years(18), years(40), band('adult')],
    unknown: [band('child')]
  },
  {
    product: 'skysona',
    criterion: 'early-active',
    label: 'NFS ≤ 1 … gadolinium enhancement … Loes scores of 0.5-9',
    pass: [cond({ caldEarlyActive: 'yes' })],
    fail: [cond({ caldEarlyActive: 'no' })],
    unknown: [cond({ caldEarlyActive: 'not_known' })]
  },
  {
    product: 'skysona',
    criterion: 'no-matched-donor',
    label: 'patients without an available … HLA-matched allogeneic hematopoietic stem cell donor',
    pass: [cond({ hlaMatchedDonor: 'no' })],
    fail: [cond({ hlaMatchedDonor: 'yes' })],
    unknown: [cond({ hlaMatchedDonor: 'not_known' })]
  },
  // Lyfgenia
  {
    product: 'lyfgenia',
    criterion: 'age-12-or-over',
    label: 'patients 12 years of age and older',
    pass: [years(12), band('adolescent')],
    fail: [years(11), band('child')],
    unknown: []
  },
  {
    product: 'lyfgenia',
    criterion: 'voe-history',
    label: 'a history of vaso-occlusive events',
    pass: [cond({ vocHistory: 'yes' })],
    fail: [cond({ vocHistory: 'no' })],
    unknown: [cond({ vocHistory: 'not_known' })]
  },
  // Lenmeldy
  {
    product: 'lenmeldy',
    criterion: 'eligible-stage',
    label: 'pre-symptomatic late infantile, pre-symptomatic early juvenile or early symptomatic early juvenile',
    pass: [cond({ mldEligibleStage: 'yes' })],
    fail: [cond({ mldEligibleStage: 'no' })],
    unknown: [cond({ mldEligibleStage: 'not_known' })]
  },
  // Adstiladrin
  {
    product: 'adstiladrin',
    criterion: 'adult',
    label: 'adults with high-risk BCG-unresponsive NMIBC',
    pass: [years(18)],
    fail: [years(17)],
    unknown: []
  },
  {
    product: 'adstiladrin',
    criterion: 'bcg-unresponsive-cis',
    label: 'high-risk BCG-unresponsive NMIBC with carcinoma in situ',
    pass: [cond({ bcgUnresponsiveCis: 'yes' })],
    fail: [cond({ bcgUnresponsiveCis: 'no' })],
    unknown: [cond({ bcgUnresponsiveCis: 'not_known' })]
  },
  {
    product: 'adstiladrin',
    criterion: 'interferon-hypersensitivity',
    label: 'prior hypersensitivity reactions to interferon alfa',
    pass: [cond({ interferonHypersensitivity: 'no' })],
    fail: [cond({ interferonHypersensitivity: 'yes' })],
    unknown: [cond({ interferonHypersensitivity: 'not_known' })]
  },
  {
    product: 'adstiladrin',
    criterion: 'immunocompromised',
    label: 'Avoid in patients with immunocompromise or immunodeficiency',
    pass: [{}, inf({ hiv: 'positive_controlled' })],
    fail: [
      { immunity: { immunosuppressed: 'yes' } },
      { immunity: { primaryImmunodeficiency: 'yes' } },
      inf({ hiv: 'positive_uncontrolled' })
    ],
    unknown: [{ immunity: { immunosuppressed: 'not_known' } }, inf({ hiv: 'not_known' })]
  },
  // Products of 2025–26
  {
    product: 'waskyra',
    criterion: 'was-mutation',
    label: 'who have a mutation in the WAS gene',
    pass: [cond({ wasMutation: 'yes' })],
    fail: [cond({ wasMutation: 'no' })],
    unknown: [cond({ wasMutation: 'not_known' })]
  },
  {
    product: 'waskyra',
    criterion: 'age-6-months',
    label: 'pediatric patients six months and older and adults',
    pass: [months(6), years(40)],
    fail: [months(5), months(0)],
    unknown: [band('infant')]
  },
  {
    product: 'waskyra',
    criterion: 'hsct-appropriate',
    label: 'for whom hematopoietic stem cell transplantation (HSCT) is appropriate',
    pass: [cond({ hsctAppropriate: 'yes' })],
    fail: [cond({ hsctAppropriate: 'no' })],
    unknown: [cond({ hsctAppropriate: 'not_known' })]
  },
  {
    product: 'waskyra',
    criterion: 'no-related-donor',
    label: 'no suitable human leukocyte antigen (HLA)-matched related stem cell donor is available',
    pass: [cond({ hlaMatchedDonor: 'no' })],
    fail: [],
    unknown: [cond({ hlaMatchedDonor: 'yes' }), cond({ hlaMatchedDonor: 'not_known' })]
  },
  {
    product: 'kresladi',
    criterion: 'severe-biallelic-itgb2',
    label: 'severe leukocyte adhesion deficiency-I (LAD-I) due to biallelic variants in ITGB2',
    pass: [cond({ itgb2SevereBiallelic: 'yes' })],
    fail: [cond({ itgb2SevereBiallelic: 'no' })],
    unknown: [cond({ itgb2SevereBiallelic: 'not_known' })]
  },
  {
    product: 'kresladi',
    criterion: 'paediatric',
    label: 'indicated for the treatment of pediatric patients',
    pass: [years(2), years(11), months(3)],
    fail: [years(18), years(40)],
    unknown: [years(12), years(17)]
  },
  {
    product: 'kresladi',
    criterion: 'no-sibling-donor',
    label: 'without an available human leukocyte antigen (HLA)-matched sibling donor',
    pass: [cond({ hlaMatchedDonor: 'no' })],
    fail: [],
    unknown: [cond({ hlaMatchedDonor: 'yes' }), cond({ hlaMatchedDonor: 'not_known' })]
  },
  {
    product: 'tecelra',
    criterion: 'adult',
    label: 'indicated for the treatment of adults with unresectable or metastatic synovial sarcoma',
    pass: [years(18)],
    fail: [years(17)],
    unknown: []
  },
  {
    product: 'tecelra',
    criterion: 'after-chemotherapy',
    label: 'unresectable or metastatic synovial sarcoma who have received prior chemotherapy',
    pass: [cond({ sarcomaAfterChemo: 'yes' })],
    fail: [cond({ sarcomaAfterChemo: 'no' })],
    unknown: [cond({ sarcomaAfterChemo: 'not_known' })]
  },
  {
    product: 'tecelra',
    criterion: 'hla-a02',
    label: 'are HLA-A*02:01P, -A*02:02P, -A*02:03P, or -A*02:06P positive',
    pass: [cond({ hlaA02Eligible: 'yes' })],
    fail: [cond({ hlaA02Eligible: 'no' })],
    unknown: [cond({ hlaA02Eligible: 'not_known' })]
  },
  {
    product: 'tecelra',
    criterion: 'mage-a4',
    label:
      'whose tumor expresses the MAGE-A4 antigen as determined by FDA-approved or cleared companion diagnostic devices',
    pass: [cond({ mageA4Positive: 'yes' })],
    fail: [cond({ mageA4Positive: 'no' })],
    unknown: [cond({ mageA4Positive: 'not_known' })]
  },
  {
    product: 'tecelra',
    criterion: 'hla-a0205',
    label: 'DO NOT use TECELRA in adults who are heterozygous or homozygous for HLA- A*02:05P',
    pass: [cond({ hlaA0205: 'no' })],
    fail: [cond({ hlaA0205: 'yes' })],
    unknown: [cond({ hlaA0205: 'not_known' })]
  },
  {
    product: 'otarmeni',
    criterion: 'otof-biallelic',
    label: 'hearing loss due to biallelic OTOF gene variants (news)',
    pass: [cond({ otofBiallelic: 'yes' })],
    fail: [cond({ otofBiallelic: 'no' })],
    unknown: [cond({ otofBiallelic: 'not_known' })]
  },
  {
    product: 'otarmeni',
    criterion: 'ear-eligible',
    label:
      'retain outer hair‑cell function and who have not received a cochlear implant in the ear to be treated (news)',
    pass: [cond({ otofEarEligible: 'yes' })],
    fail: [cond({ otofEarEligible: 'no' })],
    unknown: [cond({ otofEarEligible: 'not_known' })]
  },
  {
    product: 'papzimeos',
    criterion: 'adult',
    label: 'for the treatment of adult patients with recurrent respiratory papillomatosis (RRP)',
    pass: [years(18)],
    fail: [years(17)],
    unknown: []
  },
  {
    product: 'casgevy',
    criterion: 'scd-or-tdt',
    label: 'sickle cell disease … with recurrent vaso occlusive crises; transfusion-dependent beta-thalassemia',
    pass: [{}, { patient: { indication: 'tdt' }, condition: { vocHistory: undefined } }],
    fail: [],
    unknown: []
  },
  {
    product: 'casgevy',
    criterion: 'recurrent-voc',
    label: 'TDT needs no vaso-occlusive history: the criterion is for sickle cell disease',
    pass: [{ patient: { indication: 'tdt' }, condition: { vocHistory: undefined } }],
    fail: [],
    unknown: []
  },
  // Casgevy (comparator)
  {
    product: 'casgevy',
    criterion: 'age',
    label: 'patients 12 years and older (2023); reported as 2 years and older from July 2026 (not read)',
    pass: [years(12)],
    fail: [months(23)],
    unknown: [years(2), years(11), band('child')]
  },
  {
    product: 'casgevy',
    criterion: 'recurrent-voc',
    label: 'with recurrent vaso occlusive crises (VOCs)',
    pass: [cond({ vocHistory: 'yes' })],
    fail: [cond({ vocHistory: 'no' })],
    unknown: [cond({ vocHistory: 'not_known' })]
  },
  {
    product: 'casgevy',
    criterion: 'active-hiv-hbv-hcv',
    label: 'should not be used in patients with active HIV-1, HIV-2, HBV or HCV',
    pass: [{}, inf({ hbv: 'past', hcv: 'past' })],
    fail: [inf({ hiv: 'positive_uncontrolled' }), inf({ hbv: 'active' }), inf({ hcv: 'active' })],
    // Whether controlled HIV counts as "active" is for the centre; a status not known stays unknown.
    unknown: [inf({ hiv: 'positive_controlled' }), inf({ hiv: 'not_known' }), inf({ hbv: 'not_known' })]
  },
  {
    product: 'casgevy',
    criterion: 'pregnancy-before-conditioning',
    label: 'myeloablative (busulfan) conditioning: a negative pregnancy test before mobilisation and conditioning',
    ...PREGNANCY_BEFORE_CONDITIONING
  },
  // Pregnancy before busulfan conditioning (the stem-cell products)
  {
    product: 'lyfgenia',
    criterion: 'pregnancy-before-conditioning',
    label: 'a negative pregnancy test before mobilisation and before conditioning (8.1, 8.3; not read)',
    ...PREGNANCY_BEFORE_CONDITIONING
  },
  {
    product: 'zynteglo',
    criterion: 'pregnancy-before-conditioning',
    label:
      'Ensure a negative serum pregnancy test before mobilization and confirm pregnancy again before initiating conditioning',
    ...PREGNANCY_BEFORE_CONDITIONING
  },
  {
    product: 'zynteglo',
    criterion: 'pregnancy-or-breast-feeding',
    jurisdiction: 'EU',
    label: '4.3. Contraindications … Pregnancy and breast-feeding',
    pass: [notPregnant, years(70)],
    fail: [pregnant, breastFeeding],
    unknown: [{ patient: { pregnancy: 'not_known' } }]
  },
  // Zolgensma §8.4: the wizard records premature birth, not whether full-term gestational age is reached.
  {
    product: 'zolgensma',
    criterion: 'premature-before-term',
    label: 'Delay ZOLGENSMA infusion until full-term gestational age is reached',
    pass: [months(0), months(2), months(3), years(2)],
    fail: [],
    unknown: [
      { patient: { ageUnit: 'months', ageMonths: 1, ageYears: undefined, pregnancy: undefined, premature: 'yes' } },
      {
        patient: { ageUnit: 'months', ageMonths: 0, ageYears: undefined, pregnancy: undefined, premature: 'not_known' }
      }
    ]
  },
  {
    product: 'otarmeni',
    criterion: 'severe-to-profound',
    label: 'severe-to-profound hearing loss (the wizard does not record the degree)',
    pass: [],
    fail: [],
    unknown: [{}]
  }
];

function verdict(product: string, criterion: string, p: Patch, jurisdiction = 'US'): CriterionCheck['verdict'] {
  const c = patch(patch(quietAdult, { patient: { indication: INDICATION[product], jurisdiction } }), p);
  expect(parseCase(c).ok, 'the test case is a valid case').toBe(true);
  const found = assess(c)
    .products.find((x) => x.id === product)
    ?.criteria.find((x) => x.id === criterion);
  if (!found) throw new Error(`${product} has no criterion ${criterion}`);
  return found.verdict;
}

const cases = rows.flatMap((r) =>
  (['pass', 'fail', 'unknown'] as const).flatMap((want) =>
    r[want].map((p, i) => [`${r.product} · ${r.criterion} · ${want} #${i + 1} — "${r.label}"`, r, p, want] as const)
  )
);

describe('label criteria, from the labels’ words', () => {
  test.each(cases)('%s', (_name, r, p, want) => {
    expect(verdict(r.product, r.criterion, p, r.jurisdiction)).toBe(want);
  });

  test('every criterion that the tool asks has a table row', () => {
    const missing = products.flatMap((p) =>
      p.criteria
        .filter((c) => c.test && !(c.test.op === 'eq' && c.test.path === 'patient.indication'))
        .filter((c) => !rows.some((r) => r.product === p.id && r.criterion === c.id))
        .map((c) => `${p.id}:${c.id}`)
    );
    expect(missing).toEqual([]);
  });
});
