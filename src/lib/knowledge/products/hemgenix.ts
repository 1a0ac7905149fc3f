/** Hemgenix (etranacogene dezaparvovec-drlb), IV AAV5 — US label; the antibody limit is from the EU SmPC. */
import { ageAtLeastYears, all, any, eq, given, gt, isIn, lte, not, partlyRecorded } from '../build';
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
import { activeInfection } from '../terms/active-infection';
import { advancedFibrosisOrCirrhosis } from '../terms/advanced-fibrosis-or-cirrhosis';
import { factorInhibitorHistory } from '../terms/factor-inhibitor-history';
import type { Rule } from '../schema';

const aav5Nab = eq('aavAntibodies.AAV5.assay', 'neutralising');

const INDICATION =
  'for the treatment of adults with hemophilia B (congenital Factor IX deficiency) who currently use Factor IX prophylaxis therapy, or have current or historical life-threatening hemorrhage, or have repeated, serious spontaneous bleeding episodes.';
const EU_CONTRAINDICATIONS = 'active infection … advanced liver fibrosis … or cirrhosis';

/** Rules about this product alone beyond its label criteria: cautions and notes (moved from ../rules.ts). */
const RULES: Rule[] = [
  {
    id: 'hemgenix-aav5-high-titre',
    candidates: [2],
    strength: 'strong_caution',
    target: { products: ['hemgenix'] },
    when: given(
      aav5Nab,
      any(
        gt('aavAntibodies.AAV5.titre', 898),
        all(gt('aavAntibodies.AAV5.titre', 678), not(eq('aavAntibodies.AAV5.assayVersion', 'extended_range')))
      )
    ),
    text: 'Anti-AAV5 neutralising titre above the Hemgenix cut-off (1:898 on the extended-range assay, equivalent to 1:678 on the clinical-study assay): factor IX expression may fail.',
    rationale:
      'The EU SmPC: titres above 1:898 on the assay with extended measuring range (1:678 on the previous clinical-study assay) may impede expression; one patient at 1:3212 had no factor IX expression. The cut-off is for a neutralising assay: a total-binding titre does not answer it, and between 1:678 and 1:898 the assay version decides.',
    sources: ['hemgenix-label'],
    verified: true,
    basis: [
      read(
        'hemgenix-label',
        'EU SmPC 4.4 (copy)',
        'Pre-existing neutralising anti-AAV5 antibodies above a titre of 1:898, based on the neutralising anti-AAV5 antibody assay with extended measuring range (equivalent to 1:678 titre based on the previous clinical study assay), may impede transgene expression at desired therapeutic levels and thus reduce the efficacy of Hemgenix therapy'
      ),
      read(
        'hemgenix-label',
        'EU SmPC 4.4 (copy)',
        'in 1 patient with a pre-existing neutralising anti-AAV5 antibody titre of 1:3212 (tested using the clinical study assay equivalent to 1:4417 titre based on the neutralising anti-AAV5 antibody assay with extended measuring range), no Factor IX expression was observed'
      )
    ],
    note: 'Split from candidate 2 by titre band; the band depends on the assay version (audit §4.2).'
  },
  {
    id: 'hemgenix-aav5-low-titre',
    candidates: [2],
    strength: 'note',
    target: { products: ['hemgenix'] },
    when: given(
      aav5Nab,
      all(
        eq('aavAntibodies.AAV5.result', 'detected'),
        any(
          lte('aavAntibodies.AAV5.titre', 678),
          all(eq('aavAntibodies.AAV5.assayVersion', 'extended_range'), lte('aavAntibodies.AAV5.titre', 898))
        )
      )
    ),
    text: 'Anti-AAV5 neutralising antibodies below the Hemgenix cut-off: Hemgenix remains an option; factor IX may be lower.',
    rationale:
      'In the US, anti-AAV5 antibodies are measured but do not exclude; patients up to 1:678 (clinical-study assay) responded with numerically lower factor IX.',
    sources: ['hemgenix-label'],
    verified: true,
    basis: [
      read(
        'hemgenix-label',
        'EU SmPC 4.4 (copy)',
        'Pre-existing neutralising anti-AAV5 antibodies above a titre of 1:898, based on the neutralising anti-AAV5 antibody assay with extended measuring range (equivalent to 1:678 titre based on the previous clinical study assay), may impede transgene expression at desired therapeutic levels and thus reduce the efficacy of Hemgenix therapy'
      ),
      read(
        'hemgenix-label',
        'EU SmPC 4.4 (copy)',
        'for the patient sub-group with detectable pre-existing neutralising anti-AAV5 antibodies up to a titre of 1:678 (tested using the clinical study assay, equivalent to 1:898 titre based on the neutralising anti-AAV5 antibody assay with extended measuring range), mean Factor IX activity levels were within the same range but numerically lower'
      )
    ],
    note: 'Split from candidate 2 by titre band.'
  },
  {
    id: 'hemgenix-uncontrolled-hiv',
    candidates: [15],
    strength: 'strong_caution',
    target: { products: ['hemgenix'] },
    when: eq('infections.hiv', 'positive_uncontrolled'),
    text: 'Uncontrolled HIV: Hemgenix trials excluded these patients.',
    rationale: 'No trial data exist for uncontrolled HIV.',
    sources: ['hemgenix-trials-faq'],
    verified: true,
    note: 'Split from candidate 15.'
  }
];

const SELECTION =
  'For patient selection: Perform Factor IX inhibitor titer testing … Perform liver health assessments … Hepatic ultrasound and elastography';

