/** Waskyra (etuvetidigene autotemcel), ex vivo LV stem cells — FDA approval of 9 Dec 2025. */
import { eq, given, gte } from '../build';
import { CHECKED, fact, hasIndication, inclusion, notRead, read, regimen, type Product } from './define';
import type { SourceData } from '../schema';

const INDICATION =
  'Waskyra is indicated for pediatric patients six months and older and adults with WAS who have a mutation in the WAS gene and for whom hematopoietic stem cell transplantation (HSCT) is appropriate and no suitable human leukocyte antigen (HLA)-matched related stem cell donor is available.';
const noDonor = eq('condition.hlaMatchedDonor', 'no');

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'fda-waskyra-2025',
    citation:
      'FDA news release, 9 Dec 2025: FDA approves Waskyra (etuvetidigene autotemcel), the first cell-based gene therapy for Wiskott-Aldrich syndrome.',
    issuer: 'US FDA (copies by htsyndication and BST Quarterly)',
    kind: 'regulator',
    date: '2025-12-09',
    identifier: {},
    verification: 'partial',
    unverifiedNote: 'A copy of the FDA release; the label (section 1, boxed warning, contraindications) was not read.',
    developer: 'US FDA',
    funding: 'US government',
    revised: null
  },
  {
    id: 'ema-waskyra',
    citation:
      'EMA: recommendation to grant a marketing authorisation for Waskyra (etuvetidigene autotemcel) for Wiskott-Aldrich syndrome.',
    issuer: 'European Medicines Agency (copy)',
    kind: 'regulator',
    date: null,
    identifier: {},
    verification: 'partial',
    unverifiedNote: 'A copy of the EMA text; the date of the CHMP opinion was not found.',
    developer: 'European Medicines Agency',
    funding: 'EU',
    revised: null
  }
];

export const waskyra: Product = {
  sources: SOURCES,
  id: 'waskyra',
  name: 'Waskyra',
  inn: 'etuvetidigene autotemcel',
  platform: 'lv',
  route: 'ex vivo LV-modified autologous CD34+ cells',
  indications: ['was'],
  status: 'approved',
  approval: fact(
    'FDA 9 Dec 2025: Wiskott–Aldrich syndrome, 6 months and older, no suitable HLA-matched related donor.',
    ['fda-waskyra-2025']
  ),
  labelChecked: { label: 'FDA release of 9 Dec 2025 (the label text itself was not read)', checked: CHECKED },
  criteria: [
    inclusion({
      id: 'was',
      text: 'Wiskott–Aldrich syndrome',
      test: hasIndication('was'),
      needs: 'The condition being treated',
      basis: [read('fda-waskyra-2025', 'FDA release, indication', INDICATION)]
    }),
    inclusion({
      id: 'was-mutation',
      text: 'A mutation in the WAS gene',
      test: eq('condition.wasMutation', 'yes'),
      needs: 'The genetic test result',
      basis: [read('fda-waskyra-2025', 'FDA release, indication', INDICATION)]
    }),
    inclusion({
      id: 'age-6-months',
      text: '6 months of age or older',
      test: gte('patient.ageMonths', 6),
      needs: 'The exact age',
      basis: [read('fda-waskyra-2025', 'FDA release, indication', INDICATION)]
    }),
    inclusion({
      id: 'hsct-appropriate',
      text: 'Stem-cell transplantation is appropriate',
      test: eq('condition.hsctAppropriate', 'yes'),
      needs: "The transplant team's assessment",
      basis: [read('fda-waskyra-2025', 'FDA release, indication', INDICATION)]
    }),
    inclusion({
      id: 'no-related-donor',
      text: 'No suitable HLA-matched related donor',
      // "No matched donor" answers it; a matched donor may be unrelated, so "yes" leaves it to be checked.
      test: given(noDonor, noDonor),
      needs: 'Whether an available HLA-matched donor is a relative',
      basis: [read('fda-waskyra-2025', 'FDA release, indication', INDICATION)]
    })
  ],
  regimen: [
    regimen(
      'pre_dose',
      'Stem-cell collection and conditioning before the infusion; the label’s conditioning regimen was not read here.',
      [read('fda-waskyra-2025', 'not read')],
      false
    )
  ],
  warnings: [notRead('fda-waskyra-2025')],
  labelFacts: [
    fact(
      'Common adverse reactions: rash, respiratory tract infection, febrile neutropenia, catheter-related infection, vomiting, diarrhoea, liver injury and petechiae.',
      ['fda-waskyra-2025']
    ),
    fact('The EU wording is broader: no suitable stem-cell donor (of any kind).', ['ema-waskyra'], false)
  ]
};
