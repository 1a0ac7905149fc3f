/** Luxturna (voretigene neparvovec-rzyl), subretinal AAV2 — US label. */
import { eq, gte } from '../build';
import { CHECKED, fact, hasIndication, inclusion, notRead, on, type Product, read, regimen } from './define';
import type { SourceData } from '../schema';

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'nice-hst11',
    citation: 'NICE Highly Specialised Technologies guidance HST11: voretigene neparvovec.',
    issuer: 'National Institute for Health and Care Excellence',
    kind: 'guidance',
    date: null,
    identifier: { label: 'NICE HST11' },
    verification: 'verified',
    developer: 'NICE',
    funding: 'UK public funding',
    revised: null
  }
];

export const luxturna: Product = {
  sources: SOURCES,
  id: 'luxturna',
  name: 'Luxturna',
  inn: 'voretigene neparvovec-rzyl',
  platform: 'aav',
  serotype: 'AAV2',
  route: 'subretinal, 1.5×10^11 vg per eye, eyes at least 6 days apart',
  delivery: { route: 'local', aavDose: 'not_planned' },
  indications: ['rpe65'],
  status: 'approved',
  approval: fact('Bi-allelic RPE65 retinal dystrophy with sufficient viable retinal cells.', [
    'luxturna-uspi',
    'nice-hst11'
  ]),
  labelChecked: {
    label: 'US label (drug-reference summary and prescriberpoint copy; see docs/research)',
    checked: CHECKED
  },
  setId: '08313a24-e7ce-457a-bb3f-161bc45517ee',
  criteria: [
    inclusion({
      id: 'rpe65-dystrophy',
      text: 'RPE65-associated retinal dystrophy',
      test: hasIndication('rpe65'),
      needs: 'The condition being treated',
      basis: [
        read(
          'luxturna-uspi',
          '1 Indications (summary)',
          'Treatment of biallelic RPE65 mutation-associated retinal dystrophy.'
        )
      ]
    }),
    inclusion({
      id: 'rpe65-biallelic',
      text: 'Bi-allelic RPE65 mutations confirmed',
      test: eq('condition.rpe65Biallelic', 'yes'),
      needs: 'Genetic confirmation of bi-allelic RPE65 mutations',
      basis: [
        read(
          'luxturna-uspi',
          '1 Indications (summary)',
          'Treatment of biallelic RPE65 mutation-associated retinal dystrophy.'
        )
      ]
    }),
    inclusion({
      id: 'viable-retinal-cells',
      candidates: [25],
      text: 'Viable retinal cells, as judged by the treating physician',
      test: eq('condition.viableRetinalCells', 'yes'),
      needs: "The retina specialist's assessment of viable retinal cells",
      basis: [
        read('luxturna-uspi', '2 Dosage (summary)', 'Must have viable retinal cells as determined by physician.'),
        read('nice-hst11', 'the marketing authorisation', 'who have sufficient viable retinal cells')
      ]
    }),
    inclusion({
      id: 'age-12-months',
      candidates: [25],
      text: '12 months of age or older',
      test: gte('patient.ageMonths', 12),
      needs: 'The exact age',
      basis: [read('luxturna-uspi', '2 / 8.4 (summary)', '<12mos: not recommended.')]
    })
  ],
  regimen: [
    regimen(
      'immunosuppression',
      'Prednisone 1 mg/kg/day (at most 40 mg/day) for 7 days, starting 3 days before each eye.',
      [
        read(
          'luxturna-uspi',
          '2 Dosage (copy)',
          'prednisone at 1 mg/kg/day (maximum of 40 mg/day) for a total of 7 days (starting 3 days before administration'
        )
      ],
      undefined,
      { step: 'immunosuppression', at: on(-3, 'day'), until: on(4, 'day'), test: 'steroid', jurisdiction: 'US' }
    ),
    regimen(
      'immunosuppression',
      'Then taper the prednisone over the next 10 days (the taper was not quoted here).',
      [read('luxturna-uspi', '2 Dosage (taper not quoted)')],
      false,
      { step: 'immunosuppression', at: on(4, 'day'), until: on(14, 'day'), test: 'steroid', jurisdiction: 'US' }
    ),
    regimen(
      'pre_dose',
      'The second eye at least 6 days after the first, with its own steroid course starting 3 days before it.',
      [read('luxturna-uspi', '2 Dosage (summary)', 'separate injs to each eye by ≥6 days')],
      undefined,
      { step: 'dose', at: on(6, 'day'), jurisdiction: 'US' }
    ),
    regimen(
      'after_dose',
      'Avoid air travel, high altitude and scuba diving until the intraocular air bubble has gone; watch for infection, inflammation and raised eye pressure.',
      [
        read(
          'luxturna-uspi',
          '5 Warnings (summary)',
          'Avoid changes in altitude (eg, air travel, high elevations, scuba diving) until intraocular air bubble has completely dissipated.'
        )
      ],
      undefined,
      { step: 'stay', at: on(0, 'day'), jurisdiction: 'US' }
    )
  ],
  warnings: [notRead('luxturna-uspi')],
  labelFacts: [
    fact('Not recommended under 12 months of age.', ['luxturna-uspi']),
    fact('No anti-AAV2 antibody requirement was found in the label copies read.', ['luxturna-uspi'], false)
  ]
};
