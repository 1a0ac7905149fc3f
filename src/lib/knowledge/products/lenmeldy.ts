/** Lenmeldy (atidarsagene autotemcel), ex vivo LV stem cells — US label, Mar 2024. */
import { eq } from '../build';
import { CHECKED, fact, hasIndication, inclusion, notRead, on, type Product, read, regimen } from './define';

const INDICATION =
  'indicated for the treatment of children with pre-symptomatic late infantile, pre-symptomatic early juvenile or early symptomatic early juvenile metachromatic leukodystrophy (MLD).';

export const lenmeldy: Product = {
  id: 'lenmeldy',
  name: 'Lenmeldy',
  inn: 'atidarsagene autotemcel',
  platform: 'lv',
  route: 'ex vivo LV-modified CD34+ cells after myeloablative conditioning',
  delivery: { route: 'ex_vivo' },
  indications: ['mld'],
  status: 'approved',
  approval: fact(
    'FDA 18 Mar 2024: pre-symptomatic late-infantile, pre-symptomatic early-juvenile and early-symptomatic early-juvenile MLD.',
    ['lenmeldy-approval']
  ),
  labelChecked: { label: 'FDA approval wording of section 1 (see docs/research)', checked: CHECKED },
  criteria: [
    inclusion({
      id: 'mld',
      text: 'Metachromatic leukodystrophy',
      test: hasIndication('mld'),
      needs: 'The condition being treated',
      basis: [read('lenmeldy-approval', '1 Indications (FDA release)', INDICATION)]
    }),
    inclusion({
      id: 'eligible-stage',
      text: 'A child with pre-symptomatic late infantile, pre-symptomatic early juvenile or early symptomatic early juvenile MLD',
      test: eq('condition.mldEligibleStage', 'yes'),
      needs: 'The MLD subtype and stage, assessed by the treating neurologist',
      basis: [read('lenmeldy-approval', '1 Indications (FDA release)', INDICATION)]
    })
  ],
  regimen: [
    regimen(
      'pre_dose',
      'Myeloablative conditioning before the infusion.',
      [
        read(
          'lenmeldy-approval',
          '2 (label summary)',
          'Myeloablative conditioning must be administered before infusion of Lenmeldy.'
        )
      ],
      false,
      { step: 'conditioning', at: on(0, 'day', 'conditioning'), jurisdiction: 'US' }
    )
  ],
  warnings: [notRead('lenmeldy-approval')],
  labelFacts: [fact('Lifelong monitoring for haematological malignancy is advised.', ['lenmeldy-approval'])]
};
