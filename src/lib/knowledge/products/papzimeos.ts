/** Papzimeos (zopapogene imadenovec-drba), non-replicating AdV immunotherapy, subcutaneous — FDA 14 Aug 2025. */
import { ageAtLeastYears } from '../build';
import { CHECKED, fact, hasIndication, inclusion, read, type Product } from './define';

const INDICATION =
  'a first-of-its-kind non-replicating adenoviral vector-based immunotherapy for the treatment of adult patients with recurrent respiratory papillomatosis (RRP).';

export const papzimeos: Product = {
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
  labelFacts: [
    fact(
      'No label wording on immunocompromise was found for Papzimeos; the AdV platform caution about immunocompromise rests on the Adstiladrin label.',
      ['fda-papzimeos-2025'],
      false
    )
  ]
};
