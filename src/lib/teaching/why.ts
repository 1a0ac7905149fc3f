/**
 * "Why we ask this": one short explanation per question page, shown in teaching mode. Data only; every
 * statement comes from the knowledge base's rules and their sources (/work/shared/clinical-facts.md).
 */
import type { QuestionPage } from '../wizard/pages';

export type WhyEntry = { text: string; sources: string[] };

export const WHY: Record<QuestionPage, WhyEntry> = {
  patient: {
    text: 'Age, pregnancy and the condition change what is possible. The exact age is asked because labels set their limits at exact ages (intravenous Zolgensma under 2 years, Elevidys 4 years and older, Luxturna not under 12 months), and an age band can fall on both sides of a limit. Babies under 3 months often carry their mother’s anti-AAV9 antibodies, a growing liver dilutes episomal AAV genomes, and the Zynteglo EU label contraindicates pregnancy and breast-feeding.',
    sources: [
      'zolgensma-uspi',
      'fda-elevidys-2025-11',
      'luxturna-uspi',
      'van-olden-mda',
      'binny-2012',
      'zynteglo-label'
    ]
  },
  condition: {
    text: 'An approved product has its own eligibility checks. For example, Elevidys is contraindicated when the DMD deletion involves exon 8 or 9 (T-cell myositis against the transgene), and Skysona is restricted to patients without an HLA-matched donor.',
    sources: ['elevidys-uspi-2023', 'potter-2025', 'fda-skysona-2025-08']
  },
  infections: {
    text: 'An active acute or uncontrolled chronic infection contraindicates Roctavian and Hemgenix and defers other products. Stem-cell products need HIV, hepatitis B and C screening before apheresis. Pre-existing Ad5 antibodies reduce responses to Ad5 vectors.',
    sources: ['roctavian-uspi', 'hemgenix-label', 'skysona-label', 'jmedvirol-2012-ad5']
  },
  aavAntibodies: {
    text: 'Antibodies to a capsid can neutralise an AAV vector before it reaches its target, so approved products set antibody limits: for example, Zolgensma’s safety and efficacy above a titre of 1:50 are not established, and Elevidys selects total binding antibody titres below 1:400. Record the assay with the result: each limit is set for a named kind of assay.',
    sources: ['zolgensma-uspi', 'elevidys-uspi-2023', 'blood-2006-low-nab']
  },
  immunity: {
    text: 'The Adstiladrin label warns of disseminated adenovirus infection in immunocompromised patients. Autoimmune hepatitis is a contraindication to Roctavian in expert recommendations. A complement factor I variant preceded a fatal thrombotic microangiopathy after high-dose AAV.',
    sources: ['adstiladrin-label', 'bloodadv-2024-roctavian-liver', 'guillou-2022']
  },
  medicines: {
    text: 'Some medicines must stop before treatment: hydroxyurea before Lyfgenia mobilisation, iron chelators before Zynteglo conditioning, HIV medicines before stem-cell collection, hepatotoxic drugs and alcohol before liver-directed AAV. Live vaccines wait while steroid doses are immunosuppressive.',
    sources: ['lyfgenia-label', 'zynteglo-patient-info', 'ragni-2024', 'immunize-live-vaccines']
  },
  priorTherapy: {
    text: 'Antibodies made after an AAV vector persist for years at levels that block the same capsid, and the Zynteglo EU label contraindicates a previous stem-cell gene therapy.',
    sources: ['blood-2022-dog-ltfu', 'zynteglo-label']
  },
  priorTherapyDetails: {
    text: 'The capsid used before decides whether it can be used again; a different capsid is experimental. After a lentiviral product, some HIV nucleic-acid tests give false positives because they detect vector sequences.',
    sources: ['blood-2022-dog-ltfu', 'front-immunol-2021', 'villalba-2022']
  },
  liver: {
    text: 'The liver is the target and the main site of toxicity of systemic AAV: Roctavian and Hemgenix are contraindicated with advanced fibrosis or cirrhosis, and the high-dose AT132 deaths occurred in patients with liver disease. Integrating vectors have caused leukaemias, so a history of cancer or myeloid disease matters for LV.',
    sources: ['roctavian-uspi', 'hemgenix-label', 'at132-aspiro', 'hacein-bey-abina-2008']
  },
  target: {
    text: 'The tissue, the goal and the cargo size decide the platform. Integrated LV genomes are passed to daughter cells; episomal AAV genomes are diluted as cells divide; adenoviral expression is high but short-term. A single AAV holds about 4.7 kb of cargo, LV about 8 kb.',
    sources: ['moltherapy-2025-vectors', 'binny-2012', 'pmc4387942', 'pharmaceutics-2021']
  }
};
