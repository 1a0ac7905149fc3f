/** Casgevy (exagamglogene autotemcel): a non-viral CRISPR comparator, shown beside the LV options. */
import { ageAtLeastYears, ageUnderYears, any, eq, given, isIn } from '../build';
import { CHECKED, exclusion, fact, hasIndication, inclusion, notRead, read, type Product } from './define';
import { activeHivHbvHcv, pregnancyBeforeConditioning } from '../terms';
import type { SourceData } from '../schema';

const SCD =
  'indicated for the treatment of sickle cell disease in patients 12 years and older with recurrent vaso occlusive crises (VOCs)';
const TDT = 'for the treatment of patients 12 years of age and older with transfusion-dependent beta-thalassemia';
const twelve = ageAtLeastYears(12);

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'casgevy-tdt-2024',
    citation:
      'FDA approval of CASGEVY for transfusion-dependent β-thalassaemia in patients 12 years and older, 16 Jan 2024 (HPN Online copy of the FDA release).',
    issuer: 'US FDA (copy)',
    kind: 'regulator',
    date: '2024-01-16',
    identifier: {},
    verification: 'partial',
    unverifiedNote:
      'A copy of the FDA release; the July 2026 label change (reported as 2 years and older) was not read.',
    developer: 'US FDA',
    funding: 'US government',
    revised: null
  }
];

export const casgevy: Product = {
  sources: SOURCES,
  id: 'casgevy',
  name: 'Casgevy (non-viral comparator)',
  inn: 'exagamglogene autotemcel',
  platform: 'non_viral',
  route: 'ex vivo CRISPR-Cas9-edited CD34+ cells after busulfan myeloablation',
  indications: ['scd', 'tdt'],
  status: 'approved',
  approval: fact(
    'FDA 8 Dec 2023 for sickle cell disease (with Lyfgenia) and 16 Jan 2024 for transfusion-dependent β-thalassaemia, 12 years and older; non-viral editing of the BCL11A erythroid enhancer. A July 2026 label change reportedly extends both to 2 years and older.',
    ['frangoul-2024', 'casgevy-label', 'casgevy-tdt-2024']
  ),
  labelChecked: {
    label: 'US indication of Dec 2023 (news of the FDA approval); the 07/2026 indication change was seen but not read',
    checked: CHECKED
  },
  criteria: [
    inclusion({
      id: 'scd-or-tdt',
      text: 'Sickle cell disease, or transfusion-dependent β-thalassaemia',
      test: isIn('patient.indication', ['scd', 'tdt']),
      needs: 'The condition being treated',
      basis: [
        read('casgevy-label', '1 Indications (2023, as reported)', SCD),
        read('casgevy-tdt-2024', 'FDA release', TDT)
      ]
    }),
    inclusion({
      id: 'age',
      text: '12 years or older (2023 label); from 2 years if the July 2026 label change is confirmed',
      // 12+ meets it, under 2 does not; 2–11 years waits on the unread 2026 wording.
      test: given(any(twelve, ageUnderYears(2)), twelve),
      needs: 'The exact age, and for ages 2 to 11 the current label (its July 2026 change was not read)',
      basis: [read('casgevy-label', '1 Indications (2023, as reported)', SCD)]
    }),
    inclusion({
      id: 'recurrent-voc',
      text: 'For sickle cell disease: recurrent vaso-occlusive crises',
      test: any(hasIndication('tdt'), eq('condition.vocHistory', 'yes')),
      needs: 'The history of vaso-occlusive crises',
      basis: [read('casgevy-label', '1 Indications (2023, as reported)', SCD)]
    }),
    exclusion({
      ...activeHivHbvHcv,
      basis: [
        read(
          'casgevy-label',
          '2.2 (as quoted by the Dec 2026 review; not re-read)',
          'should not be used in patients with active HIV-1, HIV-2, HBV or HCV'
        )
      ],
      verified: false
    }),
    // Busulfan myeloablation: the label's pregnancy wording (8.1, 8.3) was not read.
    exclusion(pregnancyBeforeConditioning, read('casgevy-label', '8.1, 8.3 Pregnancy (not read)'))
  ],
  regimen: [],
  warnings: [notRead('casgevy-label')],
  labelFacts: [fact('Warning and precaution about potential off-target genome editing.', ['casgevy-label'])]
};
