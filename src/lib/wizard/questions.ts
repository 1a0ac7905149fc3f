/**
 * The words of every question page: headings, legends, hints and option labels. Data only;
 * `forms.ts` turns the answers typed into these fields into case sections and back.
 */
import { ageText, BAND_MONTHS } from '../case/age';
import { when, type Condition, type Term } from '../case/conditions';
import { YEAR_MAX, YEAR_MIN, type Draft } from '../case/schema';
import {
  AAV_SEROTYPES,
  AGE_BANDS,
  AGE_MONTHS_MAX,
  AGE_YEARS_MAX,
  AGE_YEARS_MIN,
  CONDITION_FIELDS,
  INDICATIONS,
  PRODUCT_INDICATIONS
} from '../case/values';
import { ASSAY_VERSION_SEROTYPES, COMPANION_TEST_SEROTYPES, DELIVERY_FIELDS } from '../case/complete';
import type { QuestionPage } from './pages';

export type Raw = Record<string, string | string[]>;
export type Option = { value: string; label: string; hint?: string; exclusive?: boolean };
type Base = {
  id: string;
  label: string;
  hint?: string;
  /** When the question applies (case/conditions.ts); absent: always. Read by the wizard and the FHIR Questionnaire. */
  when?: Condition;
  group?: string;
  /** Revealed by the answer just above it (GOV.UK conditional reveal): shown indented under it. */
  reveal?: boolean;
};
export type Field =
  | (Base & { kind: 'radios'; options: Option[]; inline?: boolean })
  | (Base & { kind: 'checkboxes'; options: Option[] })
  | (Base & {
      kind: 'number' | 'titre';
      suffix?: string;
      width?: number;
      optional?: boolean;
      /** A whole number, with its bounds (the case schema's), for the FHIR Questionnaire. */
      integer?: { min: number; max: number };
    })
  | (Base & { kind: 'text'; maxLength: number; optional?: boolean })
  /** Medicines by name: a combobox over the medicines list, loaded with it (components/medicines/). */
  | (Base & { kind: 'medicines' });

export type PageText = {
  title: string;
  caption?: string;
  intro?: string;
  /** Shown above the questions when the saved answers call for it. */
  note?: (draft: Draft) => string | undefined;
  fields: Field[];
};

const notKnown: Option = { value: 'not_known', label: 'Not known' };
const yesNoUnknown: Option[] = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }, notKnown];
const is = when.equals;

/**
 * The age rules of case/age.ts as conditions: premature birth under 3 months; pregnancy ages 12 to 64 years.
 * A migrated case's schema-1 band (never a field) counts until an exact age is chosen, as in the schema.
 */
const band = (fits: (r: { min: number; max: number }) => boolean): Condition =>
  when.all(
    { field: 'ageBand', op: 'in', value: AGE_BANDS.filter((b) => fits(BAND_MONTHS[b])) },
    { field: 'ageUnit', op: 'absent' }
  );
export const PREMATURE_AGE = when.any(
  { field: 'ageMonths', op: 'range', below: 3 },
  band((r) => r.max < 3)
);
export const PREGNANCY_AGE = when.any(
  { field: 'ageYears', op: 'range', min: 12, below: 65 },
  band((r) => r.min >= 144 && r.max < 780)
);
const cald: Term = { field: 'indication', op: 'equals', value: 'cald' };
/** The fields of one capsid's result are shown once it is ticked as tested (the list is asked only then). */
const tested = (s: string) => when.includes('serotypes', s);
const serotypeLabel = (s: string) => s.replace('AAV', 'AAV ').replace('AAV rh', 'AAVrh').replace(/^AAV /, 'AAV');

