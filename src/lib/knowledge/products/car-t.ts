/** CAR-T cell therapies as a class (B-cell malignancies): each product's own label decides eligibility. */
import { CHECKED, fact, hasIndication, inclusion, read, regimen, type Product } from './define';

export const carT: Product = {
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