export const hemgenix: Product = {
  rules: RULES,
  id: 'hemgenix',
  name: 'Hemgenix',
  inn: 'etranacogene dezaparvovec',
  platform: 'aav',
  serotype: 'AAV5',
  route: 'intravenous, 2×10^13 gc/kg',
  delivery: { route: 'systemic', aavDose: 'below_1e14' },
  indications: ['haemophilia_b'],
  status: 'approved',
  approval: fact('Adults with haemophilia B on factor IX prophylaxis or with serious bleeding.', ['hemgenix-label']),
  labelChecked: {
    label: 'US indication (FDA release wording), US dosage copy, EU SmPC and package leaflet (see docs/research)',
    checked: CHECKED
  },
  criteria: [
    inclusion({
      id: 'haemophilia-b',
      text: 'Haemophilia B',
      test: hasIndication('haemophilia_b'),
      needs: 'The condition being treated',
      basis: [read('hemgenix-label', '1 Indications (FDA release wording)', INDICATION)]
    }),
    inclusion({
      id: 'adult',
      text: '18 years of age or older (adults)',
      test: ageAtLeastYears(18),
      needs: 'The exact age',
      basis: [read('hemgenix-label', '1 Indications (FDA release wording)', INDICATION)]
    }),
    inclusion({
      id: 'prophylaxis-or-bleeding',
      text: 'On factor IX prophylaxis, or current or past life-threatening bleeding, or repeated serious spontaneous bleeding',
      test: eq('condition.haemophiliaBSelection', 'yes'),
      needs: 'The bleeding history and current factor IX treatment',
      basis: [read('hemgenix-label', '1 Indications (FDA release wording)', INDICATION)]
    }),
    onlyIn(
      'EU',
      exclusion(activeInfection, read('hemgenix-label', 'EU package leaflet, contraindications', EU_CONTRAINDICATIONS))
    ),
    onlyIn(
      'EU',
      exclusion(
        advancedFibrosisOrCirrhosis,
        read('hemgenix-label', 'EU package leaflet, contraindications', EU_CONTRAINDICATIONS)
      )
    ),
    onlyIn(
      'EU',
      exclusion({
        ...factorInhibitorHistory,
        basis: [
          read(
            'hemgenix-label',
            'EU SmPC 4.1 (as quoted by the Dec 2026 review; not re-read)',
            'without a history of Factor IX inhibitors'
          )
        ],
        verified: false
      })
    ),
    // The US label selects patients with an inhibitor titre test; what it says on a positive result was not read.
    onlyIn(
      'US',
      exclusion({
        ...factorInhibitorHistory,
        id: 'factor-inhibitor-test',
        text: 'Factor IX inhibitors on the selection test (the US wording on a positive result was not read)',
        test: partlyRecorded(factorInhibitorHistory.test),
        basis: [
          read(
            'hemgenix-label',
            '2.1 Patient selection (US, copy)',
            'For patient selection: Perform Factor IX inhibitor titer testing … Perform liver health assessments … Hepatic ultrasound and elastography'
          )
        ],
        verified: false
      })
    )
  ],
  regimen: [
    regimen(
      'pre_dose',
      'Before dosing: a factor IX inhibitor test.',
      [read('hemgenix-label', '2.1 Patient selection (US, copy)', SELECTION)],
      undefined,
      {
        step: 'test',
        at: on(0, 'day'),
        by: true,
        test: 'fix-inhibitor',
        when: not(isIn('condition.factorInhibitors', ['yes', 'no'])),
        jurisdiction: 'US'
      }
    ),
    regimen(
      'pre_dose',
      'Before dosing: a liver health assessment (liver enzymes, hepatic ultrasound and elastography).',
      [read('hemgenix-label', '2.1 Patient selection (US, copy)', SELECTION)],
      undefined,
      { step: 'test', at: on(0, 'day'), by: true, test: 'liver-baseline', jurisdiction: 'US' }
    ),
    regimen(
      'after_dose',
      'Observe during the infusion and for at least 3 hours after it.',
      [
        read(
          'hemgenix-label',
          'patient information (copy)',
          'You will need to be monitored while you are receiving the infusion, and for at least 3 hours after.'
        )
      ],
      undefined,
      { step: 'monitoring', at: on(0, 'day'), test: 'observation', jurisdiction: 'US' }
    ),
    regimen(
      'after_dose',
      'ALT tests after dosing and any reactive corticosteroid course: the label’s schedule was not read here — take it from the current label.',
      [read('hemgenix-label', '5.2–5.3 (not read)')],
      false,
      { step: 'monitoring', at: on(1, 'week'), test: 'alt', jurisdiction: 'US' }
    )
  ],
  otherwise: [
    {
      text: 'The label is for patients on factor IX prophylaxis or with serious bleeding: without gene therapy, standard care such as factor IX prophylaxis continues.',
      sources: ['hemgenix-label'],
      verified: true,
      basis: [read('hemgenix-label', '1 Indications (US)', INDICATION)]
    }
  ],
  warnings: [notRead('hemgenix-label')],
  markets: {
    EU: market('authorised', fact('EU: authorised; the EU SmPC and package leaflet were read.', ['hemgenix-label']))
  },
  labelFacts: [
    fact(
      'US selection: factor IX inhibitor test and liver health (enzymes, ultrasound, elastography); anti-AAV5 antibodies are measured but do not exclude.',
      ['hemgenix-label']
    ),
    fact(
      'EU: anti-AAV5 neutralising titres above 1:898 (extended-range assay; 1:678 on the clinical-study assay) may impede expression; one patient at 1:3212 had no factor IX expression.',
      ['hemgenix-label']
    ),
    fact('Trials excluded factor IX inhibitors, active hepatitis B or C and uncontrolled HIV.', ['hemgenix-trials-faq'])
  ]
};
