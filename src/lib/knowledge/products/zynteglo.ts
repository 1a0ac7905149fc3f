/** Zynteglo (betibeglogene autotemcel), ex vivo LV stem cells — US label (the EU authorisation was withdrawn). */
import { CHECKED, fact, hasIndication, inclusion, read, regimen, type Product } from './define';

export const zynteglo: Product = {
  id: 'zynteglo',
  name: 'Zynteglo',
  inn: 'betibeglogene autotemcel',
  platform: 'lv',
  route: 'ex vivo LV-modified CD34+ cells after myeloablation; minimum 5.0×10^6 CD34+ cells/kg',
  indications: ['tdt'],
  status: 'approved',
  marketNote: fact(
    'The EU and UK authorisations were withdrawn at the maker’s request (announced Oct 2021); the product is marketed in the US.',
    ['benzinga-2021-zynteglo-eu'],
    false
  ),
  approval: fact('US: adults and children with β-thalassaemia who need regular red-cell transfusions.', [
    'zynteglo-uspi-2026'
  ]),
  labelChecked: { label: 'US label, section 1 and 2 (openFDA record, 2026; see docs/research)', checked: CHECKED },
  criteria: [
    inclusion({
      id: 'transfusion-dependent',
      text: 'β-thalassaemia needing regular red-cell transfusions (any age)',
      test: hasIndication('tdt'),
      needs: 'The condition being treated',
      basis: [
        read(
          'zynteglo-uspi-2026',
          '1 Indications and usage',
          'ZYNTEGLO is indicated for the treatment of adult and pediatric patients with β-thalassemia who require regular red blood cell (RBC) transfusions.'
        )
      ]
    })
  ],
  regimen: [
    regimen('pre_dose', 'Stem-cell mobilisation and apheresis to collect CD34+ cells for manufacturing.', [
      read(
        'zynteglo-uspi-2026',
        '2.2',
        'Patients are required to undergo hematopoietic stem cell (HSC) mobilization followed by apheresis to obtain CD34+ cells for ZYNTEGLO manufacturing.'
      )
    ]),
    regimen(
      'after_dose',
      'Expect to stay in hospital or near the centre for 3 to 6 weeks after the infusion (patient information).',
      [
        read(
          'zynteglo-patient-info',
          'proper use',
          'Your doctor will also want you to stay in the hospital or center for at least 3 to 6 weeks after your infusion.'
        )
      ],
      false
    )
  ],
  labelFacts: [
    fact('Hepatic veno-occlusive disease in 11.1% after myeloablative conditioning.', ['zynteglo-vod']),
    fact('Monitor for at least 15 years for blood cancer.', ['zynteglo-label']),
    fact(
      'The US indication has no age, genotype or donor condition; the former EU label (12 years and older, non-β0/β0, no matched related donor) no longer applies.',
      ['zynteglo-uspi-2026']
    )
  ]
};
