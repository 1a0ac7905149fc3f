/** Otarmeni (lunsotogene parvec-cwha), dual AAV1, intracochlear — FDA accelerated approval, 23 Apr 2026. */
import { eq } from '../build';
import { CHECKED, fact, hasIndication, inclusion, notRead, read, type Product } from './define';
import type { SourceData } from '../schema';

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'otarmeni-news-2026',
    citation:
      'News reports of the Otarmeni approval (HearingTracker; Beverly Hills Herald), Apr 2026: indication and patient selection.',
    issuer: 'HearingTracker; Beverly Hills Herald',
    kind: 'news',
    date: '2026-04',
    identifier: {},
    verification: 'partial',
    unverifiedNote: 'News wording; the label section 1 was not read.',
    developer: 'News outlets',
    funding: 'not stated',
    revised: null
  }
];

export const otarmeni: Product = {
  sources: SOURCES,
  id: 'otarmeni',
  name: 'Otarmeni',
  inn: 'lunsotogene parvec-cwha',
  platform: 'aav',
  serotype: 'AAV1',
  route: 'intracochlear, one-time surgical procedure; a dual AAV1 vector carrying the full-length OTOF gene',
  indications: ['otof'],
  status: 'approved',
  approval: fact(
    'FDA accelerated approval 23 Apr 2026, the first dual-AAV gene therapy: children and adults with hearing loss due to bi-allelic OTOF variants.',
    ['otarmeni-approval-2026']
  ),
  labelChecked: {
    label: 'FDA release of 23 Apr 2026 and news reports; the label text itself was not read',
    checked: CHECKED
  },
  criteria: [
    inclusion({
      id: 'otof-hearing-loss',
      text: 'Hearing loss due to OTOF variants (children and adults)',
      test: hasIndication('otof'),
      needs: 'The condition being treated',
      basis: [
        read(
          'otarmeni-news-2026',
          'indication (news)',
          'indicated for pediatric and adult patients with severe-to-profound hearing loss due to biallelic OTOF gene variants'
        )
      ],
      verified: false
    }),
    // The wizard does not record the degree of hearing loss: this stays "check needed".
    inclusion({
      id: 'severe-to-profound',
      text: 'Severe-to-profound or profound sensorineural hearing loss',
      needs: 'The degree of hearing loss on audiometry',
      basis: [
        read(
          'otarmeni-news-2026',
          'indication (news)',
          'indicated for pediatric and adult patients with severe-to-profound hearing loss due to biallelic OTOF gene variants'
        )
      ],
      verified: false
    }),
    inclusion({
      id: 'otof-biallelic',
      text: 'Bi-allelic OTOF variants confirmed',
      test: eq('condition.otofBiallelic', 'yes'),
      needs: 'The genetic test result',
      basis: [
        read(
          'otarmeni-news-2026',
          'indication (news)',
          'indicated for pediatric and adult patients with severe-to-profound hearing loss due to biallelic OTOF gene variants'
        )
      ],
      verified: false
    }),
    inclusion({
      id: 'ear-eligible',
      text: 'Outer hair-cell function retained, and no cochlear implant in the ear to be treated',
      test: eq('condition.otofEarEligible', 'yes'),
      needs: 'Otoacoustic emissions and the implant history of the ear to be treated',
      basis: [
        read(
          'otarmeni-news-2026',
          'news report',
          'intended for patients who retain outer hair‑cell function and who have not received a cochlear implant in the ear to be treated'
        )
      ],
      verified: false
    })
  ],
  regimen: [],
  warnings: [notRead('otarmeni-approval-2026')],
  labelFacts: [
    fact(
      'No anti-AAV1 antibody requirement, steroid regimen or minimum age was found; check the label.',
      ['otarmeni-news-2026'],
      false
    ),
    fact('The OTOF gene is too large for one AAV capsid: the two halves are split across two vectors.', [
      'otarmeni-approval-2026'
    ])
  ]
};
