/**
 * The platforms and the comparison-table rows the summary renders. Wording is ours;
 * every statement names its sources. `verified: false` marks a ❌/◐ fact in the reference.
 */
import type { Platform } from './schema';

export const platforms: Platform[] = [
  {
    id: 'adv',
    name: 'Adenoviral vector (AdV)',
    shortName: 'AdV',
    role: 'candidate',
    variants: [
      {
        name: 'First-generation (E1-deleted, often E3-deleted)',
        note: {
          text: 'Carries inserts up to about 8 kb; still transcribes some viral RNAs, so it is not immunologically silent.',
          sources: ['adv-encyclopedia-2007'],
          verified: true
        }
      },
      {
        name: 'Helper-dependent ("gutless", high-capacity)',
        note: {
          text: 'All viral coding sequences removed: up to about 37 kb and long-lasting episomal expression in non-dividing cells, but the capsid still triggers dose-dependent acute inflammation after intravascular delivery.',
          sources: ['ricobaraza-2020', 'piccolo-2014'],
          verified: true
        }
      }
    ],
    pros: [
      {
        text: 'Large capacity (helper-dependent vectors up to about 37 kb).',
        sources: ['ricobaraza-2020'],
        verified: true
      },
      { text: 'Does not integrate, so genotoxicity risk is lower.', sources: ['pmc5082580'], verified: true },
      {
        text: 'High-level, short-lived expression suits tumour, vaccine and intravesical uses (Adstiladrin).',
        sources: ['pmc4387942', 'adstiladrin-label'],
        verified: true
      }
    ],
    cons: [
      {
        text: 'Strong immune responses; pre-existing Ad5 immunity is common.',
        sources: ['pmc4387942', 'jmedvirol-2012-ad5'],
        verified: true
      },
      {
        text: 'Systemic high doses cause dose-dependent cytokine toxicity (a death in 1999).',
        sources: ['atasheva-2022', 'raper-2003'],
        verified: true
      },
      {
        text: 'Expression is short-term, so it does not suit durable correction.',
        sources: ['pmc4387942'],
        verified: true
      }
    ],
    properties: {
      integration: {
        text: 'Does not integrate; lower genotoxicity risk than integrating vectors.',
        sources: ['moltherapy-2025-vectors', 'pmc5082580'],
        verified: true
      },
      capacity: {
        text: 'Large: above 8 kb in comparison tables (first generation about 8 kb, helper-dependent up to about 37 kb).',
        sources: ['pharmaceutics-2021', 'adv-encyclopedia-2007', 'ricobaraza-2020'],
        verified: true
      },
      cellCycle: {
        text: 'Transduces dividing and non-dividing cells; broad tropism.',
        sources: ['moltherapy-2025-vectors'],
        verified: true
      },
      onsetDuration: {
        text: 'Short-term (transient) expression in immunocompetent hosts. Rapid onset (days) is not verified.',
        sources: ['pmc4387942', 'wang-2019'],
        verified: false
      },
      immunogenicity: {
        text: 'Highly immunogenic, especially early generations; pre-existing immunity to Ad5 is common (about 60–70% in Europe and the US, higher in some tropical regions). Dose-dependent cytokine toxicity limits systemic use.',
        sources: ['moltherapy-2025-vectors', 'jmedvirol-2012-ad5', 'atasheva-2022'],
        verified: true
      }
    }
  },
  {
    id: 'lv',
    name: 'Lentiviral vector (LV, third-generation self-inactivating)',
    shortName: 'LV',
    role: 'candidate',
    variants: [
      {
        name: 'Third-generation SIN',
        note: {
          text: 'HIV-1-derived, components split over four plasmids; a 3′ LTR deletion makes the integrated provirus self-inactivating.',
          sources: ['addgene-lentiviral-guide'],
          verified: true
        }
      }
    ],
    pros: [
      {
        text: 'Integrates, so expression passes to the progeny of transduced stem cells.',
        sources: ['moltherapy-2025-vectors'],
        verified: true
      },
      {
        text: 'Approved ex vivo stem-cell and CAR-T products exist.',
        sources: ['zynteglo-label', 'laetsch-2018'],
        verified: true
      },
      {
        text: 'Low immunogenicity; no replication-competent lentivirus found in 308 treated patients.',
        sources: ['moltherapy-2025-vectors', 'marcucci-2018'],
        verified: true
      }
    ],
    cons: [
      {
        text: 'Insertional mutagenesis risk: Boxed Warnings for haematological malignancy (Skysona, Lyfgenia, CAR-T).',
        sources: ['skysona-label', 'lyfgenia-label', 'fda-cart-2024'],
        verified: true
      },
      {
        text: 'Stem-cell products need myeloablative conditioning (e.g. hepatic veno-occlusive disease in 11.1% with Zynteglo).',
        sources: ['skysona-label', 'zynteglo-vod'],
        verified: true
      },
      { text: 'Long-term follow-up for 15 years.', sources: ['raps-ltfu', 'zynteglo-label'], verified: true }
    ],
    properties: {
      integration: {
        text: 'Integrates, with a risk of insertional mutagenesis; prefers gene bodies, with fewer clonal events than gamma-retroviral vectors in a tumour-prone mouse model. Enhancer design drives genotoxicity.',
        sources: ['moltherapy-2025-vectors', 'ash-integration-table', 'maruggi-2009'],
        verified: true
      },
      capacity: {
        text: 'Moderate: about 8 kb in comparison tables.',
        sources: ['pharmaceutics-2021'],
        verified: true
      },
      cellCycle: {
        text: 'Transduces dividing and non-dividing cells.',
        sources: ['addgene-lentiviral-guide'],
        verified: true
      },
      onsetDuration: {
        text: 'Integrated provirus passes to the progeny of transduced stem cells; lifelong durability is not verified.',
        sources: ['moltherapy-2025-vectors'],
        verified: false
      },
      immunogenicity: {
        text: 'Low immunogenicity; used essentially ex vivo (stem cells, T cells), where stem-cell products need myeloablative conditioning.',
        sources: ['moltherapy-2025-vectors', 'skysona-label'],
        verified: true
      }
    }
  },
  {
    id: 'aav',
    name: 'Adeno-associated viral vector (AAV)',
    shortName: 'AAV',
    role: 'candidate',
    variants: [
      {
        name: 'Single-stranded and self-complementary',
        note: {
          text: 'Single-stranded genomes hold about 4.7 kb; self-complementary vectors hold roughly half (exact figure not verified) but skip second-strand synthesis.',
          sources: ['jnd-2018-aav-cns'],
          verified: false
        }
      }
    ],
    pros: [
      {
        text: 'Low immunogenicity and long-lasting expression in non-dividing tissue.',
        sources: ['moltherapy-2025-vectors'],
        verified: true
      },
      { text: 'Mostly episomal; human insertional risk is theoretical.', sources: ['sabatino-2022'], verified: true },
      {
        text: 'Capsids with tissue tropism (liver, CNS, retina, muscle) and several approved products.',
        sources: ['jbiomedsci-2025'],
        verified: true
      }
    ],
    cons: [
      { text: 'Small capacity (about 4.7 kb).', sources: ['moltherapy-2025-vectors'], verified: true },
      {
        text: 'Pre-existing anti-capsid antibodies exclude many patients; even very low titres can block IV vectors.',
        sources: ['asokan-2012', 'blood-2006-low-nab'],
        verified: true
      },
      {
        text: 'Dose-dependent liver toxicity, TMA and deaths at high systemic doses; usually one dose per capsid.',
        sources: ['zolgensma-uspi', 'at132-aspiro', 'blood-2022-dog-ltfu'],
        verified: true
      }
    ],
    properties: {
      integration: {
        text: 'Mostly episomal; integration is rare. Insertional tumours were seen in neonatal mice; the human risk is theoretical.',
        sources: ['sabatino-2022'],
        verified: true
      },
      capacity: {
        text: 'Small: about 4.5–4.7 kb.',
        sources: ['pharmaceutics-2021', 'moltherapy-2025-vectors'],
        verified: true
      },
      cellCycle: {
        text: 'Transduces dividing and non-dividing cells, but episomal genomes are diluted when cells divide (e.g. a growing infant liver).',
        sources: ['moltherapy-2025-vectors', 'binny-2012'],
        verified: true
      },
      onsetDuration: {
        text: 'Delayed onset (needs second-strand synthesis unless self-complementary); long-lasting in non-dividing tissue, though expression can wane (year-over-year FVIII decline after Roctavian).',
        sources: ['moltherapy-2025-vectors', 'bloodadv-2024-roctavian-decline'],
        verified: true
      },
      immunogenicity: {
        text: 'Low immunogenicity, but pre-existing anti-capsid antibodies exclude many patients, capsid T-cell responses raise liver enzymes at high doses, and antibodies after dosing block re-dosing with the same capsid.',
        sources: ['asokan-2012', 'perrin-2019', 'blood-2022-dog-ltfu'],
        verified: true
      }
    }
  },
  {
    id: 'gamma_retroviral',
    name: 'Gamma-retroviral vector (historical comparator)',
    shortName: 'γ-RV',
    role: 'comparator',
    variants: [],
    pros: [],
    cons: [],
    properties: {
      integration: {
        text: 'Integrates near transcription start sites; strong LTR enhancers caused leukaemias (SCID-X1: 4 of 9; WAS: 7 of 10).',
        sources: ['ash-integration-table', 'hacein-bey-abina-2008', 'braun-2014'],
        verified: true
      },
      capacity: {
        text: 'Similar to LV in comparison tables (about 8 kb).',
        sources: ['pharmaceutics-2021'],
        verified: false
      },
      cellCycle: {
        text: 'Transduces only dividing cells, so stem cells must be stimulated ex vivo.',
        sources: ['addgene-lentiviral-guide'],
        verified: true
      },
      onsetDuration: {
        text: 'Integrated, so durable in transduced progeny.',
        sources: ['ash-integration-table'],
        verified: false
      },
      immunogenicity: {
        text: 'Used ex vivo, so vector immunogenicity matters little.',
        sources: ['ash-integration-table'],
        verified: false
      }
    }
  },
  {
    id: 'non_viral',
    name: 'Non-viral gene editing (comparator: Casgevy)',
    shortName: 'Non-viral',
    role: 'comparator',
    variants: [],
    pros: [],
    cons: [],
    properties: {
      integration: {
        text: 'No vector integration; CRISPR-Cas9 editing carries a labelled warning about potential off-target effects.',
        sources: ['frangoul-2024', 'casgevy-label'],
        verified: true
      },
      capacity: { text: 'Not applicable (editing, no transgene).', sources: ['frangoul-2024'], verified: true },
      cellCycle: { text: 'Ex vivo editing of autologous CD34+ cells.', sources: ['frangoul-2024'], verified: true },
      onsetDuration: {
        text: 'Permanent edit in engrafted stem cells after busulfan myeloablation.',
        sources: ['frangoul-2024'],
        verified: true
      },
      immunogenicity: {
        text: 'No viral capsid; myeloablative conditioning is still required.',
        sources: ['frangoul-2024'],
        verified: true
      }
    }
  }
];
