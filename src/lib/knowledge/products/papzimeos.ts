/** Papzimeos (zopapogene imadenovec-drba), non-replicating AdV immunotherapy, subcutaneous — FDA 14 Aug 2025. */
import { ageAtLeastYears } from '../build';
import { CHECKED, fact, hasIndication, inclusion, notRead, read, type Product } from './define';
import type { SourceData } from '../schema';

const INDICATION =
  'a first-of-its-kind non-replicating adenoviral vector-based immunotherapy for the treatment of adult patients with recurrent respiratory papillomatosis (RRP).';

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'fda-papzimeos-2025',
    citation:
      'FDA news release, 14 Aug 2025: FDA approves Papzimeos (zopapogene imadenovec-drba) for adults with recurrent respiratory papillomatosis.',
    issuer: 'US FDA (copy by pillpals.co)',
    kind: 'regulator',
    date: '2025-08-14',
    identifier: {},
    verification: 'partial',
    unverifiedNote: 'A copy of the FDA release; the label (section 1, contraindications, warnings) was not read.',
    developer: 'US FDA',
    funding: 'US government',
    revised: null
  }
];

export const papzimeos: Product = {
  sources: SOURCES,
  id: 'papzimeos',
  name: 'Papzimeos',
  inn: 'zopapogene imadenovec-drba',
  platform: 'adv',
  route: 'subcutaneous injections (four over 12 weeks, per the maker)',
  indications: ['rrp'],
  status: 'approved',
  approval: fact('FDA full approval 14 Aug 2025: adults with recurrent respiratory papillomatosis.', [
    'fda-papzimeos-2025'
  ]),
  labelChecked: { label: 'FDA release of 14 Aug 2025 (the label text itself was not read)', checked: CHECKED },
  criteria: [
    inclusion({
      id: 'rrp',
      text: 'Recurrent respiratory papillomatosis',
      test: hasIndication('rrp'),
      needs: 'The condition being treated',
      basis: [read('fda-papzimeos-2025', 'FDA release', INDICATION)]
    }),
    inclusion({
      id: 'adult',
      text: '18 years of age or older (adults)',
      test: ageAtLeastYears(18),
      needs: 'The exact age',
      basis: [read('fda-papzimeos-2025', 'FDA release', INDICATION)]
    })
  ],
  regimen: [],
  warnings: [notRead('fda-papzimeos-2025')],
  labelFacts: [
    fact(
      'No label wording on immunocompromise was found for Papzimeos; the AdV platform caution about immunocompromise rests on the Adstiladrin label.',
      ['fda-papzimeos-2025'],
      false
    )
  ]
};
