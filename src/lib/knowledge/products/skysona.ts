/** Skysona (elivaldogene autotemcel), ex vivo LV stem cells — US label, indication restricted Aug 2025. */
import { ageAtLeastYears, ageUnderYears, all, eq } from '../build';
import { CHECKED, fact, hasIndication, inclusion, read, regimen, warning, type Product } from './define';
import type { SourceData } from '../schema';

const INDICATION =
  'indicated to slow the progression of neurologic dysfunction in boys 4-17 years of age with early, active cerebral adrenoleukodystrophy (CALD).';
const EARLY_ACTIVE =
  'Early, active CALD refers to asymptomatic or mildly symptomatic (neurologic function score, NFS ≤ 1) boys who have gadolinium enhancement on brain magnetic resonance imaging (MRI) and Loes scores of 0.5-9.';

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'fda-skysona-2025-08',
    citation:
      'FDA safety alert on SKYSONA: hematologic malignancy in 10/67 trial participants; indication restricted to patients without an available HLA-matched donor.',
    issuer: 'US FDA (reported by drugs.com)',
    kind: 'regulator',
    date: '2025-08-07',
    identifier: {},
    verification: 'verified',
    developer: 'US FDA',
    funding: 'US government',
    revised: '2025-08-07'
  }
];

export const skysona: Product = {
  sources: SOURCES,
  id: 'skysona',
  name: 'Skysona',
  inn: 'elivaldogene autotemcel',
  platform: 'lv',
  route: 'ex vivo LV-modified CD34+ cells after myeloablation',
  indications: ['cald'],
  status: 'approved',
  approval: fact(
    'Boys 4–17 years with early, active CALD; since Aug 2025 only for patients without an available HLA-matched donor.',
    ['skysona-label', 'fda-skysona-2025-08']
  ),
  labelChecked: {
    label:
      'US label section 1 (FDA product page) and boxed warning (openFDA, 2026); the Aug 2025 donor clause from the FDA alert',
    checked: CHECKED
  },
  criteria: [
    inclusion({
      id: 'cald',
      text: 'Cerebral adrenoleukodystrophy',
      test: hasIndication('cald'),
      needs: 'The condition being treated',
      basis: [read('skysona-label', '1 Indications and usage', INDICATION)]
    }),
    inclusion({
      id: 'boy',
      text: 'A boy (the label is for boys)',
      test: eq('condition.sex', 'male'),
      needs: 'The sex as the label uses it',
      basis: [read('skysona-label', '1 Indications and usage', INDICATION)]
    }),
    inclusion({
      id: 'age-4-to-17',
      text: '4 to 17 years of age',
      test: all(ageAtLeastYears(4), ageUnderYears(18)),
      needs: 'The exact age',
      basis: [read('skysona-label', '1 Indications and usage', INDICATION)]
    }),
    inclusion({
      id: 'early-active',
      text: 'Early, active CALD: NFS ≤ 1 with gadolinium enhancement and a Loes score of 0.5 to 9',
      test: eq('condition.caldEarlyActive', 'yes'),
      needs: 'The neurologic function score and brain MRI (gadolinium enhancement, Loes score)',
      basis: [read('skysona-label', '1 Indications and usage', EARLY_ACTIVE)]
    }),
    inclusion({
      id: 'no-matched-donor',
      candidates: [30],
      text: 'No HLA-matched allogeneic stem-cell donor available',
      test: eq('condition.hlaMatchedDonor', 'no'),
      needs: 'The result of the HLA-matched donor search',
      basis: [
        read(
          'fda-skysona-2025-08',
          'FDA alert, Aug 2025 (as reported)',
          'restricts the eli-cel indication to patients without an available human leukocyte antigen (HLA)-matched allogeneic hematopoietic stem cell donor'
        )
      ]
    })
  ],
  regimen: [
    regimen(
      'pre_dose',
      'Before cell collection: screen for HBV, HCV, HIV-1/2 and HTLV-1/2, and confirm that stem-cell transplantation is appropriate.',
      [
        read(
          'skysona-label',
          '2.2 (copy)',
          'Perform screening for hepatitis B virus (HBV), hepatitis C virus (HCV), human immunodeficiency virus 1 & 2 (HIV-1/HIV-2) and Human T-lymphotropic virus 1 & 2 (HTLV-1/HTLV-2) in accordance with clinical guidelines before collection of cells for manufacturing.'
        )
      ]
    ),
    regimen(
      'after_dose',
      'Blood counts at least every 3 months, and tests for clonal expansion at least twice in the first year and yearly after (current boxed warning).',
      [
        read(
          'skysona-uspi-2026',
          'Boxed warning',
          'Monitor patients closely for evidence of malignancy through complete blood counts at least every 3 months.'
        )
      ]
    )
  ],
  warnings: [
    warning('boxed_warning', 'Haematological malignancy (MDS, AML): blood counts at least every 3 months.', [
      read(
        'skysona-uspi-2026',
        'Boxed Warning (openFDA)',
        'Monitor patients closely for evidence of malignancy through complete blood counts at least every 3 months.'
      )
    ]),
    warning(
      'limitation',
      'Limitations of use reported to include patients with a full ABCD1 gene deletion (loss of efficacy) and adrenal insufficiency, which Skysona does not treat; wording not read here.',
      [read('skysona-uspi-2026', '1 Limitations of use (not read)')]
    )
  ],
  labelFacts: [
    fact(
      'Boxed Warning: haematological malignancy (MDS, AML), diagnosed 14 months to 10 years after treatment; 10 of 67 trial participants (15%) by July 2025.',
      ['skysona-uspi-2026', 'fda-skysona-2025-08']
    )
  ]
};
