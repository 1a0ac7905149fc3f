/**
 * The facts rules may test: case paths, plus a few derived per-capsid antibody facts.
 * The engine extracts them from a case (engine/facts.ts); "not_known", "not_tested" and
 * missing answers become unknown there, so no rule ever compares against them.
 */
import * as v from '../case/values';

export type FactDomain =
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'list'; values: readonly string[] }
  | { kind: 'number'; min: number; max: number };

export type FactDefinition = { label: string; domain: FactDomain };

const known = <T extends readonly string[]>(values: T) => values.filter((x) => x !== 'not_known' && x !== 'not_tested');
const oneOf = (values: readonly string[]): FactDomain => ({ kind: 'enum', values: known(values) });
const yesNo = oneOf(v.YES_NO_UNKNOWN);

const antibodyFacts = Object.fromEntries(
  v.AAV_SEROTYPES.flatMap((s) => [
    [`aavAntibodies.${s}.result`, { label: `Anti-${s} antibodies`, domain: oneOf(v.ANTIBODY_RESULTS) }],
    [
      `aavAntibodies.${s}.titre`,
      { label: `Anti-${s} antibody titre (1:N; 0 when not detected)`, domain: { kind: 'number', min: 0, max: 1e7 } }
    ],
    [`aavAntibodies.${s}.assay`, { label: `Anti-${s} assay kind`, domain: oneOf(v.ANTIBODY_ASSAYS) }],
    [
      `aavAntibodies.${s}.companionTest`,
      { label: `Anti-${s} total-antibody result from the FDA-approved companion test`, domain: yesNo }
    ],
    [
      `aavAntibodies.${s}.assayVersion`,
      { label: `Anti-${s} neutralising assay version`, domain: oneOf(v.NAB_ASSAY_VERSIONS) }
    ]
  ])
) as Record<string, FactDefinition>;

