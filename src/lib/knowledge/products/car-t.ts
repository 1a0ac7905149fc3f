/** CAR-T cell therapies as a class (B-cell malignancies): each product's own label decides eligibility. */
import { CHECKED, fact, hasIndication, inclusion, read, regimen, warning, type Product } from './define';
import type { SourceData } from '../schema';
import { NS, AUTHORS } from '../source-words';

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'cart-vector-review',
    citation:
      'Review tables of approved CAR-T products: axicabtagene ciloleucel "Retroviral vector"; brexucabtagene autoleucel MSCV-based retroviral vector (PMC10134288 table 2).',
    issuer: 'Cancer Medicine (review)',
    kind: 'paper',
    date: null,
    identifier: { pmcid: 'PMC10134288' },
    verification: 'partial',
    unverifiedNote: 'Secondary sources; the vector description in each label (section 11) was not read.',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'fda-cart-rems-2025',
    citation:
      'FDA safety communication, 26 Jun 2025: REMS eliminated for BCMA- and CD19-directed autologous CAR-T cell immunotherapies; monitoring for at least two weeks.',
    issuer: 'US FDA (copy by EIN Presswire)',
    kind: 'regulator',
    date: '2025-06-26',
    identifier: {},
    verification: 'partial',
    unverifiedNote:
      'The copy is cut off: the 2-week driving restriction and the proximity wording were not read in full.',
    developer: 'US FDA',
    funding: 'US government',
    revised: null
  },
  {
    id: 'arm-2025-rems',
    citation:
      'Alliance for Regenerative Medicine press release, 27 Jun 2025: FDA removes the CAR-T REMS; proximity to the centre 2 weeks instead of 4, driving after 2 weeks instead of 8.',
    issuer: 'Alliance for Regenerative Medicine',
    kind: 'news',
    date: '2025-06-27',
    identifier: {},
    verification: 'partial',
    unverifiedNote:
      'An industry association release; the FDA wording on proximity and driving was cut off in the stored copy.',
    developer: 'Alliance for Regenerative Medicine',
    funding: 'Industry association',
    revised: null
  }
];

export const carT: Product = {
  sources: SOURCES,
  id: 'car-t',
  name: 'CAR-T cell therapies (class)',
  inn: 'e.g. tisagenlecleucel (lentiviral), axicabtagene ciloleucel (γ-retroviral)',
  platform: 'lv',
  route: 'ex vivo modified autologous T cells after lymphodepletion',
  indications: ['b_cell'],
  status: 'class',
  approval: fact(
    'Several products, each with its own indication and line of therapy. Tisagenlecleucel is lentiviral; axicabtagene ciloleucel and brexucabtagene autoleucel are γ-retroviral (secondary sources), so this class is only partly a lentiviral option.',
    ['laetsch-2018', 'cart-vector-review'],
    false
  ),
  labelChecked: { label: 'FDA class communications (Jan 2024, Jun 2025); no single product label', checked: CHECKED },
  criteria: [
    inclusion({
      id: 'b-cell-malignancy',
      text: 'A B-cell malignancy',
      test: hasIndication('b_cell'),
      needs: 'The condition being treated',
      basis: [read('fda-cart-2024', 'class communication')],
      verified: false
    }),
    inclusion({
      id: 'product-indication',
      text: "The chosen product's own indication: the disease, and the prior lines of therapy its label requires",
      needs:
        'Which CAR-T product, and whether its label covers this disease and line of therapy (decided with the cell-therapy team)',
      basis: [read('fda-cart-2024', 'each product label, section 1')],
      verified: false
    })
  ],
  regimen: [
    regimen(
      'after_dose',
      'Since June 2025 the labels ask for monitoring for at least two weeks after the infusion (daily for the first week); the REMS programme was removed.',
      [
        read(
          'fda-cart-rems-2025',
          'FDA safety communication, 26 Jun 2025',
          'labeling update included revision to language to monitor patients for at least two weeks including daily monitoring for at least one week'
        )
      ]
    ),
    regimen('after_dose', 'Monitor life-long for new malignancies, including T-cell malignancies (boxed warning).', [
      read('fda-cart-2024', 'FDA roundup, Jan 2024', 'should be monitored life-long for new malignancies')
    ])
  ],
  warnings: [
    warning(
      'boxed_warning',
      'T-cell malignancies (class Boxed Warning, Jan 2024): monitor life-long for new malignancies.',
      [read('fda-cart-2024', 'FDA roundup, Jan 2024', 'should be monitored life-long for new malignancies')]
    ),
    warning(
      'boxed_warning',
      'Cytokine release syndrome and neurological toxicities, which may be severe or life-threatening; each product’s boxed warning was not read here.',
      [read('fda-cart-rems-2025', 'Boxed warning of each CAR-T label (not read)')]
    )
  ],
  labelFacts: [
    fact(
      'Jan 2024: Boxed Warnings for T-cell malignancies on six approved CAR-T products; monitor life-long for new malignancies.',
      ['fda-cart-2024']
    ),
    fact('June 2025: the REMS for BCMA- and CD19-directed autologous CAR-T products was eliminated.', [
      'fda-cart-rems-2025'
    ]),
    fact(
      'Since June 2025: stay near the treatment centre for 2 weeks (was 4) and do not drive for 2 weeks (was 8), per an industry summary of the label change.',
      ['arm-2025-rems'],
      false
    )
  ]
};
