/**
 * The closed vocabularies of the case file. Every answer the wizard can record is one of
 * these values; the schema, the questions and the engine all read them from here.
 */
export const YES_NO_UNKNOWN = ['yes', 'no', 'not_known'] as const;

/**
 * How the age is recorded (schema 2): completed months under 2 years, whole years from 2 to 89,
 * or "90 or over" (HIPAA Safe Harbor: ages over 89 are aggregated).
 */
export const AGE_UNITS = ['months', 'years', 'ninety_or_over'] as const;
export const AGE_MONTHS_MAX = 23;
export const AGE_YEARS_MIN = 2;
export const AGE_YEARS_MAX = 89;
/** Schema 1 recorded an age band. A migrated case keeps it until the exact age is entered. */
export const AGE_BANDS = ['neonate', 'infant', 'child', 'adolescent', 'adult', 'older_adult'] as const;

/** Sex as a label uses it; asked only for conditions whose product label restricts it. */
export const SEX = ['male', 'female', 'not_known'] as const;

export const INDICATIONS = [
  'sma',
  'haemophilia_a',
  'haemophilia_b',
  'dmd',
  'rpe65',
  'tdt',
  'scd',
  'cald',
  'mld',
  'aadc',
  'nmibc',
  'b_cell',
  'was',
  'lad1',
  'synovial_sarcoma',
  'otof',
  'rrp',
  'rdeb',
  'ada_scid',
  'other'
] as const;

export const PREGNANCY = ['no', 'pregnant', 'breastfeeding', 'not_known'] as const;

export const DMD_DELETIONS = ['exon_8_or_9', 'exons_1_17_or_59_71', 'other', 'not_known'] as const;
export const TDT_GENOTYPES = ['b0_b0', 'non_b0_b0', 'not_known'] as const;

export const HIV_STATUS = ['negative', 'positive_controlled', 'positive_uncontrolled', 'not_known'] as const;
export const HEPATITIS_STATUS = ['none', 'past', 'active', 'not_known'] as const;
export const AD5_NAB = ['not_detected', 'low', 'high', 'not_tested'] as const;

/** Capsids for which an antibody result can be recorded (the ones approved products use, plus common research capsids). */
export const AAV_SEROTYPES = [
  'AAV1',
  'AAV2',
  'AAV5',
  'AAV6',
  'AAV8',
  'AAV9',
  'AAVrh10',
  'AAVrh74',
  'AAVrh74var'
] as const;
export const AAV_TESTING = ['tested', 'not_tested', 'not_known'] as const;
export const ANTIBODY_ASSAYS = ['neutralising', 'total_binding', 'not_known'] as const;
export const ANTIBODY_RESULTS = ['not_detected', 'detected'] as const;
/** Hemgenix's limit depends on the neutralising assay's version (extended measuring range vs the clinical-study assay). */
export const NAB_ASSAY_VERSIONS = ['extended_range', 'clinical_study', 'not_known'] as const;

export const AUTOIMMUNE = ['none', 'autoimmune_hepatitis', 'other', 'not_known'] as const;
export const COMPLEMENT = ['none', 'disorder_or_variant', 'prior_tma', 'not_known'] as const;

export const MEDICINES = [
  'corticosteroids',
  'calcineurin_inhibitors',
  'other_immunosuppressants',
  'anti_cd20',
  'complement_inhibitor',
  'antiretrovirals',
  'hydroxyurea',
  'iron_chelators',
  'hepatotoxic_drugs',
  // Schema 3 (medicines by name, knowledge/medicines.ts): the classes the interactions list reads
  'mtor_inhibitors',
  'sickle_cell_modifiers',
  'g_csf',
  'stem_cell_mobilisers',
  'anticoagulants',
  'antiplatelets',
  'strong_cyp3a4_inhibitors',
  'strong_cyp3a4_inducers',
  'anticonvulsants',
  'factor_replacement',
  'sma_treatments',
  'interferons',
  'live_vaccines'
] as const;
/** Schema 3: at most this many medicines, and a name typed as free text at most this long. */
export const MEDICINES_MAX = 40;
export const MEDICINE_NAME_MAX = 80;
/** Whether the patient takes medicines now: "some" lists them (by name, by class, or as free text); "none" or "not known" instead. */
export const MEDICINES_ANSWER = ['some', 'none', 'not_known'] as const;
export const STEROID_DOSE = ['high', 'lower', 'not_known'] as const;

