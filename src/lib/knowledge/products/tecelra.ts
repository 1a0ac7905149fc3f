/** Tecelra (afamitresgene autoleucel), LV-transduced T-cell receptor therapy — FDA accelerated approval, Aug 2024. */
import { ageAtLeastYears, eq } from '../build';
import { CHECKED, exclusion, fact, hasIndication, inclusion, on, type Product, read, regimen, warning } from './define';
import type { SourceData } from '../schema';
import { companySource } from '../source-make';

const INDICATION =
  'indicated for the treatment of adults with unresectable or metastatic synovial sarcoma who have received prior chemotherapy, are HLA-A*02:01P, -A*02:02P, -A*02:03P, or -A*02:06P positive and whose tumor expresses the MAGE-A4 antigen as determined by FDA-approved or cleared companion diagnostic devices.';

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'tecelra-uspi',
    citation:
      'TECELRA (afamitresgene autoleucel) US prescribing information: section 1, section 4 and the boxed warning (DailyMed; label copies at cdxtests.com and JADPRO).',
    issuer: 'US FDA label (DailyMed)',
    kind: 'label',
    date: '2024-08-02',
    identifier: { label: 'TECELRA USPI' },
    verification: 'verified',
    developer: 'Marketing-authorisation holder (name not recorded in the reference)',
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'nci-tecelra-vector',
    citation:
      'NCI Drug Dictionary (via hemonc.org): afamitresgene autoleucel, autologous T cells transduced with a lentiviral vector encoding a MAGE-A4-specific T-cell receptor.',
    issuer: 'National Cancer Institute (via hemonc.org)',
    kind: 'reference',
    date: null,
    identifier: {},
    verification: 'partial',
    unverifiedNote: 'The label description (section 11) was not read; the vector type rests on this dictionary entry.',
    developer: 'National Cancer Institute',
    funding: 'US government',
    revised: null
  },
  companySource(
    'adaptimmune-2025-07-28',
    'Adaptimmune press release, 28 Jul 2025: definitive agreement to sell TECELRA, lete-cel, afami-cel and uza-cel to US WorldMeds; lete-cel approval anticipated in 2026 (copies at 1stoncology.com and stocktitan.net).',
    'Adaptimmune Therapeutics',
    '2025-07-28'
  ),
  companySource(
    'usworldmeds-2025-08',
    'US WorldMeds release: closing of the acquisition of Adaptimmune’s cell-therapy assets; TECELRA remains available (copies at healthtechnologyinsights.com and ainvest.com, 4 Aug 2025).',
    'US WorldMeds',
    '2025-08'
  )
];

export const tecelra: Product = {
  sources: SOURCES,
  id: 'tecelra',
  name: 'Tecelra',
  inn: 'afamitresgene autoleucel',
  platform: 'lv',
  route: 'ex vivo LV-transduced autologous T cells after lymphodepletion',
  delivery: { route: 'ex_vivo' },
  indications: ['synovial_sarcoma'],
  status: 'approved',
  marketNote: fact(
    'Sold by Adaptimmune to US WorldMeds (agreement 28 Jul 2025, closed in early August 2025); Tecelra remains available.',
    ['adaptimmune-2025-07-28', 'usworldmeds-2025-08']
  ),
  approval: fact(
    'FDA accelerated approval 2 Aug 2024: adults with unresectable or metastatic synovial sarcoma after chemotherapy, HLA-A*02 eligible, MAGE-A4 positive. A T-cell receptor product, not CAR-T; lentiviral per the NCI drug dictionary.',
    ['tecelra-uspi', 'nci-tecelra-vector']
  ),
  labelChecked: {
    label: 'US label sections 1 and 4 and the boxed warning (DailyMed and label copies)',
    checked: CHECKED
  },
  criteria: [
    inclusion({
      id: 'synovial-sarcoma',
      text: 'Synovial sarcoma',
      test: hasIndication('synovial_sarcoma'),
      needs: 'The condition being treated',
      basis: [read('tecelra-uspi', '1 Indications and usage', INDICATION)]
    }),
    inclusion({
      id: 'adult',
      text: '18 years of age or older (adults)',
      test: ageAtLeastYears(18),
      needs: 'The exact age',
      basis: [read('tecelra-uspi', '1 Indications and usage', INDICATION)]
    }),
    inclusion({
      id: 'after-chemotherapy',
      text: 'Unresectable or metastatic, after prior chemotherapy',
      test: eq('condition.sarcomaAfterChemo', 'yes'),
      needs: 'The stage and the treatment history',
      basis: [read('tecelra-uspi', '1 Indications and usage', INDICATION)]
    }),
    inclusion({
      id: 'hla-a02',
      text: 'HLA-A*02:01P, -A*02:02P, -A*02:03P or -A*02:06P positive',
      test: eq('condition.hlaA02Eligible', 'yes'),
      needs: 'HLA typing',
      basis: [read('tecelra-uspi', '1 Indications and usage', INDICATION)]
    }),
    inclusion({
      id: 'mage-a4',
      text: 'Tumour expresses MAGE-A4 on the FDA-approved or cleared companion test',
      test: eq('condition.mageA4Positive', 'yes'),
      needs: 'MAGE-A4 testing of the tumour on the companion diagnostic',
      basis: [read('tecelra-uspi', '1 Indications and usage', INDICATION)]
    }),
    exclusion({
      id: 'hla-a0205',
      text: 'Heterozygous or homozygous for HLA-A*02:05P',
      test: eq('condition.hlaA0205', 'yes'),
      needs: 'HLA typing (HLA-A*02:05P)',
      basis: [
        read(
          'tecelra-uspi',
          '4 Contraindications',
          'DO NOT use TECELRA in adults who are heterozygous or homozygous for HLA- A*02:05P .'
        )
      ]
    })
  ],
  regimen: [
    regimen(
      'pre_dose',
      'A lymphodepleting regimen of cyclophosphamide and fludarabine; premedicate with paracetamol and an H1 antihistamine; no prophylactic systemic corticosteroids.',
      [
        read(
          'tecelra-uspi',
          '2 (label summary)',
          'Administer a lymphodepleting regimen of cyclophosphamide and fludarabine.'
        )
      ],
      false,
      { step: 'conditioning', at: on(0, 'day', 'conditioning'), jurisdiction: 'US' }
    ),
    regimen(
      'after_dose',
      'Monitor for ICANS for at least 4 weeks after the infusion.',
      [
        read(
          'tecelra-uspi',
          '5 (label summary)',
          'Monitor for ICANS events for at least 4 weeks after treatment with TECELRA.'
        )
      ],
      false,
      { step: 'monitoring', at: on(0, 'day'), until: on(4, 'week'), test: 'icans', jurisdiction: 'US' }
    )
  ],
  warnings: [
    warning('boxed_warning', 'Cytokine release syndrome, which may be severe or life-threatening.', [
      read('tecelra-uspi', 'Boxed warning (not quoted here)')
    ])
  ],
  labelFacts: [
    fact(
      'Boxed Warning: cytokine release syndrome, which may be severe or life-threatening; treat in a centre with immediate access to medicines and resuscitation.',
      ['tecelra-uspi']
    )
  ]
};
