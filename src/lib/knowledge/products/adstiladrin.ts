/** Adstiladrin (nadofaragene firadenovec-vncg), intravesical non-replicating Ad5 — US label. */
import { ageAtLeastYears, all, eq } from '../build';
import { CHECKED, exclusion, fact, hasIndication, inclusion, notRead, on, type Product, read, regimen } from './define';
import type { Rule, SourceData } from '../schema';
import { immunocompromised } from '../terms/immunocompromised';

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'ema-adstiladrin',
    citation:
      'EMA, Adstiladrin (nadofaragene firadenovec) EPAR page: "Authorised — This medicine is authorised for use in the European Union"; BCG-unresponsive NMIBC with carcinoma in situ.',
    issuer: 'European Medicines Agency',
    kind: 'regulator',
    date: null,
    identifier: {},
    verification: 'partial',
    unverifiedNote: 'The page copy read does not state the date of the Commission decision.',
    developer: 'European Medicines Agency',
    funding: 'EU',
    revised: null
  }
];

const INDICATION =
  'ADSTILADRIN is indicated for the treatment of adult patients with high-risk Bacillus Calmette-Guérin (BCG)-unresponsive non-Muscle Invasive Bladder Cancer (NMIBC) with carcinoma in situ (CIS) with or without papillary tumors.';

/** Rules about this product alone beyond its label criteria: cautions and notes (moved from ../rules.ts). */
const RULES: Rule[] = [
  {
    id: 'adstiladrin-cystectomy-plan',
    candidates: [44],
    strength: 'note',
    target: { products: ['adstiladrin'] },
    when: all(eq('condition.bcgUnresponsiveCis', 'yes'), eq('condition.cystectomyEligible', 'yes')),
    text: 'If there is no complete response at 3 months, or CIS recurs, consider cystectomy.',
    rationale: 'Delaying cystectomy can lead to muscle-invasive or metastatic disease.',
    sources: ['adstiladrin-label'],
    verified: true,
    basis: [
      read(
        'adstiladrin-label',
        '5.1 Risk with delayed cystectomy',
        'If patients with CIS do not have a complete response to treatment after 3 months or if CIS recurs, consider cystectomy'
      )
    ]
  }
];

export const adstiladrin: Product = {
  rules: RULES,
  sources: SOURCES,
  id: 'adstiladrin',
  name: 'Adstiladrin',
  inn: 'nadofaragene firadenovec-vncg',
  platform: 'adv',
  route: 'intravesical, 75 mL of 3×10^11 vp/mL every 3 months',
  delivery: { route: 'local' },
  indications: ['nmibc'],
  status: 'approved',
  marketNote: fact('EU: authorised (EMA page “Authorised”); the date of the Commission decision was not found.', [
    'ema-adstiladrin'
  ]),
  approval: fact(
    'Adults with high-risk BCG-unresponsive NMIBC with carcinoma in situ, with or without papillary tumours.',
    ['adstiladrin-label']
  ),
  labelChecked: {
    label:
      'US label copies: section 1 (rxreasoner, revision 2023; prescriberpoint), sections 4, 5 and 8 (fda.report Aug 2024, rxreasoner) as quoted by the reference and the audit',
    checked: CHECKED
  },
  criteria: [
    inclusion({
      id: 'nmibc',
      text: 'Non-muscle-invasive bladder cancer',
      test: hasIndication('nmibc'),
      needs: 'The condition being treated',
      basis: [read('adstiladrin-label', '1 Indications and usage (copy)', INDICATION)]
    }),
    inclusion({
      id: 'adult',
      text: '18 years of age or older (adults)',
      test: ageAtLeastYears(18),
      needs: 'The exact age',
      basis: [read('adstiladrin-label', '1 Indications and usage (copy)', INDICATION)]
    }),
    inclusion({
      id: 'bcg-unresponsive-cis',
      text: 'High-risk, BCG-unresponsive, with carcinoma in situ (with or without papillary tumours)',
      test: eq('condition.bcgUnresponsiveCis', 'yes'),
      needs: 'The urologist’s staging: BCG-unresponsive disease with carcinoma in situ',
      basis: [read('adstiladrin-label', '1 Indications and usage (copy)', INDICATION)]
    }),
    exclusion({
      id: 'interferon-hypersensitivity',
      text: 'A past hypersensitivity reaction to interferon alfa',
      test: eq('condition.interferonHypersensitivity', 'yes'),
      needs: 'Any past reaction to interferon alfa',
      basis: [
        read(
          'adstiladrin-label',
          '4 Contraindications (copy)',
          'contraindicated in patients with prior hypersensitivity reactions to interferon alfa'
        )
      ]
    }),
    exclusion({
      ...immunocompromised,
      basis: [
        read(
          'adstiladrin-label',
          'Highlights, 8 (copy)',
          'Immunocompromise/immunodeficiency: Avoid in patients with immunocompromise or immunodeficiency. (8)'
        )
      ]
    })
  ],
  regimen: [
    regimen(
      'pre_dose',
      'Exclude a urinary tract infection before each instillation (EU label).',
      [
        read(
          'adstiladrin-label',
          'EU SmPC',
          'Urinary tract infection should be excluded before each bladder instillation'
        )
      ],
      undefined,
      { step: 'test', at: on(0, 'day'), by: true, test: 'uti', jurisdiction: 'EU' }
    ),
    regimen(
      'after_dose',
      'At 3 months: if carcinoma in situ has not responded completely, or recurs, consider cystectomy — delay risks muscle-invasive or metastatic disease.',
      [
        read(
          'adstiladrin-label',
          '5.1 Risk with delayed cystectomy',
          'If patients with CIS do not have a complete response to treatment after 3 months or if CIS recurs, consider cystectomy'
        )
      ],
      undefined,
      { step: 'monitoring', at: on(3, 'month'), test: 'cis-response', jurisdiction: 'US' }
    )
  ],
  warnings: [notRead('adstiladrin-label')],
  labelFacts: [
    fact(
      'Risk of disseminated adenovirus infection in immunocompromised people; immunosuppressed staff must not handle it.',
      ['adstiladrin-label']
    ),
    fact('Delaying cystectomy can lead to muscle-invasive or metastatic disease.', ['adstiladrin-label'])
  ]
};
