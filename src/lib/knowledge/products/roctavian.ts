/** Roctavian (valoctocogene roxaparvovec-rvox), IV AAV5 — US label. */
import { ageAtLeastYears, all, eq, given, not } from '../build';
import type { Rule, SourceData } from '../schema';
import { CHECKED, exclusion, fact, hasIndication, inclusion, notRead, read, regimen, type Product } from './define';
import { activeInfection, advancedFibrosisOrCirrhosis } from '../terms';
import { NS } from '../source-words';

const INDICATION =
  'indicated for the treatment of adults with severe hemophilia A (congenital factor VIII deficiency with factor VIII activity < 1 IU/dL) without pre-existing antibodies to adeno-associated virus serotype 5 detected by an FDA-approved test. (1)';
const onCompanionTest = all(
  eq('aavAntibodies.AAV5.assay', 'total_binding'),
  eq('aavAntibodies.AAV5.companionTest', 'yes')
);

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'arup-aav5-total-antibody',
    citation: 'ARUP Laboratories test directory: AAV5 Total Antibody Assay (companion diagnostic for ROCTAVIAN).',
    issuer: 'ARUP Laboratories',
    kind: 'reference',
    date: null,
    identifier: {},
    verification: 'partial',
    unverifiedNote:
      'Quoted by the audit of Dec 2026; not re-read. The name of the FDA-approved companion test was not confirmed.',
    developer: 'ARUP Laboratories',
    funding: 'Industry (laboratory)',
    revised: null
  },
  {
    id: 'biopharmadive-2025-roctavian',
    citation: 'BioPharma Dive, 27 Oct 2025: BioMarin to divest Roctavian; available in the US, Germany and Italy.',
    issuer: 'BioPharma Dive',
    kind: 'news',
    date: '2025-10-27',
    identifier: {},
    verification: 'partial',
    unverifiedNote: 'News report; the outcome of the divestiture was not found.',
    developer: 'BioPharma Dive',
    funding: NS,
    revised: null
  }
];

/** Rules about this product alone beyond its label criteria: cautions and notes (moved from ../rules.ts). */
const RULES: Rule[] = [
  {
    id: 'roctavian-aav5-other-assay',
    candidates: [1],
    strength: 'strong_caution',
    target: { products: ['roctavian'] },
    when: all(
      eq('aavAntibodies.AAV5.result', 'detected'),
      not(all(eq('aavAntibodies.AAV5.assay', 'total_binding'), eq('aavAntibodies.AAV5.companionTest', 'yes')))
    ),
    text: 'Anti-AAV5 antibodies detected on a test other than the FDA-approved companion test: confirm on the companion test; a positive result there rules Roctavian out.',
    rationale:
      'The label restricts Roctavian to adults without anti-AAV5 antibodies detected by an FDA-approved test (a total-antibody assay); antibodies neutralise the capsid before it reaches the liver.',
    sources: ['roctavian-uspi', 'blood-2006-low-nab'],
    verified: true,
    note: 'The companion-test result itself is the label criterion (knowledge/products/roctavian.ts).'
  }
];