const TEXTS: Record<QuestionPage, PageText> = {
  patient: {
    title: 'About the patient',
    note: ({ patient: p }) => (p?.ageBand && !p.ageUnit ? `${ageText(p)}. Give the exact age.` : undefined),
    fields: [
      {
        id: 'ageUnit',
        kind: 'radios',
        label: 'How old is the patient?',
        hint: 'The age, not a date of birth: the tool collects no identifiers.',
        options: [
          { value: 'months', label: 'Under 2 years' },
          { value: 'years', label: '2 years or older' },
          { value: 'ninety_or_over', label: '90 or over' }
        ]
      },
      {
        id: 'ageMonths',
        kind: 'number',
        label: 'Age in completed months',
        hint: `From 0 to ${AGE_MONTHS_MAX}, for example 7. A baby under 1 month old is 0 months.`,
        suffix: 'months',
        width: 3,
        reveal: true,
        integer: { min: 0, max: AGE_MONTHS_MAX },
        when: is('ageUnit', 'months')
      },
      {
        id: 'ageYears',
        kind: 'number',
        label: 'Age in whole years',
        hint: `From ${AGE_YEARS_MIN} to ${AGE_YEARS_MAX}, for example 34.`,
        suffix: 'years',
        width: 3,
        reveal: true,
        integer: { min: AGE_YEARS_MIN, max: AGE_YEARS_MAX },
        when: is('ageUnit', 'years')
      },
      {
        id: 'premature',
        kind: 'radios',
        label: 'Was the baby born premature?',
        hint: 'Before 37 weeks of gestation.',
        when: PREMATURE_AGE,
        inline: true,
        options: yesNoUnknown
      },
      {
        id: 'sex',
        kind: 'radios',
        label: 'What is the patient’s sex?',
        hint: 'Asked where a question or a label depends on it: pregnancy, the advice after dosing, the Skysona label (boys).',
        when: when.any(...PREGNANCY_AGE.when, cald),
        inline: true,
        options: [{ value: 'male', label: 'Male' }, { value: 'female', label: 'Female' }, notKnown]
      },
      {
        id: 'pregnancy',
        kind: 'radios',
        label: 'Is the patient pregnant or breast-feeding?',
        when: when.all(PREGNANCY_AGE, { field: 'sex', op: 'notEquals', value: 'male' }),
        options: [
          { value: 'no', label: 'No, or not applicable' },
          { value: 'pregnant', label: 'Pregnant' },
          { value: 'breastfeeding', label: 'Breast-feeding' },
          notKnown
        ]
      },
      {
        id: 'indication',
        kind: 'radios',
        label: 'Condition being treated',
        hint: 'Conditions with an approved gene therapy get product-level checks. Choose "Another condition" otherwise.',
        options: [
          { value: 'sma', label: 'Spinal muscular atrophy (SMA)' },
          { value: 'haemophilia_a', label: 'Haemophilia A' },
          { value: 'haemophilia_b', label: 'Haemophilia B' },
          { value: 'dmd', label: 'Duchenne muscular dystrophy (DMD)' },
          { value: 'rpe65', label: 'RPE65-associated retinal dystrophy' },
          { value: 'tdt', label: 'Transfusion-dependent β-thalassaemia (TDT)' },
          { value: 'scd', label: 'Sickle cell disease' },
          { value: 'cald', label: 'Cerebral adrenoleukodystrophy (CALD)' },
          { value: 'mld', label: 'Metachromatic leukodystrophy (MLD)' },
          { value: 'aadc', label: 'AADC deficiency' },
          { value: 'nmibc', label: 'Non-muscle-invasive bladder cancer (NMIBC)' },
          { value: 'b_cell', label: 'B-cell malignancy (CAR-T)' },
          { value: 'was', label: 'Wiskott–Aldrich syndrome' },
          { value: 'lad1', label: 'Leukocyte adhesion deficiency-I (LAD-I)' },
          { value: 'synovial_sarcoma', label: 'Synovial sarcoma' },
          { value: 'otof', label: 'Hearing loss due to OTOF variants' },
          { value: 'rrp', label: 'Recurrent respiratory papillomatosis (RRP)' },
          { value: 'rdeb', label: 'Recessive dystrophic epidermolysis bullosa (RDEB)' },
          { value: 'ada_scid', label: 'ADA-deficient severe combined immunodeficiency (ADA-SCID)' },
          { value: 'other', label: 'Another condition' }
        ]
      },
      {
        id: 'jurisdiction',
        kind: 'radios',
        label: 'Whose labels apply?',
        inline: true,
        options: [
          { value: 'US', label: 'US (FDA)' },
          { value: 'EU', label: 'EU (EMA)' }
        ]
      }
    ]
  },
  condition: {
    title: 'About the condition',
    intro: 'These answers are used for the eligibility checks of the approved product for this condition.',
    fields: [
      {
        id: 'caldEarlyActive',
        kind: 'radios',
        label: 'Is the CALD early and active?',
        hint: 'As assessed by the treating neurologist (MRI Loes score and gadolinium enhancement).',
        options: yesNoUnknown
      },
      { id: 'smn1Biallelic', kind: 'radios', label: 'Are bi-allelic SMN1 mutations confirmed?', options: yesNoUnknown },
      {
        id: 'haemophiliaASevere',
        kind: 'radios',
        label: 'Is the haemophilia A severe (factor VIII activity below 1 IU/dL)?',
        hint: 'The Roctavian label is for severe haemophilia A.',
        options: yesNoUnknown
      },
      {
        id: 'haemophiliaBSelection',
        kind: 'radios',
        label:
          'Does the patient use factor IX prophylaxis, or have current or past life-threatening bleeding, or repeated serious spontaneous bleeding?',
        hint: 'The Hemgenix label is for patients in any of these groups.',
        options: yesNoUnknown
      },
      {
        id: 'factorInhibitors',
        kind: 'radios',
        label: 'Does the patient have factor inhibitors, now or in the past?',
        options: yesNoUnknown
      },
      { id: 'ambulatory', kind: 'radios', label: 'Can the patient walk (ambulatory)?', options: yesNoUnknown },
      {
        id: 'dmdDeletion',
        kind: 'radios',
        label: 'Where does the DMD gene deletion lie?',
        options: [
          { value: 'exon_8_or_9', label: 'It involves exon 8 or exon 9' },
          { value: 'exons_1_17_or_59_71', label: 'Within exons 1 to 17 or 59 to 71 (not exon 8 or 9)' },
          { value: 'other', label: 'Elsewhere, or not a deletion' },
          notKnown
        ]
      },
      {
        id: 'rpe65Biallelic',
        kind: 'radios',
        label: 'Are bi-allelic RPE65 mutations confirmed?',
        options: yesNoUnknown
      },
      {
        id: 'viableRetinalCells',
        kind: 'radios',
        label: 'Are there enough viable retinal cells, as judged by the treating retina specialist?',
        options: yesNoUnknown
      },
      {
        id: 'tdtGenotype',
        kind: 'radios',
        label: 'What is the β-globin genotype?',
        options: [{ value: 'b0_b0', label: 'β0/β0' }, { value: 'non_b0_b0', label: 'Not β0/β0' }, notKnown]
      },
      {
        id: 'vocHistory',
        kind: 'radios',
        label: 'Is there a history of vaso-occlusive events?',
        options: yesNoUnknown
      },
      {
        id: 'hlaMatchedDonor',
        kind: 'radios',
        label: 'Is an HLA-matched stem-cell donor available?',
        hint: 'Any HLA-matched donor, related or not. The labels differ: Skysona is for patients with no matched donor, Waskyra with no matched related donor, Kresladi with no matched sibling.',
        options: yesNoUnknown
      },
      {
        id: 'mldEligibleStage',
        kind: 'radios',
        label:
          'Is the MLD pre-symptomatic late infantile, pre-symptomatic early juvenile, or early symptomatic early juvenile?',
        options: yesNoUnknown
      },
      {
        id: 'skullMature',
        kind: 'radios',
        label: 'Has neuroimaging confirmed skull maturity?',
        options: yesNoUnknown
      },
      {
        id: 'bcgUnresponsiveCis',
        kind: 'radios',
        label: 'Is the cancer high-risk, BCG-unresponsive, with carcinoma in situ?',
        options: yesNoUnknown
      },
      {
        id: 'cystectomyEligible',
        kind: 'radios',
        label: 'Could the patient have a cystectomy?',
        options: yesNoUnknown
      },
      {
        id: 'interferonHypersensitivity',
        kind: 'radios',
        label: 'Has the patient had a hypersensitivity reaction to interferon alfa?',
        options: yesNoUnknown
      },
      { id: 'wasMutation', kind: 'radios', label: 'Is a mutation in the WAS gene confirmed?', options: yesNoUnknown },
      {
        id: 'hsctAppropriate',
        kind: 'radios',
        label: 'Is stem-cell transplantation appropriate for the patient?',
        hint: 'As judged by the transplant team.',
        options: yesNoUnknown
      },
      {
        id: 'itgb2SevereBiallelic',
        kind: 'radios',
        label: 'Is it severe LAD-I with bi-allelic ITGB2 variants confirmed?',
        options: yesNoUnknown
      },
      {
        id: 'sarcomaAfterChemo',
        kind: 'radios',
        label: 'Is the synovial sarcoma unresectable or metastatic, after prior chemotherapy?',
        options: yesNoUnknown
      },
      {
        id: 'hlaA02Eligible',
        kind: 'radios',
        label: 'Does HLA typing show HLA-A*02:01P, -A*02:02P, -A*02:03P or -A*02:06P?',
        options: yesNoUnknown
      },
      {
        id: 'hlaA0205',
        kind: 'radios',
        label: 'Does the patient carry HLA-A*02:05P (on either allele)?',
        hint: 'The Tecelra label excludes any HLA-A*02:05P allele.',
        options: yesNoUnknown
      },
      {
        id: 'mageA4Positive',
        kind: 'radios',
        label: 'Does the tumour express MAGE-A4 on the companion diagnostic test?',
        options: yesNoUnknown
      },
      { id: 'otofBiallelic', kind: 'radios', label: 'Are bi-allelic OTOF variants confirmed?', options: yesNoUnknown },
      {
        id: 'otofEarEligible',
        kind: 'radios',
        label:
          'Does the ear to be treated keep outer hair-cell function (otoacoustic emissions) and have no cochlear implant?',
        options: yesNoUnknown
      }
    ]
  },
  infections: {
    title: 'Infections and serostatus',
    fields: [
      {
        id: 'hiv',
        kind: 'radios',
        label: 'HIV status',
        options: [
          { value: 'negative', label: 'Negative' },
          { value: 'positive_controlled', label: 'Positive, controlled on treatment' },
          { value: 'positive_uncontrolled', label: 'Positive, not controlled' },
          notKnown
        ]
      },
      ...(['hbv', 'hcv'] as const).map((id): Field => ({
        id,
        kind: 'radios',
        label: id === 'hbv' ? 'Hepatitis B' : 'Hepatitis C',
        options: [
          { value: 'none', label: 'Never infected' },
          { value: 'past', label: 'Past or cured infection' },
          { value: 'active', label: 'Active infection' },
          notKnown
        ]
      })),
      {
        id: 'acuteInfection',
        kind: 'radios',
        label: 'Is there an acute infection now?',
        hint: 'Any current acute infection, or a chronic infection that is not controlled.',
        inline: true,
        options: yesNoUnknown
      },
      {
        id: 'ad5Nab',
        kind: 'radios',
        label: 'Neutralising antibodies to adenovirus type 5 (Ad5)',
        options: [
          { value: 'not_detected', label: 'Not detected' },
          { value: 'low', label: 'Detected, low titre' },
          { value: 'high', label: 'Detected, high titre' },
          { value: 'not_tested', label: 'Not tested or not known' }
        ]
      }
    ]
  },
  aavAntibodies: {
    title: 'Antibodies to AAV capsids',
    intro:
      'Pre-existing antibodies to a capsid can block an AAV vector and decide eligibility for approved products. Record each result with its assay.',
    fields: [
      {
        id: 'testing',
        kind: 'radios',
        label: 'Have anti-AAV antibodies been tested?',
        options: [
          { value: 'tested', label: 'Yes, I have results' },
          { value: 'not_tested', label: 'No, not tested' },
          notKnown
        ]
      },
      {
        id: 'serotypes',
        kind: 'checkboxes',
        label: 'Which capsids were tested?',
        hint: 'Select all that apply.',
        when: is('testing', 'tested'),
        options: AAV_SEROTYPES.map((s) => ({ value: s, label: serotypeLabel(s) }))
      },
      ...AAV_SEROTYPES.flatMap((s): Field[] => [
        {
          id: `assay_${s}`,
          kind: 'radios',
          group: s,
          label: `${serotypeLabel(s)}: kind of assay`,
          when: tested(s),
          options: [
            { value: 'neutralising', label: 'Neutralising antibody (NAb)' },
            { value: 'total_binding', label: 'Total binding antibody' },
            notKnown
          ]
        },
        {
          id: `result_${s}`,
          kind: 'radios',
          group: s,
          label: `${serotypeLabel(s)}: result`,
          when: tested(s),
          inline: true,
          options: [
            { value: 'not_detected', label: 'Not detected' },
            { value: 'detected', label: 'Detected' }
          ]
        },
        {
          id: `titre_${s}`,
          kind: 'titre',
          group: s,
          optional: true,
          label: `${serotypeLabel(s)} titre (optional)`,
          hint: 'As 1:N, for example 1:50. Leave empty if the titre was not reported.',
          when: is(`result_${s}`, 'detected')
        },
        ...(COMPANION_TEST_SEROTYPES.includes(s)
          ? [
              {
                id: `companionTest_${s}`,
                kind: 'radios',
                group: s,
                label: `${serotypeLabel(s)}: was the result from the FDA-approved companion test?`,
                hint: 'The AAV5 total-antibody assay: Roctavian (haemophilia A) needs a negative result on it.',
                when: is(`assay_${s}`, 'total_binding'),
                inline: true,
                options: yesNoUnknown
              } satisfies Field
            ]
          : []),
        ...(ASSAY_VERSION_SEROTYPES.includes(s)
          ? [
              {
                id: `assayVersion_${s}`,
                kind: 'radios',
                group: s,
                label: `${serotypeLabel(s)}: which version of the neutralising assay?`,
                hint: 'Hemgenix’s limit of 1:898 is on the assay with the extended measuring range; it equals 1:678 on the clinical-study assay.',
                when: when.all(
                  { field: `assay_${s}`, op: 'equals', value: 'neutralising' },
                  { field: `result_${s}`, op: 'equals', value: 'detected' }
                ),
                options: [
                  { value: 'extended_range', label: 'Extended measuring range' },
                  { value: 'clinical_study', label: 'Clinical-study assay' },
                  notKnown
                ]
              } satisfies Field
            ]
          : [])
      ])
    ]
  },
  immunity: {
    title: 'Immune status',
    fields: [
      {
        id: 'primaryImmunodeficiency',
        kind: 'radios',
        label: 'Does the patient have a primary immunodeficiency?',
        inline: true,
        options: yesNoUnknown
      },
      {
        id: 'immunosuppressed',
        kind: 'radios',
        label: 'Is the patient on immunosuppressive treatment?',
        hint: 'For example after a transplant, or for autoimmune disease.',
        inline: true,
        options: yesNoUnknown
      },
      {
        id: 'autoimmune',
        kind: 'radios',
        label: 'Autoimmune disease',
        options: [
          { value: 'none', label: 'None' },
          { value: 'autoimmune_hepatitis', label: 'Autoimmune hepatitis' },
          { value: 'other', label: 'Another autoimmune disease' },
          notKnown
        ]
      },
      {
        id: 'complement',
        kind: 'radios',
        label: 'Complement disorders',
        hint: 'For example atypical haemolytic uraemic syndrome (aHUS) or a complement factor I variant.',
        options: [
          { value: 'none', label: 'None known' },
          { value: 'disorder_or_variant', label: 'Complement disorder or regulatory gene variant' },
          { value: 'prior_tma', label: 'Past thrombotic microangiopathy (TMA)' },
          notKnown
        ]
      }
    ]
  },
  medicines: {
    title: 'Current medicines',
    fields: [
      {
        id: 'answer',
        kind: 'radios',
        label: 'Does the patient take any medicines now?',
        hint: 'Including medicines bought without a prescription, herbal remedies, and vaccines given in the last month.',
        inline: true,
        options: [{ value: 'some', label: 'Yes' }, { value: 'none', label: 'No' }, notKnown]
      },
      {
        id: 'current',
        kind: 'medicines',
        label: 'Which medicines?',
        hint: 'Type a generic or brand name, for example voriconazole or Vfend, and choose it from the list. A medicine that is not on the list can be added as typed; it is not checked against the interactions list.',
        reveal: true,
        when: is('answer', 'some')
      },
      {
        id: 'steroidDose',
        kind: 'radios',
        label: 'Corticosteroid dose',
        when: when.all({ field: 'current', op: 'hasClass', value: 'corticosteroids' }),
        options: [
          {
            value: 'high',
            label: 'High: 20 mg/day or more of prednisone (or 2 mg/kg/day), for 14 days or more'
          },
          { value: 'lower', label: 'Lower or shorter' },
          notKnown
        ]
      },
      { id: 'alcohol', kind: 'radios', label: 'Does the patient drink alcohol?', inline: true, options: yesNoUnknown },
      {
        id: 'liveVaccineDue',
        kind: 'radios',
        label: 'Is a live vaccine due in the coming months?',
        inline: true,
        options: yesNoUnknown
      }
    ]
  },
  priorTherapy: {
    title: 'Previous gene therapy',
    fields: [
      {
        id: 'hadGeneTherapy',
        kind: 'radios',
        label: 'Has the patient had gene therapy before?',
        hint: 'Including gene-modified cell therapies such as CAR-T.',
        inline: true,
        options: yesNoUnknown
      }
    ]
  },
  priorTherapyDetails: {
    title: 'About the previous gene therapy',
    fields: [
      {
        id: 'platforms',
        kind: 'checkboxes',
        label: 'Which kind of vector was used?',
        hint: 'Select all that apply.',
        options: [
          { value: 'adv', label: 'Adenoviral (AdV)' },
          { value: 'lv', label: 'Lentiviral (LV)' },
          { value: 'aav', label: 'Adeno-associated viral (AAV)' },
          { value: 'gamma_retroviral', label: 'Gamma-retroviral' },
          { value: 'non_viral', label: 'Non-viral (for example CRISPR-edited cells)' },
          { value: 'not_known', label: 'Not known', exclusive: true }
        ]
      },
      {
        id: 'aavSerotypes',
        kind: 'checkboxes',
        label: 'Which AAV capsid?',
        when: when.includes('platforms', 'aav'),
        options: [
          ...AAV_SEROTYPES.map((s) => ({ value: s, label: serotypeLabel(s) })),
          { value: 'not_known', label: 'Not known', exclusive: true }
        ]
      },
      {
        id: 'hscGeneTherapy',
        kind: 'radios',
        label: 'Was it a haematopoietic stem-cell (HSC) gene therapy?',
        inline: true,
        options: yesNoUnknown
      },
      {
        id: 'seriousReaction',
        kind: 'radios',
        label: 'Was there a serious reaction?',
        inline: true,
        options: yesNoUnknown
      },
      {
        id: 'year',
        kind: 'number',
        optional: true,
        width: 4,
        integer: { min: YEAR_MIN, max: YEAR_MAX },
        label: 'Year of the most recent treatment (optional)',
        hint: 'For example 2021.'
      }
    ]
  },
  liver: {
    title: 'Liver and other risks',
    fields: [
      {
        id: 'altStatus',
        kind: 'radios',
        label: 'ALT or AST',
        options: [
          { value: 'normal', label: 'Within the normal range' },
          { value: 'raised', label: 'Above the upper limit of normal (ULN)' },
          notKnown
        ]
      },
      {
        id: 'altMultiple',
        kind: 'number',
        label: 'Highest ALT or AST as a multiple of the ULN',
        hint: 'For example 1.5 for one and a half times the upper limit.',
        suffix: '× ULN',
        width: 5,
        reveal: true,
        when: is('altStatus', 'raised')
      },
      {
        id: 'fibrosis',
        kind: 'radios',
        label: 'Liver fibrosis',
        hint: 'The stage on biopsy, elastography or imaging (F0 to F4). The Roctavian and Hemgenix labels exclude F3 and F4.',
        options: [
          { value: 'f0_f1', label: 'F0 to F1: none or mild' },
          { value: 'f2', label: 'F2: significant' },
          { value: 'advanced', label: 'F3: advanced (bridging)' },
          { value: 'cirrhosis', label: 'F4: cirrhosis' },
          notKnown
        ]
      },
      {
        id: 'hepatobiliaryDisease',
        kind: 'radios',
        label: 'Is there other liver or biliary disease?',
        inline: true,
        options: yesNoUnknown
      },
      {
        id: 'malignancy',
        kind: 'radios',
        label: 'History of cancer or myeloid disorders',
        options: [
          { value: 'none', label: 'None' },
          { value: 'malignancy', label: 'Past or current cancer' },
          { value: 'myeloid', label: 'Myelodysplastic syndrome (MDS) or myeloproliferative disease' },
          notKnown
        ]
      }
    ]
  },
  target: {
    title: 'Target and vector',
    fields: [
      {
        id: 'tissue',
        kind: 'radios',
        label: 'Target tissue',
        options: [
          { value: 'liver', label: 'Liver' },
          { value: 'cns', label: 'Brain and spinal cord (CNS)' },
          { value: 'retina', label: 'Retina' },
          { value: 'muscle', label: 'Skeletal or cardiac muscle' },
          { value: 'hsc_ex_vivo', label: 'Haematopoietic stem cells, ex vivo' },
          { value: 't_cells_ex_vivo', label: 'T cells, ex vivo' },
          { value: 'lung', label: 'Lung or airway' },
          { value: 'bladder_tumour', label: 'Bladder or tumour, local' },
          { value: 'other', label: 'Another tissue' }
        ]
      },
      {
        id: 'goal',
        kind: 'radios',
        label: 'How long does expression need to last?',
        options: [
          { value: 'durable', label: 'Durable (years)' },
          { value: 'transient', label: 'Transient (days to weeks)' },
          notKnown
        ]
      },
      {
        id: 'route',
        kind: 'radios',
        label: 'Route of delivery',
        options: [
          { value: 'systemic', label: 'Systemic (intravenous or intra-arterial)' },
          { value: 'local', label: 'Local (for example subretinal, intrathecal, intravesical)' },
          { value: 'ex_vivo', label: 'Ex vivo (cells modified outside the body)' },
          notKnown
        ]
      },
      {
        id: 'cargoKb',
        kind: 'number',
        optional: true,
        label: 'Size of the expression cassette (optional)',
        hint: 'In kilobases, for example 4.2. Leave empty if not known.',
        suffix: 'kb',
        width: 5
      },
      {
        id: 'aavDose',
        kind: 'radios',
        label: 'Planned AAV dose',
        options: [
          { value: 'below_1e14', label: 'Below 1 × 10¹⁴ vg/kg' },
          { value: 'at_or_above_1e14', label: '1 × 10¹⁴ vg/kg or more' },
          { value: 'not_planned', label: 'No AAV dose planned, or local dose' },
          notKnown
        ]
      }
    ]
  }
};

/** The condition page asks, for each indication, its own follow-up questions (values.ts `CONDITION_FIELDS`). */
const conditionWhen = (id: string): Condition => ({
  behavior: 'all',
  when: [
    {
      field: 'patient.indication',
      op: 'in',
      value: INDICATIONS.filter((i) => (CONDITION_FIELDS[i] as readonly string[]).includes(id))
    }
  ]
});
/** The route, cargo size and AAV dose are asked only when no approved product fixes them (case/complete.ts). */
const deliveryWhen = when.any(
  { field: 'patient.indication', op: 'in', value: INDICATIONS.filter((i) => !PRODUCT_INDICATIONS.includes(i)) },
  { field: 'patient.indication', op: 'absent' }
);

/** Every question page, each question with the condition under which it applies. */
export const PAGES: Record<QuestionPage, PageText> = {
  ...TEXTS,
  condition: { ...TEXTS.condition, fields: TEXTS.condition.fields.map((f) => ({ ...f, when: conditionWhen(f.id) })) },
  target: {
    ...TEXTS.target,
    fields: TEXTS.target.fields.map((f) =>
      (DELIVERY_FIELDS as readonly string[]).includes(f.id) ? { ...f, when: deliveryWhen } : f
    )
  }
};
