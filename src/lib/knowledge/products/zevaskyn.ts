/** Zevaskyn (prademagene zamikeracel): γ-retroviral keratinocyte sheets, outside the three platforms compared. */
import { CHECKED, fact, hasIndication, inclusion, read, type Product } from './define';

export const zevaskyn: Product = {
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
  labelFacts: [fact('Carries a warning on insertional oncogenesis from the retroviral vector.', ['zevaskyn-label'])]
};
