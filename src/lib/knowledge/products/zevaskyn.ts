/** Zevaskyn (prademagene zamikeracel): γ-retroviral keratinocyte sheets, outside the three platforms compared. */
import { CHECKED, fact, hasIndication, inclusion, notRead, read, type Product } from './define';
import type { SourceData } from '../schema';

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'zevaskyn-label',
    citation:
      'ZEVASKYN (prademagene zamikeracel) US prescribing information (drugs.com copy): indication, contraindications none, retroviral-vector warning.',
    issuer: 'US FDA label (drugs.com copy)',
    kind: 'label',
    date: '2025-04-29',
    identifier: { label: 'ZEVASKYN USPI' },
    verification: 'partial',
    unverifiedNote:
      'Only the opening of the label copy was read; the insertional-oncogenesis warning was not read in full.',
    developer: 'Marketing-authorisation holder (name not recorded in the reference)',
    funding: 'Industry (label holder)',
    revised: null
  }
];

export const zevaskyn: Product = {
  sources: SOURCES,
  id: 'zevaskyn',
  name: 'Zevaskyn (γ-retroviral, not compared here)',
  inn: 'prademagene zamikeracel',
  platform: 'gamma_retroviral',
  route: 'topical sheets of gene-corrected autologous keratinocytes applied to wounds',
  indications: ['rdeb'],
  status: 'approved',
  approval: fact(
    'FDA 29 Apr 2025: wounds in recessive dystrophic epidermolysis bullosa. It uses a γ-retroviral vector, a platform this tool does not compare; see its label.',
    ['zevaskyn-label']
  ),
  labelChecked: { label: 'US label copy (drugs.com): indication and warnings', checked: CHECKED },
  criteria: [
    inclusion({
      id: 'rdeb',
      text: 'Recessive dystrophic epidermolysis bullosa',
      test: hasIndication('rdeb'),
      needs: 'The condition being treated',
      basis: [
        read(
          'zevaskyn-label',
          'Highlights, 1 Indications (copy)',
          'ZEVASKYN is an autologous cell sheet-based gene therapy indicated for the treatment of wounds in adult and pediatric patients with recessive dystrophic epidermolysis bullosa (RDEB). (1)'
        )
      ]
    }),
    inclusion({
      id: 'label-criteria',
      text: 'The rest of its label criteria (this tool does not check γ-retroviral products)',
      needs: 'Its label, read by the treating team',
      basis: [read('zevaskyn-label', 'whole label')],
      verified: false
    })
  ],
  regimen: [],
  warnings: [notRead('zevaskyn-label')],
  labelFacts: [fact('Carries a warning on insertional oncogenesis from the retroviral vector.', ['zevaskyn-label'])]
};
