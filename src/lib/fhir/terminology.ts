/**
 * The standard codes the Bundle import reads (docs/fhir.md lists each with its source). Only codes found in a
 * public source are here (/work/shared/interop.md §2.3, marked 📄 there); a code that was not confirmed is left
 * out, so a record that uses it is left for the clinician rather than guessed.
 */
import type { INDICATIONS } from '../case/values';

type Indication = (typeof INDICATIONS)[number];

export const SNOMED = 'http://snomed.info/sct';
export const ICD10 = 'http://hl7.org/fhir/sid/icd-10';
export const ICD10_CM = 'http://hl7.org/fhir/sid/icd-10-cm';
export const ORPHA = 'http://www.orpha.net';
export const LOINC = 'http://loinc.org';

/**
 * How a standard code's meaning relates to the indication's (FHIR R4 ConceptMap equivalence, source = the
 * indication, target = the code), judged from the code's display in its source against the wizard's option.
 * `narrower` and `relatedto` say why in `comment`.
 */
export type Equivalence = 'equivalent' | 'wider' | 'narrower' | 'relatedto';

/** Condition codes → the indication they name; the published ConceptMap (docs/fhir.md) is generated from this. */
export const INDICATION_CODES: readonly {
  system: string;
  code: string;
  indication: Indication;
  display: string;
  equivalence: Equivalence;
  comment?: string;
}[] = [
  {
    system: SNOMED,
    code: '5262007',
    indication: 'sma',
    display: 'Spinal muscular atrophy',
    equivalence: 'equivalent',
    comment: 'Both name spinal muscular atrophy as a whole; the wizard asks about SMN1 separately.'
  },
  {
    system: SNOMED,
    code: '28293008',
    indication: 'haemophilia_a',
    display: 'Hereditary factor VIII deficiency disease',
    equivalence: 'equivalent'
  },
  {
    system: ICD10,
    code: 'D66',
    indication: 'haemophilia_a',
    display: 'Hereditary factor VIII deficiency',
    equivalence: 'equivalent'
  },
  {
    system: ICD10_CM,
    code: 'D66',
    indication: 'haemophilia_a',
    display: 'Hereditary factor VIII deficiency',
    equivalence: 'equivalent'
  },
  {
    system: SNOMED,
    code: '76670001',
    indication: 'dmd',
    display: 'Duchenne muscular dystrophy',
    equivalence: 'equivalent'
  },
  {
    system: ORPHA,
    code: '98896',
    indication: 'dmd',
    display: 'Duchenne muscular dystrophy',
    equivalence: 'equivalent'
  },
  {
    system: SNOMED,
    code: '127040003',
    indication: 'scd',
    display: 'Sickle cell-hemoglobin SS disease',
    equivalence: 'narrower',
    comment:
      'Haemoglobin SS disease is one genotype of sickle cell disease; the wizard’s option is sickle cell disease of any genotype.'
  },
  {
    system: SNOMED,
    code: '36070007',
    indication: 'was',
    display: 'Immunodeficiency with thrombocytopenia AND eczema',
    equivalence: 'equivalent',
    comment: 'The display names the defining triad of Wiskott–Aldrich syndrome (the source lists it as that syndrome).'
  }
];

/** Laboratory results by LOINC code. */
export const LAB_CODES = {
  /** ALT [Enzymatic activity/volume] in Serum or Plasma, with and without P-5'-P, and in Blood. */
  alt: ['1742-6', '1743-4', '76625-3'],
  /** HIV 1+2 Ab + HIV1 p24 Ag [Presence] in Serum or Plasma by Immunoassay. */
  hivScreen: ['56888-1'],
  /** Hepatitis B virus surface Ag [Presence] in Serum or Plasma by Immunoassay. */
  hbsAg: ['5196-1'],
  /** Hepatitis C virus Ab [Presence] in Serum or Plasma. */
  antiHcv: ['16128-1']
} as const;
