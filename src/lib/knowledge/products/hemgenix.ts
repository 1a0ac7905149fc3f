/** Hemgenix (etranacogene dezaparvovec-drlb), IV AAV5 — US label; the antibody limit is from the EU SmPC. */
import { ageAtLeastYears, eq, isIn } from '../build';
import { CHECKED, exclusion, fact, hasIndication, inclusion, read, regimen, type Product } from './define';

const INDICATION =
  'for the treatment of adults with hemophilia B (congenital Factor IX deficiency) who currently use Factor IX prophylaxis therapy, or have current or historical life-threatening hemorrhage, or have repeated, serious spontaneous bleeding episodes.';
const EU_CONTRAINDICATIONS = 'active infection … advanced liver fibrosis … or cirrhosis';

export const hemgenix: Product = {
  id: 'hemgenix',
  name: 'Hemgenix',
  inn: 'etranacogene dezaparvovec',
  platform: 'aav',
  serotype: 'AAV5',
  route: 'intravenous, 2×10^13 gc/kg',
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
    exclusion({
      id: 'active-infection',
      candidates: [13],
      text: 'Active or uncontrolled infection (EU contraindication)',
      test: eq('infections.acuteInfection', 'yes'),
      needs: 'Whether there is an active or uncontrolled infection',
      basis: [read('hemgenix-label', 'EU package leaflet, contraindications', EU_CONTRAINDICATIONS)]
    }),
    exclusion({
      id: 'advanced-fibrosis',
      candidates: [9],
      text: 'Advanced liver fibrosis or cirrhosis (EU contraindication)',
      test: isIn('liver.fibrosis', ['advanced', 'cirrhosis']),
      needs: 'The liver fibrosis stage (ultrasound and elastography)',
      basis: [read('hemgenix-label', 'EU package leaflet, contraindications', EU_CONTRAINDICATIONS)]
    })
  ],
  regimen: [
    regimen(
      'pre_dose',
      'Before dosing: a factor IX inhibitor test and a liver health assessment (liver enzymes, hepatic ultrasound and elastography).',
      [
        read(
          'hemgenix-label',
          '2.1 Patient selection (US, copy)',
          'For patient selection: Perform Factor IX inhibitor titer testing … Perform liver health assessments … Hepatic ultrasound and elastography'
        )
      ]
    ),
    regimen('after_dose', 'Observe during the infusion and for at least 3 hours after it.', [
      read(
        'hemgenix-label',
        'patient information (copy)',
        'You will need to be monitored while you are receiving the infusion, and for at least 3 hours after.'
      )
    ]),
    regimen(
      'after_dose',
      'The US schedule of ALT tests after dosing and any reactive corticosteroid course were not read here: take them from the current label.',
      [read('hemgenix-label', '5.2–5.3 (not read)')]
    )
  ],
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