export const FACTS: Record<string, FactDefinition> = {
  'patient.ageMonths': { label: 'Age (completed months)', domain: { kind: 'number', min: 0, max: 1560 } },
  'patient.premature': { label: 'Born premature', domain: yesNo },
  'patient.pregnancy': { label: 'Pregnant or breast-feeding', domain: oneOf(v.PREGNANCY) },
  'patient.indication': { label: 'Condition treated', domain: oneOf(v.INDICATIONS) },
  'patient.sex': { label: 'Sex', domain: oneOf(v.SEX) },
  'condition.caldEarlyActive': { label: 'Early, active CALD', domain: yesNo },
  'condition.rpe65Biallelic': { label: 'Bi-allelic RPE65 mutations confirmed', domain: yesNo },
  'condition.haemophiliaASevere': { label: 'Severe haemophilia A (factor VIII below 1 IU/dL)', domain: yesNo },
  'condition.haemophiliaBSelection': {
    label: 'Factor IX prophylaxis, or life-threatening or repeated serious bleeding',
    domain: yesNo
  },
  'condition.wasMutation': { label: 'Mutation in the WAS gene confirmed', domain: yesNo },
  'condition.hsctAppropriate': { label: 'Stem-cell transplantation appropriate', domain: yesNo },
  'condition.itgb2SevereBiallelic': { label: 'Severe LAD-I with bi-allelic ITGB2 variants', domain: yesNo },
  'condition.sarcomaAfterChemo': {
    label: 'Unresectable or metastatic synovial sarcoma after chemotherapy',
    domain: yesNo
  },
  'condition.hlaA02Eligible': { label: 'HLA-A*02:01P, -A*02:02P, -A*02:03P or -A*02:06P', domain: yesNo },
  'condition.hlaA0205': { label: 'HLA-A*02:05P allele', domain: yesNo },
  'condition.mageA4Positive': { label: 'Tumour MAGE-A4 positive (companion test)', domain: yesNo },
  'condition.otofBiallelic': { label: 'Bi-allelic OTOF variants confirmed', domain: yesNo },
  'condition.otofEarEligible': {
    label: 'Outer hair-cell function present; no cochlear implant in the ear to treat',
    domain: yesNo
  },
  'condition.smn1Biallelic': { label: 'Bi-allelic SMN1 mutations', domain: yesNo },
  'condition.factorInhibitors': { label: 'Factor inhibitors', domain: yesNo },
  'condition.ambulatory': { label: 'Able to walk', domain: yesNo },
  'condition.dmdDeletion': { label: 'DMD deletion', domain: oneOf(v.DMD_DELETIONS) },
  'condition.viableRetinalCells': { label: 'Enough viable retinal cells', domain: yesNo },
  'condition.tdtGenotype': { label: 'β-globin genotype', domain: oneOf(v.TDT_GENOTYPES) },
  'condition.vocHistory': { label: 'History of vaso-occlusive events', domain: yesNo },
  'condition.hlaMatchedDonor': { label: 'HLA-matched donor available', domain: yesNo },
  'condition.mldEligibleStage': { label: 'MLD stage covered by the approved product', domain: yesNo },
  'condition.skullMature': { label: 'Skull maturity confirmed on imaging', domain: yesNo },
  'condition.bcgUnresponsiveCis': { label: 'BCG-unresponsive NMIBC with carcinoma in situ', domain: yesNo },
  'condition.cystectomyEligible': { label: 'Could have a cystectomy', domain: yesNo },
  'condition.interferonHypersensitivity': { label: 'Past reaction to interferon alfa', domain: yesNo },
  'infections.hiv': { label: 'HIV status', domain: oneOf(v.HIV_STATUS) },
  'infections.hbv': { label: 'Hepatitis B', domain: oneOf(v.HEPATITIS_STATUS) },
  'infections.hcv': { label: 'Hepatitis C', domain: oneOf(v.HEPATITIS_STATUS) },
  'infections.acuteInfection': { label: 'Acute infection now', domain: yesNo },
  'infections.ad5Nab': { label: 'Adenovirus type 5 neutralising antibodies', domain: oneOf(v.AD5_NAB) },
  ...antibodyFacts,
  'immunity.primaryImmunodeficiency': { label: 'Primary immunodeficiency', domain: yesNo },
  'immunity.immunosuppressed': { label: 'On immunosuppressive treatment', domain: yesNo },
  'immunity.autoimmune': { label: 'Autoimmune disease', domain: oneOf(v.AUTOIMMUNE) },
  'immunity.complement': { label: 'Complement disorder or past TMA', domain: oneOf(v.COMPLEMENT) },
  'medicines.current': { label: 'Current medicines', domain: { kind: 'list', values: v.MEDICINES } },
  'medicines.steroidDose': { label: 'Corticosteroid dose', domain: oneOf(v.STEROID_DOSE) },
  'medicines.alcohol': { label: 'Drinks alcohol', domain: yesNo },
  'medicines.liveVaccineDue': { label: 'Live vaccine due', domain: yesNo },
  'priorTherapy.hadGeneTherapy': { label: 'Gene therapy before', domain: yesNo },
  'priorTherapyDetails.platforms': {
    label: 'Vector used before',
    domain: { kind: 'list', values: known(v.PRIOR_PLATFORMS) }
  },
  'priorTherapyDetails.aavSerotypes': {
    label: 'AAV capsid used before',
    domain: { kind: 'list', values: v.AAV_SEROTYPES }
  },
  'priorTherapyDetails.hscGeneTherapy': { label: 'Stem-cell (HSC) gene therapy before', domain: yesNo },
  'liver.altStatus': { label: 'ALT/AST', domain: oneOf(v.ALT_STATUS) },
  'liver.altMultiple': {
    label: 'ALT/AST × upper limit of normal (1 when normal)',
    domain: { kind: 'number', min: 0, max: 100 }
  },
  'liver.fibrosis': { label: 'Liver fibrosis', domain: oneOf(v.FIBROSIS) },
  'liver.hepatobiliaryDisease': { label: 'Other liver or biliary disease', domain: yesNo },
  'liver.malignancy': { label: 'History of cancer or MDS', domain: oneOf(v.MALIGNANCY) },
  'target.tissue': { label: 'Target tissue', domain: oneOf(v.TISSUES) },
  'target.goal': { label: 'How long expression must last', domain: oneOf(v.GOALS) },
  'target.route': { label: 'Route of delivery', domain: oneOf(v.ROUTES) },
  'target.cargoKb': { label: 'Cargo size (kb)', domain: { kind: 'number', min: 0.1, max: 50 } },
  'target.aavDose': { label: 'Planned AAV dose', domain: oneOf(v.AAV_DOSE) }
};

export type FactPath = keyof typeof FACTS;
export const factLabel = (path: string): string => FACTS[path]?.label ?? path;

/** An answer as the trace shows it: ages in months or years, ranges as their span. */
export function factText(path: string, value: unknown): string {
  if (path === 'patient.ageMonths') {
    const months = (m: number) => (m < 24 ? `${m} month${m === 1 ? '' : 's'}` : `${Math.floor(m / 12)} years`);
    if (typeof value === 'number') return months(value);
    if (typeof value === 'object' && value !== null && 'min' in value && 'max' in value) {
      const r = value as { min: number; max: number };
      return r.max >= 1560 ? `${months(r.min)} or over` : `${months(r.min)} to ${months(r.max)} (age band)`;
    }
  }
  return Array.isArray(value) ? value.join(', ') : String(value);
}
