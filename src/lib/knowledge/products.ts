/**
 * Approved products (and CAR-T as a class), mapped to the case's `patient.indication` values.
 * Label facts are summaries in our words; eligibility checks live in rules.ts as product rules.
 */
import type { Product } from './schema';

const f = (text: string, sources: string[], verified = true) => ({ text, sources, verified });

export const products: Product[] = [
  {
    id: 'zolgensma',
    name: 'Zolgensma',
    inn: 'onasemnogene abeparvovec-xioi',
    platform: 'aav',
    serotype: 'AAV9',
    route: 'intravenous, 1.1×10^14 vg/kg over 60 minutes',
    indications: ['sma'],
    status: 'approved',
    approval: f('US: SMA with bi-allelic SMN1 mutations, under 2 years. EU/Canada: up to 21 kg.', [
      'zolgensma-uspi',
      'sma-news-2021-zolgensma-weight'
    ]),
    labelFacts: [
      f(
        'Boxed Warning: serious liver injury and acute liver failure, including deaths; pre-existing liver impairment may raise the risk.',
        ['zolgensma-uspi']
      ),
      f(
        'Test anti-AAV9 antibodies at baseline; retesting is allowed if the titre is above 1:50; safety and efficacy above 1:50 are not established.',
        ['zolgensma-uspi', 'day-2021']
      ),
      f(
        'Prednisolone-equivalent 1 mg/kg/day from the day before infusion for 30 days, then taper over 28 days; do not taper until ALT/AST are below 2 × ULN and bilirubin is normal.',
        ['zolgensma-uspi', 'aifa-dhpc-2023']
      ),
      f(
        'Postpone during active infection; delay premature neonates to full-term gestational age; thrombocytopenia, TMA and troponin-I rises in the first weeks.',
        ['zolgensma-uspi']
      ),
      f('Repeat administration has not been evaluated.', ['zolgensma-uspi']),
      f('In practice, 7 of 8 children in one centre needed a higher or longer steroid course.', ['friese-2021'])
    ]
  },
  {
    id: 'itvisma',
    name: 'Itvisma',
    inn: 'onasemnogene abeparvovec-brve',
    platform: 'aav',
    serotype: 'AAV9',
    route: 'intrathecal, fixed dose',
    indications: ['sma'],
    status: 'approved',
    approval: f('FDA approved 24 Nov 2025 for SMA in patients 2 years and older; hepatotoxicity warnings retained.', [
      'itvisma-approval-2025',
      'itvisma-label-report'
    ]),
    labelFacts: [f('One fixed intrathecal dose, independent of weight.', ['itvisma-approval-2025'])]
  },
  {
    id: 'luxturna',
    name: 'Luxturna',
    inn: 'voretigene neparvovec-rzyl',
    platform: 'aav',
    serotype: 'AAV2',
    route: 'subretinal, 1.5×10^11 vg per eye, eyes at least 6 days apart',
    indications: ['rpe65'],
    status: 'approved',
    approval: f('Bi-allelic RPE65 retinal dystrophy with sufficient viable retinal cells.', [
      'luxturna-uspi',
      'nice-hst11'
    ]),
    labelFacts: [
      f('Not recommended under 12 months of age.', ['luxturna-uspi']),
      f('Prednisone 1 mg/kg/day (maximum 40 mg/day) for 7 days starting 3 days before each eye, then a 10-day taper.', [
        'luxturna-uspi'
      ])
    ]
  },
  {
    id: 'hemgenix',
    name: 'Hemgenix',
    inn: 'etranacogene dezaparvovec',
    platform: 'aav',
    serotype: 'AAV5',
    route: 'intravenous, 2×10^13 gc/kg',
    indications: ['haemophilia_b'],
    status: 'approved',
    approval: f('Adults with haemophilia B on factor IX prophylaxis or with serious bleeding.', ['hemgenix-label']),
    labelFacts: [
      f(
        'US selection: factor IX inhibitor test and liver health (enzymes, ultrasound, elastography); anti-AAV5 antibodies are measured but do not exclude.',
        ['hemgenix-label']
      ),
      f(
        'EU: anti-AAV5 neutralising titres above 1:898 may impede expression; one patient at 1:3212 had no factor IX expression.',
        ['hemgenix-label']
      ),
      f(
        'Contraindicated (EU) with active or uncontrolled infection and advanced fibrosis or cirrhosis; trials excluded active hepatitis B or C and uncontrolled HIV.',
        ['hemgenix-label', 'hemgenix-trials-faq']
      )
    ]
  },
  {
    id: 'roctavian',
    name: 'Roctavian',
    inn: 'valoctocogene roxaparvovec-rvox',
    platform: 'aav',
    serotype: 'AAV5',
    route: 'intravenous, 6×10^13 vg/kg',
    indications: ['haemophilia_a'],
    status: 'approved',
    approval: f('Adults with severe haemophilia A without anti-AAV5 antibodies on an FDA-approved test.', [
      'roctavian-uspi'
    ]),
    labelFacts: [
      f('Do not give if the anti-AAV5 antibody test is positive.', ['roctavian-uspi']),
      f(
        'Contraindicated with active acute or uncontrolled chronic infection, significant fibrosis (stage 3–4) or cirrhosis, and mannitol hypersensitivity.',
        ['roctavian-uspi']
      ),
      f('Men should not donate semen and should prevent pregnancy for 6 months; HCC surveillance if risk factors.', [
        'roctavian-uspi'
      ]),
      f('Factor VIII expression declines year over year.', ['bloodadv-2024-roctavian-decline'])
    ]
  },
  {
    id: 'beqvez',
    name: 'Beqvez (discontinued)',
    inn: 'fidanacogene elaparvovec-dzkt',
    platform: 'aav',
    serotype: 'AAVRh74var',
    route: 'intravenous',
    indications: ['haemophilia_b'],
    status: 'discontinued',
    approval: f(
      'FDA approved 26 Apr 2024 for moderate to severe haemophilia B without AAVRh74var neutralising antibodies; development and commercialisation discontinued in Feb 2025.',
      ['beqvez-approval-2024', 'aabb-2025-beqvez']
    ),
    labelFacts: [f('Trial participants are followed for up to 15 years.', ['beqvez-ltfu'])]
  },
  {
    id: 'elevidys',
    name: 'Elevidys',
    inn: 'delandistrogene moxeparvovec-rokl',
    platform: 'aav',
    serotype: 'AAVrh74',
    route: 'intravenous, 1.33×10^14 vg/kg',
    indications: ['dmd'],
    status: 'approved',
    approval: f(
      'Nov 2025 label: ambulatory patients 4 years and older with a confirmed DMD mutation; non-ambulatory indication removed; new Boxed Warning for acute serious liver injury and acute liver failure.',
      ['fda-elevidys-2025-11']
    ),
    labelFacts: [
      f(
        'Select patients with anti-AAVrh74 total binding antibody titres below 1:400; re-administration is not recommended.',
        ['elevidys-uspi-2023']
      ),
      f(
        'Contraindicated with any deletion in exon 8 and/or 9 (immune-mediated myositis); deletions in exons 1–17 or 59–71 may carry that risk.',
        ['elevidys-uspi-2023', 'elevidys-eligibility', 'potter-2025']
      ),
      f('June 2025: two fatal acute liver failures in non-ambulatory boys.', ['fda-elevidys-2025-06']),
      f('Weekly liver tests for 3 months and weekly cardiac checks for 1 month.', ['fda-elevidys-2025-11'])
    ]
  },
  {
    id: 'kebilidi',
    name: 'Kebilidi / Upstaza',
    inn: 'eladocagene exuparvovec-tneq',
    platform: 'aav',
    serotype: 'AAV2',
    route: 'intraputaminal, four infusions in one stereotactic session',
    indications: ['aadc'],
    status: 'approved',
    approval: f('FDA accelerated approval 14 Nov 2024 (EU: Upstaza, 2022) for AADC deficiency.', ['kebilidi-label']),
    labelFacts: [
      f(
        'Contraindicated before skull maturity on neuroimaging; procedure risks include CSF leak, bleeding, stroke and infection.',
        ['kebilidi-label']
      )
    ]
  },
  {
    id: 'zynteglo',
    name: 'Zynteglo',
    inn: 'betibeglogene autotemcel',
    platform: 'lv',
    route: 'ex vivo LV-modified CD34+ cells after myeloablation; minimum 5.0×10^6 CD34+ cells/kg',
    indications: ['tdt'],
    status: 'approved',
    approval: f(
      'US: transfusion-dependent β-thalassaemia. EU: 12 years and older, non-β0/β0, no HLA-matched related donor.',
      ['zynteglo-label']
    ),
    labelFacts: [
      f('EU contraindications: pregnancy and breast-feeding; previous stem-cell gene therapy.', ['zynteglo-label']),
      f('Hepatic veno-occlusive disease in 11.1% after myeloablative conditioning.', ['zynteglo-vod']),
      f('Monitor for at least 15 years for blood cancer.', ['zynteglo-label'])
    ]
  },
  {
    id: 'skysona',
    name: 'Skysona',
    inn: 'elivaldogene autotemcel',
    platform: 'lv',
    route: 'ex vivo LV-modified CD34+ cells after myeloablation',
    indications: ['cald'],
    status: 'approved',
    approval: f('Aug 2025: restricted to CALD patients without an available HLA-matched donor.', [
      'fda-skysona-2025-08'
    ]),
    labelFacts: [
      f('Boxed Warning: haematological malignancy (MDS, AML) in 10 of 67 trial participants (15%) by 2025.', [
        'skysona-label',
        'fda-skysona-2025-08'
      ]),
      f('Screen for HBV, HCV, HIV-1/2 and HTLV-1/2 before apheresis.', ['skysona-label'])
    ]
  },
  {
    id: 'lyfgenia',
    name: 'Lyfgenia',
    inn: 'lovotibeglogene autotemcel',
    platform: 'lv',
    route: 'ex vivo LV-modified CD34+ cells after myeloablation',
    indications: ['scd'],
    status: 'approved',
    approval: f('FDA 8 Dec 2023: sickle cell disease, 12 years and older, with a history of vaso-occlusive events.', [
      'lyfgenia-label'
    ]),
    labelFacts: [
      f('Boxed Warning: haematological malignancy (two leukaemia cases in the programme).', ['lyfgenia-label'])
    ]
  },
  {
    id: 'lenmeldy',
    name: 'Lenmeldy',
    inn: 'atidarsagene autotemcel',
    platform: 'lv',
    route: 'ex vivo LV-modified CD34+ cells',
    indications: ['mld'],
    status: 'approved',
    approval: f(
      'FDA 18 Mar 2024: pre-symptomatic late-infantile, pre-symptomatic early-juvenile and early-symptomatic early-juvenile MLD.',
      ['lenmeldy-approval']
    ),
    labelFacts: [f('Lifelong monitoring for haematological malignancy is advised.', ['lenmeldy-approval'])]
  },
  {
    id: 'car-t',
    name: 'CAR-T cell therapies (class)',
    inn: 'e.g. tisagenlecleucel (lentiviral)',
    platform: 'lv',
    route: 'ex vivo modified autologous T cells',
    indications: ['b_cell'],
    status: 'class',
    approval: f(
      'Tisagenlecleucel is lentiviral; whether other CAR-T products (e.g. axicabtagene ciloleucel) are gamma-retroviral is not verified.',
      ['laetsch-2018'],
      false
    ),
    labelFacts: [
      f(
        'Jan 2024: Boxed Warnings for T-cell malignancies on six approved CAR-T products; monitor life-long for new malignancies.',
        ['fda-cart-2024']
      )
    ]
  },
  {
    id: 'adstiladrin',
    name: 'Adstiladrin',
    inn: 'nadofaragene firadenovec-vncg',
    platform: 'adv',
    route: 'intravesical, 75 mL of 3×10^11 vp/mL every 3 months',
    indications: ['nmibc'],
    status: 'approved',
    approval: f(
      'Adults with high-risk BCG-unresponsive NMIBC with carcinoma in situ, with or without papillary tumours.',
      ['adstiladrin-label']
    ),
    labelFacts: [
      f('Contraindicated after hypersensitivity to interferon alfa.', ['adstiladrin-label']),
      f(
        'Risk of disseminated adenovirus infection in immunocompromised people; avoid in immunocompromise; immunosuppressed staff must not handle it.',
        ['adstiladrin-label']
      ),
      f('Delaying cystectomy can lead to muscle-invasive or metastatic disease.', ['adstiladrin-label'])
    ]
  },
  {
    id: 'casgevy',
    name: 'Casgevy (non-viral comparator)',
    inn: 'exagamglogene autotemcel',
    platform: 'non_viral',
    route: 'ex vivo CRISPR-Cas9-edited CD34+ cells after busulfan myeloablation',
    indications: ['scd'],
    status: 'approved',
    approval: f('FDA 8 Dec 2023 (with Lyfgenia); non-viral editing of the BCL11A erythroid enhancer.', [
      'frangoul-2024',
      'casgevy-label'
    ]),
    labelFacts: [f('Warning and precaution about potential off-target effects (not boxed).', ['casgevy-label'])]
  }
];
