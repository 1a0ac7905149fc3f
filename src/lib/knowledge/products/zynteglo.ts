/** Zynteglo (betibeglogene autotemcel), ex vivo LV stem cells — US label (the EU authorisation was withdrawn). */
import { eq, includes } from '../build';
import type { Rule, SourceData } from '../schema';
import {
  CHECKED,
  exclusion,
  fact,
  hasIndication,
  inclusion,
  market,
  notRead,
  on,
  onlyIn,
  type Product,
  read,
  regimen
} from './define';
import { NS, HOLDER } from '../source-words';
import { pregnancyBeforeConditioning } from '../terms/pregnancy-before-conditioning';
import { pregnancyOrBreastFeeding } from '../terms/pregnancy-or-breast-feeding';

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'benzinga-2021-zynteglo-eu',
    citation:
      'Benzinga, 21 Oct 2021: bluebird bio to withdraw the ZYNTEGLO authorisations in the EU and UK in early 2022.',
    issuer: 'Benzinga',
    kind: 'news',
    date: '2021-10-21',
    identifier: {},
    verification: 'partial',
    unverifiedNote: 'News of the announcement; the date of the European Commission decision was not found.',
    developer: 'Benzinga',
    funding: NS,
    revised: null
  },
  {
    id: 'zynteglo-uspi-2026',
    citation:
      'ZYNTEGLO (betibeglogene autotemcel) US prescribing information, sections 1 and 2.2 (openFDA label record, 2026).',
    issuer: 'US FDA label (openFDA)',
    kind: 'label',
    date: null,
    identifier: { label: 'ZYNTEGLO USPI' },
    verification: 'verified',
    developer: HOLDER,
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'drugs-com-zynteglo-pregnancy',
    citation:
      'Betibeglogene autotemcel pregnancy and breastfeeding warnings (a Drugs.com summary of the US label, via themeditary.com copy).',
    issuer: 'Drugs.com (copy)',
    kind: 'reference',
    date: null,
    identifier: {},
    verification: 'partial',
    unverifiedNote: 'A summary of the US label section 8, not the label itself: check 8.1 and 8.3 of the current USPI.',
    developer: 'Drugs.com',
    funding: NS,
    revised: null
  }
];

/** Rules about this product alone beyond its label criteria: cautions and notes (moved from ../rules.ts). */
const RULES: Rule[] = [
  {
    id: 'prior-hsc-gene-therapy',
    candidates: [28],
    strength: 'strong_caution',
    target: { products: ['zynteglo'] },
    when: eq('priorTherapyDetails.hscGeneTherapy', 'yes'),
    text: 'Previous stem-cell gene therapy: the former EU label of Zynteglo contraindicated it; the US label wording was not found.',
    rationale:
      'The EU SmPC (authorisation withdrawn) listed previous HSC gene therapy as a contraindication; no current US basis was found, so this is a strong caution, not an exclusion.',
    sources: ['zynteglo-label'],
    verified: false
  },
  {
    id: 'immunodeficiency-zynteglo',
    candidates: [],
    strength: 'caution',
    target: { products: ['zynteglo'] },
    when: eq('immunity.primaryImmunodeficiency', 'yes'),
    text: 'Significant immunodeficiency: payer criteria exclude it for Zynteglo.',
    rationale: 'Payer policy lists significant immunodeficiency among exclusions.',
    sources: ['cigna-zynteglo'],
    verified: true,
    note: 'From §8 (payer criteria).'
  }
];

const IRON =
  'Do not use iron chelators for at least 7 days before receiving a cancer medicine and for 6 months after receiving this medicine.';
const EU_WITHDRAWN = fact(
  'The EU and UK authorisations were withdrawn at the maker’s request (announced Oct 2021); the product is marketed in the US.',
  ['benzinga-2021-zynteglo-eu'],
  false
);

