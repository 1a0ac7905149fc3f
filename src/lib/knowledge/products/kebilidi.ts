/** Kebilidi (eladocagene exuparvovec-tneq), intraputaminal AAV2 — US accelerated approval, Nov 2024. */
import { eq } from '../build';
import type { SourceData } from '../schema';
import { NS } from '../source-words';
import {
  CHECKED,
  exclusion,
  fact,
  hasIndication,
  inclusion,
  market,
  notRead,
  read,
  regimen,
  type Product
} from './define';

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'upstaza-smpc',
    citation:
      'UPSTAZA (eladocagene exuparvovec) EU summary of product characteristics, sections 4.1–4.3, as read in a copy (RxReasoner, revision year 2023).',
    issuer: 'European Medicines Agency (copy: RxReasoner)',
    kind: 'label',
    date: '2023',
    identifier: { label: 'UPSTAZA SmPC' },
    verification: 'verified',
    developer: 'PTC Therapeutics (marketing-authorisation holder)',
    funding: NS,
    revised: '2023'
  }
];

export const kebilidi: Product = {
  sources: SOURCES,
  id: 'kebilidi',
  name: 'Kebilidi / Upstaza',
  inn: 'eladocagene exuparvovec-tneq',
  platform: 'aav',
  serotype: 'AAV2',
  route: 'intraputaminal, four infusions in one stereotactic session',
  indications: ['aadc'],
  status: 'approved',
  approval: fact('FDA accelerated approval 14 Nov 2024 (EU: Upstaza, 2022) for AADC deficiency.', ['kebilidi-label']),
  labelChecked: {
    label:
      'US label section 1 (openFDA label record, 2026); the contraindication from approval reports (AABB, PBM newsletter), not read in the label (see docs/research)',
    checked: CHECKED
  },
  criteria: [
    inclusion({
      id: 'aadc-deficiency',
      text: 'AADC deficiency (adults and children)',
      test: hasIndication('aadc'),
      needs: 'The condition being treated',
      basis: [
        read(
          'kebilidi-label',
          '1 Indications and usage (openFDA label record)',
          'KEBILIDI (eladocagene exuparvovec-tneq) is an adeno-associated virus (AAV) vector-based gene therapy indicated for the treatment of adult and pediatric patients with aromatic L-amino acid decarboxylase (AADC) deficiency.'
        )
      ]
    }),
    exclusion({
      id: 'skull-immature',
      candidates: [43],
      text: 'Skull maturity not reached on neuroimaging',
      test: eq('condition.skullMature', 'no'),
      needs: 'Neuroimaging confirming skull maturity',
      basis: [
        read(
          'kebilidi-label',
          '4 Contraindications (as reported)',
          'It is contraindicated in patients who have not achieved skull maturity, as assessed by neuroimaging.'
        )
      ],
      verified: false
    })
  ],
  regimen: [
    regimen(
      'pre_dose',
      'Needs a centre specialising in paediatric stereotactic neurosurgery.',
      [
        read(
          'kebilidi-label',
          '2 (as reported)',
          'requires a medical center specializing in pediatric stereotactic neurosurgery'
        )
      ],
      false
    )
  ],
  warnings: [notRead('kebilidi-label')],
  markets: {
    EU: market(
      'authorised',
      fact('EU: authorised as Upstaza, for patients 18 months and older with a severe phenotype.', ['upstaza-smpc'])
    )
  },
  labelFacts: [
    fact('Procedure risks include CSF leak, bleeding in the brain, stroke and infection.', ['kebilidi-label']),
    fact(
      'The US label (section 1) sets no age limit ("adult and pediatric patients"). In the EU, Upstaza is for patients aged 18 months and older with a severe phenotype, and its contraindications list hypersensitivity only (no skull-maturity item).',
      ['kebilidi-label', 'upstaza-smpc']
    )
  ]
};
