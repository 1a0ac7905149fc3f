/**
 * The words for each medicine class the rules read (case/values.ts `MEDICINES`): the medicines page offers them,
 * and the FHIR Questionnaire and its medicine-class CodeSystem carry them as displays. Apart from the medicines
 * list, so the FHIR code can name a class without loading the list.
 */
import type { MEDICINES } from '../case/values';

export const CLASS_LABELS: Record<(typeof MEDICINES)[number], string> = {
  corticosteroids: 'Corticosteroid',
  calcineurin_inhibitors: 'Calcineurin inhibitor (for example tacrolimus)',
  other_immunosuppressants: 'Other immunosuppressant',
  anti_cd20: 'Anti-CD20 antibody (for example rituximab)',
  complement_inhibitor: 'Complement inhibitor (for example eculizumab)',
  antiretrovirals: 'HIV antiretroviral, including PrEP',
  hydroxyurea: 'Hydroxyurea',
  iron_chelators: 'Iron chelator',
  hepatotoxic_drugs: 'Other medicine that can harm the liver',
  mtor_inhibitors: 'mTOR inhibitor (for example sirolimus)',
  sickle_cell_modifiers: 'Sickle cell disease-modifying medicine (voxelotor, crizanlizumab, L-glutamine)',
  g_csf: 'G-CSF (for example filgrastim)',
  stem_cell_mobilisers: 'Stem-cell mobiliser (G-CSF or plerixafor)',
  anticoagulants: 'Anticoagulant',
  antiplatelets: 'Antiplatelet medicine',
  strong_cyp3a4_inhibitors: 'Strong CYP3A4 inhibitor (for example voriconazole)',
  strong_cyp3a4_inducers: 'Strong CYP3A4 inducer (for example rifampicin)',
  anticonvulsants: 'Anticonvulsant',
  factor_replacement: 'Factor concentrate or emicizumab',
  sma_treatments: 'SMA treatment (nusinersen or risdiplam)',
  interferons: 'Interferon',
  live_vaccines: 'Live vaccine'
};
