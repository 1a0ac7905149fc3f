/** Kresladi (marnetegragene autotemcel), ex vivo LV stem cells — FDA accelerated approval, Mar 2026. */
import { ageUnderYears, any, eq, given, ageAtLeastYears } from '../build';
import { CHECKED, fact, hasIndication, inclusion, notRead, read, type Product } from './define';
import type { SourceData } from '../schema';

const INDICATION =
  'KRESLADI is indicated for the treatment of pediatric patients with severe leukocyte adhesion deficiency-I (LAD-I) due to biallelic variants in ITGB2 without an available human leukocyte antigen (HLA)-matched sibling donor for allogeneic hematopoietic stem cell transplant.';
const noDonor = eq('condition.hlaMatchedDonor', 'no');
const child = ageUnderYears(12);

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'kresladi-uspi-2026',
    citation:
      'KRESLADI (marnetegragene autotemcel) US prescribing information, section 1 (openFDA label record, 2026).',
    issuer: 'US FDA label (openFDA)',
    kind: 'label',
    date: '2026-03',
    identifier: { label: 'KRESLADI USPI' },
    verification: 'verified',
    developer: 'Marketing-authorisation holder (name not recorded in the reference)',
    funding: 'Industry (label holder)',
    revised: null
  }
];

export const kresladi: Product = {
  sources: SOURCES,
  id: 'kresladi',
  name: 'Kresladi',
  inn: 'marnetegragene autotemcel',
  platform: 'lv',
  route: 'ex vivo LV-modified autologous CD34+ cells',
  indications: ['lad1'],
  status: 'approved',
  approval: fact(
    'FDA accelerated approval, March 2026: children with severe LAD-I (bi-allelic ITGB2) without an HLA-matched sibling donor; continued approval depends on a confirmatory trial.',
    ['kresladi-uspi-2026']
  ),
  labelChecked: { label: 'US label section 1 (openFDA record, 2026)', checked: CHECKED },
  criteria: [
    inclusion({
      id: 'lad1',
      text: 'Leukocyte adhesion deficiency-I',
      test: hasIndication('lad1'),
      needs: 'The condition being treated',
      basis: [read('kresladi-uspi-2026', '1 Indications and usage', INDICATION)]
    }),
    inclusion({
      id: 'severe-biallelic-itgb2',
      text: 'Severe LAD-I due to bi-allelic ITGB2 variants',
      test: eq('condition.itgb2SevereBiallelic', 'yes'),
      needs: 'The genetic result and the severity assessment',
      basis: [read('kresladi-uspi-2026', '1 Indications and usage', INDICATION)]
    }),
    inclusion({
      id: 'paediatric',
      text: 'A child (the label says paediatric patients; its upper age was not read)',
      // Under 12 is paediatric, 18 and over is not; 12–17 waits on the label's own limit.
      test: given(any(child, ageAtLeastYears(18)), child),
      needs: 'For ages 12 to 17, the upper age in the current label',
      basis: [read('kresladi-uspi-2026', '1 Indications and usage', INDICATION)]
    }),
    inclusion({
      id: 'no-sibling-donor',
      text: 'No available HLA-matched sibling donor',
      test: given(noDonor, noDonor),
      needs: 'Whether an available HLA-matched donor is a sibling',
      basis: [read('kresladi-uspi-2026', '1 Indications and usage', INDICATION)]
    })
  ],
  regimen: [],
  warnings: [notRead('kresladi-uspi-2026')],
  labelFacts: [
    fact(
      'Approved under accelerated approval on the increase in neutrophil CD18 and CD11a expression; clinical benefit still to be confirmed.',
      ['kresladi-uspi-2026']
    )
  ]
};