export const PRIOR_PLATFORMS = ['adv', 'lv', 'aav', 'gamma_retroviral', 'non_viral', 'not_known'] as const;

export const ALT_STATUS = ['normal', 'raised', 'not_known'] as const;
/**
 * Fibrosis as clinicians stage it (METAVIR-style F0–F4; schema 3): `f0_f1` none or mild, `f2` significant,
 * `advanced` F3, `cirrhosis` F4 (the Roctavian label: "significant hepatic fibrosis (stage 3 or 4), or
 * cirrhosis"; Hemgenix EU: "advanced liver fibrosis … or cirrhosis"). `none_or_mild` is schema 2's answer
 * (F0 to F2, which could not tell F2 apart): still read, never offered; the wizard asks again when the page
 * is opened.
 */
export const FIBROSIS_ASKED = ['f0_f1', 'f2', 'advanced', 'cirrhosis', 'not_known'] as const;
export const FIBROSIS = [...FIBROSIS_ASKED, 'none_or_mild'] as const;
export const MALIGNANCY = ['none', 'malignancy', 'myeloid', 'not_known'] as const;

export const TISSUES = [
  'liver',
  'cns',
  'retina',
  'muscle',
  'hsc_ex_vivo',
  't_cells_ex_vivo',
  'lung',
  'bladder_tumour',
  'other'
] as const;
export const GOALS = ['durable', 'transient', 'not_known'] as const;
export const ROUTES = ['systemic', 'local', 'ex_vivo', 'not_known'] as const;
export const AAV_DOSE = ['below_1e14', 'at_or_above_1e14', 'not_planned', 'not_known'] as const;

/**
 * The indications with approved products (knowledge/products; a test holds the two together): for these the
 * products fix the delivery, and the wizard does not ask the route, cargo size or AAV dose (case/complete.ts).
 */
export const PRODUCT_INDICATIONS: readonly (typeof INDICATIONS)[number][] = INDICATIONS.filter((i) => i !== 'other');

/** Which follow-up questions the condition page asks for each indication. */
export const CONDITION_FIELDS = {
  sma: ['smn1Biallelic'],
  haemophilia_a: ['haemophiliaASevere', 'factorInhibitors'],
  haemophilia_b: ['haemophiliaBSelection', 'factorInhibitors'],
  dmd: ['ambulatory', 'dmdDeletion'],
  rpe65: ['rpe65Biallelic', 'viableRetinalCells'],
  tdt: [],
  scd: ['vocHistory'],
  cald: ['caldEarlyActive', 'hlaMatchedDonor'],
  mld: ['mldEligibleStage'],
  aadc: ['skullMature'],
  nmibc: ['bcgUnresponsiveCis', 'cystectomyEligible', 'interferonHypersensitivity'],
  b_cell: [],
  was: ['wasMutation', 'hsctAppropriate', 'hlaMatchedDonor'],
  lad1: ['itgb2SevereBiallelic', 'hlaMatchedDonor'],
  synovial_sarcoma: ['sarcomaAfterChemo', 'hlaA02Eligible', 'hlaA0205', 'mageA4Positive'],
  otof: ['otofBiallelic', 'otofEarEligible'],
  rrp: [],
  rdeb: [],
  ada_scid: [],
  other: []
} as const satisfies Record<(typeof INDICATIONS)[number], readonly string[]>;

/** Pregnancy and breast-feeding are asked only for these age bands (schema 1) — see case/age.ts for schema 2. */
export const PREGNANCY_AGE_BANDS: readonly (typeof AGE_BANDS)[number][] = ['adolescent', 'adult'];
