/** Beqvez (fidanacogene elaparvovec-dzkt), IV AAVRh74var — US label; discontinued by its maker in Feb 2025. */
import { ageAtLeastYears, eq, given, partlyRecorded } from '../build';
import { CHECKED, fact, hasIndication, inclusion, notRead, read, type Product } from './define';

const INDICATION =
  'indicated for the treatment of adults with moderate to severe hemophilia B (congenital factor IX deficiency) who currently use factor IX prophylaxis therapy, or have current or historical life-threatening hemorrhage, or repeated, serious spontaneous bleeding episodes.';

export const beqvez: Product = {
  id: 'beqvez',
  name: 'Beqvez (discontinued)',
  inn: 'fidanacogene elaparvovec-dzkt',
  platform: 'aav',
  serotype: 'AAVRh74var',
  route: 'intravenous, 5×10^11 vg/kg',
  indications: ['haemophilia_b'],
  status: 'discontinued',
  marketNote: fact('Discontinued: Pfizer ended its development and commercialisation in February 2025.', [
    'aabb-2025-beqvez'
  ]),
  approval: fact(
    'FDA approved 26 Apr 2024 for moderate to severe haemophilia B without AAVRh74var neutralising antibodies; development and commercialisation discontinued in Feb 2025.',
    ['beqvez-approval-2024', 'aabb-2025-beqvez']
  ),
  labelChecked: { label: 'US indication (drugs.com monograph; see docs/research)', checked: CHECKED },
  criteria: [
    inclusion({
      id: 'haemophilia-b',
      text: 'Haemophilia B',
      test: hasIndication('haemophilia_b'),
      needs: 'The condition being treated',
      basis: [read('beqvez-approval-2024', '1 Indications (monograph)', INDICATION)]
    }),
    inclusion({
      id: 'adult',
      text: '18 years of age or older (adults)',
      test: ageAtLeastYears(18),
      needs: 'The exact age',
      basis: [read('beqvez-approval-2024', '1 Indications (monograph)', INDICATION)]
    }),
    // The wizard does not record the severity of haemophilia B: this stays "check needed".
    inclusion({
      id: 'moderate-to-severe',
      text: 'Moderate to severe haemophilia B',
      needs: 'The factor IX activity level (severity of haemophilia B)',
      basis: [read('beqvez-approval-2024', '1 Indications (monograph)', INDICATION)]
    }),
    inclusion({
      id: 'prophylaxis-or-bleeding',
      text: 'On factor IX prophylaxis, or current or past life-threatening bleeding, or repeated serious spontaneous bleeding',
      test: eq('condition.haemophiliaBSelection', 'yes'),
      needs: 'The bleeding history and current factor IX treatment',
      basis: [read('beqvez-approval-2024', '1 Indications (monograph)', INDICATION)]
    }),
    inclusion({
      id: 'aavrh74var-nab-negative',
      candidates: [5],
      text: 'No neutralising antibodies to the AAVRh74var capsid on an FDA-approved test',
      // A neutralising result rules a patient out; "not detected" stays unknown, as the wizard does not record
      // whether the test was the FDA-approved one.
      test: partlyRecorded(
        given(
          eq('aavAntibodies.AAVrh74var.assay', 'neutralising'),
          eq('aavAntibodies.AAVrh74var.result', 'not_detected')
        )
      ),
      needs: 'An anti-AAVRh74var neutralising antibody result on the FDA-approved test',
      basis: [
        read(
          'beqvez-approval-2024',
          '1 Indications (as reported)',
          'do not have neutralizing antibodies to adeno-associated virus serotype Rh74var (AAVRh74var) capsid determined by an FDA-approved test'
        )
      ]
    })
  ],
  regimen: [],
  warnings: [notRead('beqvez-approval-2024')],
  labelFacts: [fact('Trial participants are followed for up to 15 years.', ['beqvez-ltfu'])]
};
