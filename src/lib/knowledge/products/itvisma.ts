/** Itvisma (onasemnogene abeparvovec-brve), intrathecal AAV9 — US label, Nov 2025. */
import { ageAtLeastYears, eq, given } from '../build';
import { CHECKED, fact, hasIndication, inclusion, notRead, read, regimen, type Product } from './define';
import type { SourceData } from '../schema';
import { AUTHORS, HOLDER, NS } from '../source-words';

const INDICATION =
  'indicated for the treatment of spinal muscular atrophy (SMA) in adult and pediatric patients 2 years of age and older with confirmed mutation in SMN1 gene.';
const confirmed = eq('condition.smn1Biallelic', 'yes');

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'mda-2025-steer',
    citation:
      'Proud et al. Intrathecal onasemnogene abeparvovec for patients with spinal muscular atrophy: phase 3, randomized, sham-controlled, double-blind STEER study (late-breaking abstract LB450).',
    issuer: 'MDA Clinical & Scientific Conference 2025',
    kind: 'abstract',
    date: '2025',
    identifier: { label: 'NCT05089656' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'mda-strength',
    citation:
      'Kwon et al. Intrathecal onasemnogene abeparvovec for treatment-experienced patients with spinal muscular atrophy: phase 3b, open-label STRENGTH study (late-breaking abstract LB449).',
    issuer: 'MDA Clinical & Scientific Conference',
    kind: 'abstract',
    date: null,
    identifier: { label: 'NCT05386680' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'itvisma-label-report',
    citation: 'BioPatrika report on the ITVISMA label: hepatotoxicity warnings retained.',
    issuer: 'BioPatrika',
    kind: 'news',
    date: null,
    identifier: {},
    verification: 'verified',
    developer: 'BioPatrika',
    funding: NS,
    revised: null
  },
  {
    id: 'itvisma-uspi',
    citation:
      'ITVISMA (onasemnogene abeparvovec-brve) US prescribing information: sections 1, 5.1 and 8.4 as read in label copies (RxList summary, updated 8 Dec 2025; blackboxrx warning 836).',
    issuer: 'US FDA label (third-party copies)',
    kind: 'label',
    date: '2025-11',
    identifier: { label: 'ITVISMA USPI' },
    verification: 'partial',
    unverifiedNote:
      'Read in third-party copies; the corticosteroid dose (section 2.2) and the contraindications were not read.',
    developer: HOLDER,
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'curesma-itvisma',
    citation: 'Cure SMA: summary of the ITVISMA label warnings (sensory neuropathy, TMA, troponin, thrombocytopenia).',
    issuer: 'Cure SMA (patient organisation)',
    kind: 'reference',
    date: '2025',
    identifier: {},
    verification: 'partial',
    unverifiedNote: 'A patient-group summary of the label, not the label text.',
    developer: 'Cure SMA',
    funding: NS,
    revised: null
  }
];

export const itvisma: Product = {
  sources: SOURCES,
  id: 'itvisma',
  name: 'Itvisma',
  inn: 'onasemnogene abeparvovec-brve',
  platform: 'aav',
  serotype: 'AAV9',
  route: 'intrathecal, fixed dose of 1.2×10^14 vg',
  indications: ['sma'],
  status: 'approved',
  approval: fact('FDA approved 24 Nov 2025 for SMA in patients 2 years and older; hepatotoxicity warnings retained.', [
    'itvisma-approval-2025',
    'itvisma-label-report'
  ]),
  labelChecked: { label: 'US label, Nov 2025 (RxList and blackboxrx copies; see docs/research)', checked: CHECKED },
  criteria: [
    inclusion({
      id: 'sma',
      text: 'Spinal muscular atrophy',
      test: hasIndication('sma'),
      needs: 'The condition being treated',
      basis: [read('itvisma-uspi', '1 Indications and usage (copy)', INDICATION)]
    }),
    inclusion({
      id: 'smn1-confirmed',
      text: 'A confirmed SMN1 mutation',
      // Only a confirmed bi-allelic result answers it here; "no" (not bi-allelic) does not rule out a confirmed mutation.
      test: given(confirmed, confirmed),
      needs: 'Genetic confirmation of the SMN1 mutation',
      basis: [read('itvisma-uspi', '1 Indications and usage (copy)', INDICATION)]
    }),
    inclusion({
      id: 'age-2-or-over',
      text: '2 years of age or older',
      test: ageAtLeastYears(2),
      needs: 'The exact age',
      basis: [
        read('itvisma-uspi', '1 Indications and usage (copy)', INDICATION),
        read(
          'itvisma-uspi',
          '8.4 Pediatric use (copy)',
          'The safety and effectiveness of Itvisma have not been established in pediatric patients younger than 2 years of age.'
        )
      ]
    })
  ],
  regimen: [
    regimen(
      'immunosuppression',
      'A systemic corticosteroid before and after the injection; do not taper until AST and ALT are below 2 × ULN. The dose and duration are in the label (section 2.2) and were not read here.',
      [
        read(
          'itvisma-uspi',
          '5.1 Serious liver injury (copy)',
          'In order to mitigate potential aminotransferase elevations, administer systemic corticosteroid before and after ITVISMA injection.'
        ),
        read(
          'itvisma-uspi',
          '5.1 Serious liver injury (copy)',
          'Tapering of systemic corticosteroids should not be considered until AST/ALT levels are less than 2 × ULN'
        )
      ]
    ),
    regimen('pre_dose', 'Before the injection: liver function by clinical examination and laboratory tests.', [
      read(
        'itvisma-uspi',
        '5.1 Serious liver injury (copy)',
        'Prior to ITVISMA injection, assess liver function by clinical examination and laboratory testing.'
      )
    ]),
    regimen(
      'after_dose',
      'After the injection: AST, ALT and bilirubin weekly for the first month and during the steroid taper, then every other week for another month; liver function for at least 3 months.',
      [
        read(
          'itvisma-uspi',
          '5.1 Serious liver injury (copy)',
          'Continue to monitor liver function for at least 3 months after ITVISMA administration'
        )
      ]
    ),
    regimen(
      'after_dose',
      'Watch for peripheral sensory neuropathy (onset about three weeks after the injection), thrombotic microangiopathy and rises in troponin I.',
      [
        read(
          'curesma-itvisma',
          'summary of the warnings',
          'Peripheral sensory neuropathy has occurred with Itvisma® administration'
        )
      ],
      false
    )
  ],
  warnings: [notRead('itvisma-label-report')],
  labelFacts: [
    fact('One fixed intrathecal dose, independent of age and weight.', ['itvisma-approval-2025']),
    fact(
      'No anti-AAV9 antibody test or titre limit was found in the copies of the Itvisma label read; the Zolgensma 1:50 limit is not carried over.',
      ['itvisma-uspi'],
      false
    ),
    fact(
      'Patients given IV Zolgensma before: no label wording was found. The phase 3 trials enrolled patients with no earlier SMA treatment (STEER) and patients who had stopped nusinersen or risdiplam (STRENGTH), so their results do not speak for them.',
      ['mda-2025-steer', 'mda-strength']
    )
  ]
};