export const roctavian: Product = {
  rules: RULES,
  sources: SOURCES,
  id: 'roctavian',
  name: 'Roctavian',
  inn: 'valoctocogene roxaparvovec-rvox',
  platform: 'aav',
  serotype: 'AAV5',
  route: 'intravenous, 6×10^13 vg/kg',
  indications: ['haemophilia_a'],
  status: 'approved',
  marketNote: fact(
    'BioMarin announced in October 2025 that it will divest Roctavian; it remained available in the US, Germany and Italy.',
    ['biopharmadive-2025-roctavian'],
    false
  ),
  approval: fact('Adults with severe haemophilia A without anti-AAV5 antibodies on an FDA-approved test.', [
    'roctavian-uspi'
  ]),
  labelChecked: { label: 'US label (drugs.com copy, last updated 12 Mar 2024; see docs/research)', checked: CHECKED },
  criteria: [
    inclusion({
      id: 'haemophilia-a',
      text: 'Haemophilia A',
      test: hasIndication('haemophilia_a'),
      needs: 'The condition being treated',
      basis: [read('roctavian-uspi', 'Highlights / 1 Indications', INDICATION)]
    }),
    inclusion({
      id: 'adult',
      text: '18 years of age or older (adults)',
      test: ageAtLeastYears(18),
      needs: 'The exact age',
      basis: [read('roctavian-uspi', 'Highlights / 1 Indications', INDICATION)]
    }),
    inclusion({
      id: 'severe',
      text: 'Severe haemophilia A: factor VIII activity below 1 IU/dL',
      test: eq('condition.haemophiliaASevere', 'yes'),
      needs: 'The factor VIII activity level',
      basis: [read('roctavian-uspi', 'Highlights / 1 Indications', INDICATION)]
    }),
    inclusion({
      id: 'aav5-negative-companion-test',
      candidates: [1],
      text: 'No anti-AAV5 antibodies on the FDA-approved companion test (a total-antibody assay)',
      test: given(onCompanionTest, eq('aavAntibodies.AAV5.result', 'not_detected')),
      needs:
        'An anti-AAV5 result from the FDA-approved companion test (the AAV5 total-antibody assay); a result from any other assay does not answer it',
      basis: [
        read('roctavian-uspi', 'Highlights / 1 Indications', INDICATION),
        read(
          'arup-aav5-total-antibody',
          'test description',
          'Patients that are anti-AAV5 antibody positive … are not eligible'
        )
      ]
    }),
    exclusion(
      activeInfection,
      read('roctavian-uspi', '4 Contraindications', 'Active infections, either acute or uncontrolled chronic. (4)')
    ),
    exclusion(
      advancedFibrosisOrCirrhosis,
      read(
        'roctavian-uspi',
        '4 Contraindications',
        'Known significant hepatic fibrosis (stage 3 or 4), or cirrhosis. (4)'
      )
    )
  ],
  regimen: [
    regimen(
      'pre_dose',
      'Before dosing: the anti-AAV5 companion test, a factor VIII inhibitor test and a liver health assessment; ask about hypersensitivity to mannitol (a contraindication).',
      [
        read(
          'roctavian-uspi',
          'Highlights / 2 Dosage',
          'Perform baseline testing to select patients, including testing for pre-existing antibodies to adeno-associated virus serotype 5 (AAV5), factor VIII inhibitor presence, and liver health assessments. (2)'
        )
      ]
    ),
    regimen(
      'immunosuppression',
      'Corticosteroids are given for a rise in ALT (reactive, not prophylactic); an expert group suggests prednisone 60 mg/day for 2 weeks for ALT at or above 1.5 × ULN, then a taper. Monitor factor VIII with ALT.',
      [read('bloodadv-2024-roctavian-liver', 'recommendations', 'prednisone 60 mg/d for 2 weeks')],
      false
    ),
    regimen(
      'after_dose',
      'For 6 months after dosing, men should not donate semen and should prevent pregnancy with their partners; liver ultrasound and AFP periodically (e.g. yearly) where there are risk factors for liver cancer.',
      [
        read(
          'roctavian-uspi',
          '8 (Chinese translation of the label)',
          '给药后6个月内,男性不得捐献精液,男性及其女性伴侣必须预防或推迟怀孕'
        ),
        read(
          'roctavian-uspi',
          '5.x (Chinese translation of the label)',
          '给药后定期进行肝脏超声检查(例如每年一次)和甲胎蛋白检测'
        )
      ]
    )
  ],
  warnings: [notRead('roctavian-uspi')],
  labelFacts: [
    fact('Do not give if the anti-AAV5 antibody test is positive.', ['roctavian-uspi']),
    fact(
      'Contraindicated with active acute or uncontrolled chronic infection, significant fibrosis (stage 3–4) or cirrhosis, and mannitol hypersensitivity.',
      ['roctavian-uspi']
    ),
    fact('Factor VIII expression declines year over year.', ['bloodadv-2024-roctavian-decline'])
  ]
};
