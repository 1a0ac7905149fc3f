/** Beqvez (fidanacogene elaparvovec-dzkt), IV AAVRh74var — US label; discontinued by its maker in Feb 2025. */
import { ageAtLeastYears, eq, given, partlyRecorded } from '../build';
import { CHECKED, fact, hasIndication, inclusion, notRead, read, type Product } from './define';
import type { SourceData } from '../schema';
import { HOLDER } from '../source-words';

const INDICATION =
  'indicated for the treatment of adults with moderate to severe hemophilia B (congenital factor IX deficiency) who currently use factor IX prophylaxis therapy, or have current or historical life-threatening hemorrhage, or repeated, serious spontaneous bleeding episodes.';

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'beqvez-uspi',
    citation:
      'BEQVEZ (fidanacogene elaparvovec-dzkt) US prescribing information, section 1, as reproduced in the drugs.com monograph (see docs/research/label-criteria-2026-12.md).',
    issuer: 'US FDA label (drug-reference copy)',
    kind: 'label',
    date: '2024-04',
    identifier: { label: 'BEQVEZ USPI' },
    verification: 'partial',
    unverifiedNote:
      'Read in a drug-reference copy of section 1 only; the name of the FDA-approved antibody test was not found.',
    developer: HOLDER,
    funding: 'Industry (label holder)',
    revised: null
  }
];

export const beqvez: Product = {
  sources: SOURCES,
  id: 'beqvez',
  name: 'Beqvez (discontinued)',
  inn: 'fidanacogene elaparvovec-dzkt',
  platform: 'aav',
  serotype: 'AAVRh74var',
  route: 'intravenous, 5×10^11 vg/kg',
  delivery: { route: 'systemic', aavDose: 'below_1e14' },
  indications: ['haemophilia_b'],
  status: 'discontinued',
  marketNote: fact(
    'Discontinued: Pfizer ended its development and commercialisation in February 2025 (reported by AABB news; Pfizer’s statement was not read).',
    ['aabb-2025-beqvez'],
    false
  ),
  approval: fact(
    'FDA approved 26 Apr 2024 for moderate to severe haemophilia B without AAVRh74var neutralising antibodies; development and commercialisation discontinued in Feb 2025.',
    ['beqvez-approval-2024', 'beqvez-uspi', 'aabb-2025-beqvez']
  ),
  labelChecked: { label: 'US indication (drugs.com monograph; see docs/research)', checked: CHECKED },
  criteria: [
    inclusion({
      id: 'haemophilia-b',
      text: 'Haemophilia B',
      test: hasIndication('haemophilia_b'),
      needs: 'The condition being treated',
      basis: [read('beqvez-uspi', '1 Indications (monograph copy)', INDICATION)]
    }),
    inclusion({
      id: 'adult',
      text: '18 years of age or older (adults)',
      test: ageAtLeastYears(18),
      needs: 'The exact age',
      basis: [read('beqvez-uspi', '1 Indications (monograph copy)', INDICATION)]
    }),
    // The wizard does not record the severity of haemophilia B: this stays "check needed".
    inclusion({
      id: 'moderate-to-severe',
      text: 'Moderate to severe haemophilia B',
      needs: 'The factor IX activity level (severity of haemophilia B)',
      basis: [read('beqvez-uspi', '1 Indications (monograph copy)', INDICATION)]
    }),
    inclusion({
      id: 'prophylaxis-or-bleeding',
      text: 'On factor IX prophylaxis, or current or past life-threatening bleeding, or repeated serious spontaneous bleeding',
      test: eq('condition.haemophiliaBSelection', 'yes'),
      needs: 'The bleeding history and current factor IX treatment',
      basis: [read('beqvez-uspi', '1 Indications (monograph copy)', INDICATION)]
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
          'beqvez-uspi',
          '1 Indications (monograph copy)',
          'only indicated in such patients who do not have neutralizing antibodies to adeno-associated virus serotype Rh74var (AAVRh74var) capsid as detected by an FDA-approved test'
        )
      ]
    })
  ],
  regimen: [],
  warnings: [notRead('beqvez-approval-2024')],
  labelFacts: [fact('Trial participants are followed for up to 15 years (news report).', ['beqvez-ltfu'], false)]
};
