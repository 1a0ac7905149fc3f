/** Lyfgenia (lovotibeglogene autotemcel), ex vivo LV stem cells — US label. */
import { ageAtLeastYears, eq } from '../build';
import { pregnancyBeforeConditioning } from '../terms';
import { CHECKED, exclusion, fact, hasIndication, inclusion, read, regimen, warning, type Product } from './define';

const INDICATION =
  'approved for the treatment of patients 12 years of age and older with sickle cell disease and a history of vaso-occlusive events.';

export const lyfgenia: Product = {
  id: 'lyfgenia',
  name: 'Lyfgenia',
  inn: 'lovotibeglogene autotemcel',
  platform: 'lv',
  route: 'ex vivo LV-modified CD34+ cells after myeloablation',
  indications: ['scd'],
  status: 'approved',
  approval: fact('FDA 8 Dec 2023: sickle cell disease, 12 years and older, with a history of vaso-occlusive events.', [
    'lyfgenia-label'
  ]),
  labelChecked: {
    label: 'US label boxed warning (openFDA, 2026); indication as restated from the FDA (see docs/research)',
    checked: CHECKED
  },
  criteria: [
    inclusion({
      id: 'scd',
      text: 'Sickle cell disease',
      test: hasIndication('scd'),
      needs: 'The condition being treated',
      basis: [read('lyfgenia-label', '1 Indications (as restated)', INDICATION)]
    }),
    inclusion({
      id: 'age-12-or-over',
      text: '12 years of age or older',
      test: ageAtLeastYears(12),
      needs: 'The exact age',
      basis: [read('lyfgenia-label', '1 Indications (as restated)', INDICATION)]
    }),
    inclusion({
      id: 'voe-history',
      text: 'A history of vaso-occlusive events',
      test: eq('condition.vocHistory', 'yes'),
      needs: 'The history of vaso-occlusive events',
      basis: [read('lyfgenia-label', '1 Indications (as restated)', INDICATION)]
    }),
    // Busulfan myeloablation: the label's pregnancy wording (8.1, 8.3) was not read.
    exclusion(pregnancyBeforeConditioning, read('lyfgenia-label', '8.1, 8.3 Pregnancy (not read)'))
  ],
  regimen: [
    regimen(
      'after_dose',
      'Blood counts at least every 6 months, and integration-site analysis at months 6 and 12 and as warranted.',
      [
        read(
          'lyfgenia-label',
          'Boxed warning',
          'Monitor patients closely for evidence of malignancy through complete blood counts at least every 6 months and through integration site analysis at Months 6, 12, and as warranted'
        )
      ]
    )
  ],
  warnings: [
    warning(
      'boxed_warning',
      'Haematological malignancy: blood counts at least every 6 months and integration-site analysis.',
      [
        read(
          'lyfgenia-label',
          'Boxed warning',
          'Monitor patients closely for evidence of malignancy through complete blood counts at least every 6 months and through integration site analysis at Months 6, 12, and as warranted'
        )
      ]
    ),
    warning(
      'limitation',
      'Limitation of use reported for patients with α-thalassaemia trait (named by the Dec 2026 review; wording not read here).',
      [read('lyfgenia-label', '1 Limitations of use (not read)')]
    )
  ],
  labelFacts: [
    fact('Boxed Warning: haematological malignancy (two leukaemia cases in the programme).', ['lyfgenia-label'])
  ]
};