export const zynteglo: Product = {
  rules: RULES,
  sources: SOURCES,
  id: 'zynteglo',
  name: 'Zynteglo',
  inn: 'betibeglogene autotemcel',
  platform: 'lv',
  route: 'ex vivo LV-modified CD34+ cells after myeloablation; minimum 5.0×10^6 CD34+ cells/kg',
  delivery: { route: 'ex_vivo' },
  indications: ['tdt'],
  status: 'approved',
  marketNote: EU_WITHDRAWN,
  approval: fact('US: adults and children with β-thalassaemia who need regular red-cell transfusions.', [
    'zynteglo-uspi-2026'
  ]),
  labelChecked: { label: 'US label, section 1 and 2 (openFDA record, 2026; see docs/research)', checked: CHECKED },
  setId: '86931613-c262-47f5-8202-bc31fa69ad3d',
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
    }),
    onlyIn(
      'US',
      exclusion(
        pregnancyBeforeConditioning,
        read(
          'drugs-com-zynteglo-pregnancy',
          '8.1 Pregnancy (summary of the label)',
          'Ensure a negative serum pregnancy test before mobilization and confirm pregnancy again before initiating conditioning procedures and drug product administration.'
        )
      )
    ),
    // The withdrawn EU SmPC is superseded text: shown as unverified (audit B, #25; knowledge base 2.1.0).
    onlyIn('EU', {
      ...exclusion(
        pregnancyOrBreastFeeding,
        read(
          'zynteglo-label',
          'EU SmPC 4.3 (former EU authorisation, copy)',
          '4.3. Contraindications … Pregnancy and breast-feeding (see section 4.6).'
        )
      ),
      verified: false
    })
  ],
  regimen: [
    regimen(
      'pre_dose',
      'Stem-cell mobilisation and apheresis to collect CD34+ cells for manufacturing.',
      [
        read(
          'zynteglo-uspi-2026',
          '2.2',
          'Patients are required to undergo hematopoietic stem cell (HSC) mobilization followed by apheresis to obtain CD34+ cells for ZYNTEGLO manufacturing.'
        )
      ],
      undefined,
      { step: 'collection', at: on(0, 'day', 'mobilisation'), jurisdiction: 'both' }
    ),
    regimen(
      'interaction',
      'Stop iron chelators at least 7 days before conditioning.',
      [read('zynteglo-patient-info', 'proper use (patient leaflet)', IRON)],
      false,
      {
        step: 'medicine',
        at: on(-7, 'day', 'conditioning'),
        by: true,
        when: includes('medicines.current', 'iron_chelators'),
        jurisdiction: 'US'
      }
    ),
    regimen(
      'pre_dose',
      'Full myeloablative conditioning before the infusion (the label’s regimen was not quoted here).',
      [read('zynteglo-uspi-2026', '2.2 (conditioning not quoted)')],
      false,
      { step: 'conditioning', at: on(0, 'day', 'conditioning'), jurisdiction: 'US' }
    ),
    regimen(
      'interaction',
      'No iron chelators for 6 months after the infusion.',
      [read('zynteglo-patient-info', 'proper use (patient leaflet)', IRON)],
      false,
      { step: 'medicine', at: on(0, 'day'), until: on(6, 'month'), jurisdiction: 'US' }
    ),
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
      false,
      { step: 'stay', at: on(0, 'day'), until: on(6, 'week'), jurisdiction: 'US' }
    ),
    regimen(
      'after_dose',
      'Blood monitored for at least 15 years for any evidence of cancer.',
      [
        read(
          'zynteglo-label',
          'FDA approval announcement (copy)',
          'patients who receive Zynteglo should have their blood monitored for at least 15 years for any evidence of cancer.'
        )
      ],
      undefined,
      { step: 'follow_up', at: on(0, 'day'), until: on(15, 'year'), jurisdiction: 'US' }
    )
  ],
  warnings: [notRead('zynteglo-uspi-2026')],
  markets: { EU: market('withdrawn', EU_WITHDRAWN) },
  labelFacts: [
    fact('Hepatic veno-occlusive disease in 11.1% after myeloablative conditioning.', ['zynteglo-vod']),
    fact('Monitor for at least 15 years for blood cancer.', ['zynteglo-label']),
    fact(
      'The US indication has no age, genotype or donor condition; the former EU label (12 years and older, non-β0/β0, no matched related donor) no longer applies.',
      ['zynteglo-uspi-2026']
    )
  ]
};
