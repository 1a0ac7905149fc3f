/** Elevidys (delandistrogene moxeparvovec-rokl), IV AAVrh74 — US label as changed on 14 Nov 2025. */
import { ageAtLeastYears, eq, given, includes, isIn, lt } from '../build';
import { CHECKED, exclusion, fact, hasIndication, inclusion, read, regimen, type Product } from './define';

const NOV_2025 =
  'Limiting the indication to ambulatory patients with DMD who are 4 years of age and older with a confirmed mutation in the DMD gene';

export const elevidys: Product = {
  id: 'elevidys',
  name: 'Elevidys',
  inn: 'delandistrogene moxeparvovec-rokl',
  platform: 'aav',
  serotype: 'AAVrh74',
  route: 'intravenous, 1.33×10^14 vg/kg',
  indications: ['dmd'],
  status: 'approved',
  marketNote: fact(
    'EU: the CHMP gave a negative opinion on 24 Jul 2025; it is not authorised in the EU.',
    ['chmp-elevidys-2025'],
    false
  ),
  approval: fact(
    'Nov 2025 label: ambulatory patients 4 years and older with a confirmed DMD mutation; non-ambulatory indication removed; new Boxed Warning for acute serious liver injury and acute liver failure.',
    ['fda-elevidys-2025-11']
  ),
  labelChecked: {
    label:
      'FDA release of 14 Nov 2025 for the indication; the 2023 US label (rxreasoner copy) for the antibody limit and contraindication — the Nov 2025 label text itself was not read',
    checked: CHECKED
  },
  criteria: [
    inclusion({
      id: 'dmd',
      text: 'Duchenne muscular dystrophy',
      test: hasIndication('dmd'),
      needs: 'The condition being treated',
      basis: [read('fda-elevidys-2025-11', 'FDA release, new section 1', NOV_2025)]
    }),
    inclusion({
      id: 'confirmed-mutation',
      text: 'A confirmed mutation in the DMD gene',
      test: isIn('condition.dmdDeletion', ['exon_8_or_9', 'exons_1_17_or_59_71', 'other']),
      needs: 'The genetic test result (where the DMD mutation lies)',
      basis: [read('fda-elevidys-2025-11', 'FDA release, new section 1', NOV_2025)]
    }),
    inclusion({
      id: 'ambulatory',
      candidates: [7],
      text: 'Ambulatory (able to walk)',
      test: eq('condition.ambulatory', 'yes'),
      needs: 'Whether the patient can walk',
      basis: [read('fda-elevidys-2025-11', 'FDA release, new section 1', NOV_2025)]
    }),
    inclusion({
      id: 'age-4-or-over',
      candidates: [7],
      text: '4 years of age or older',
      test: ageAtLeastYears(4),
      needs: 'The exact age',
      basis: [read('fda-elevidys-2025-11', 'FDA release, new section 1', NOV_2025)]
    }),
    inclusion({
      id: 'aavrh74-total-binding-below-400',
      candidates: [4],
      text: 'Anti-AAVrh74 total binding antibody titre below 1:400',
      test: given(eq('aavAntibodies.AAVrh74.assay', 'total_binding'), lt('aavAntibodies.AAVrh74.titre', 400)),
      needs:
        'An anti-AAVrh74 total binding antibody titre: the label sets its 1:400 limit on a total binding assay, so a neutralising result does not answer it',
      basis: [
        read(
          'elevidys-uspi-2023',
          '2.1 Patient selection (2023 label)',
          'Select patients for treatment with ELEVIDYS with anti-AAVrh74 total binding antibody titers <1:400.'
        )
      ]
    }),
    exclusion({
      id: 'exon-8-9-deletion',
      candidates: [6],
      text: 'Any deletion in exon 8 and/or exon 9 of the DMD gene',
      test: eq('condition.dmdDeletion', 'exon_8_or_9'),
      needs: 'Where the DMD deletion lies',
      basis: [
        read(
          'elevidys-uspi-2023',
          '4 Contraindications (2023 label)',
          'contraindicated in patients with any deletion in exon 8 and/or exon 9'
        )
      ]
    }),
    exclusion({
      id: 'given-before',
      candidates: [27],
      text: 'Elevidys (an AAVrh74 vector) given before',
      test: includes('priorTherapyDetails.aavSerotypes', 'AAVrh74'),
      needs: 'Whether an AAVrh74 vector was given before',
      basis: [read('elevidys-uspi-2023', '2.1 (2023 label)', 'Re-administration of ELEVIDYS is not recommended')]
    })
  ],
  regimen: [
    regimen(
      'immunosuppression',
      'A corticosteroid regimen around the infusion, changed in the Nov 2025 label: the drug, dose and duration were not read here — take them from the current label.',
      [
        read('fda-elevidys-2025-11', 'summary of the label changes'),
        read(
          'elevidys-patient-site',
          'after treatment',
          'Your child will start these shortly before the infusion day and will continue for at least 2 months.'
        )
      ],
      false
    ),
    regimen(
      'after_dose',
      'Stay within reach of appropriate medical care for at least two months after the infusion.',
      [
        read(
          'dmdcompanion-2025-elevidys',
          'label update news',
          'Patients must remain within reach of appropriate medical care for at least two months after receiving the infusion'
        )
      ],
      false
    ),
    regimen(
      'after_dose',
      'Liver tests weekly for 3 months and cardiac checks (troponin I) weekly for 1 month after the infusion.',
      [
        read(
          'fda-elevidys-2025-11',
          'summary of the label changes (news)',
          'weekly liver tests for three months and weekly cardiac checks for one month'
        )
      ]
    )
  ],
  labelFacts: [
    fact('Deletions in exons 1–17 or 59–71 may carry a risk of immune-mediated myositis.', [
      'elevidys-eligibility',
      'potter-2025'
    ]),
    fact('June 2025: two fatal acute liver failures in non-ambulatory boys.', ['fda-elevidys-2025-06']),
    fact(
      'Nov 2025: a warning about serious infections with the immunosuppression was added.',
      ['fda-elevidys-2025-11'],
      false
    )
  ]
};
