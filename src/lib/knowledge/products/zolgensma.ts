/** Zolgensma (onasemnogene abeparvovec-xioi), IV AAV9 — US label. */
import { ageUnderYears, all, eq, given, gt, isIn, lte, not } from '../build';
import type { Rule, SourceData } from '../schema';
import {
  RECHECKED,
  every,
  exclusion,
  fact,
  hasIndication,
  inclusion,
  on,
  type Product,
  read,
  regimen,
  warning
} from './define';
import { prematureBeforeTerm } from '../terms/premature-before-term';
import { NS, AUTHORS } from '../source-words';
import {
  ZOLGENSMA_LIVER_3_MONTHS,
  ZOLGENSMA_LIVER_SCHEDULE,
  ZOLGENSMA_PLATELETS,
  ZOLGENSMA_TMA_2_WEEKS,
  ZOLGENSMA_TROPONIN
} from '../label-words';

const INDICATION =
  'indicated for the treatment of pediatric patients less than 2 years of age with spinal muscular atrophy (SMA) with bi-allelic mutations in the survival motor neuron 1 (SMN1) gene.';

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'day-2021',
    citation: 'Day JW et al. [anti-AAV9 antibody screening in SMA]. Mol Ther Methods Clin Dev 2021;21:76–82.',
    issuer: 'Molecular Therapy Methods & Clinical Development',
    kind: 'paper',
    date: '2021',
    identifier: { doi: '10.1016/j.omtm.2021.02.014' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'sma-news-2021-zolgensma-weight',
    citation:
      'SMA News Today: onasemnogene abeparvovec available for babies and young children up to 21 kg in the European Union and Canada.',
    issuer: 'SMA News Today',
    kind: 'news',
    date: '2021',
    identifier: {},
    verification: 'verified',
    developer: 'SMA News Today',
    funding: NS,
    revised: null
  },
  {
    id: 'friese-2021',
    citation:
      'Friese J et al. [single-centre onasemnogene abeparvovec experience]. J Neuromuscul Dis 2021;8(2):209–216.',
    issuer: 'Journal of Neuromuscular Diseases',
    kind: 'paper',
    date: '2021',
    identifier: { doi: '10.3233/JND-200593', pmid: '33427694' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  }
];

/** Rules about this product alone beyond its label criteria: cautions and notes (moved from ../rules.ts). */
const RULES: Rule[] = [
  {
    id: 'zolgensma-liver-tests-over-2x',
    candidates: [10],
    strength: 'strong_caution',
    target: { products: ['zolgensma'] },
    when: gt('liver.altMultiple', 2),
    text: 'ALT/AST above 2 × ULN: Zolgensma has not been studied at this level.',
    rationale:
      'The label lists ALT, AST or bilirubin above 2 × ULN as not studied; liver failure is the main serious risk.',
    sources: ['zolgensma-uspi'],
    verified: true,
    basis: [
      read(
        'zolgensma-uspi',
        '8.6 Hepatic impairment (copy)',
        'Patients with ALT, AST, or total bilirubin levels (except due to neonatal jaundice) > 2 × ULN have not been studied'
      )
    ],
    note: 'Split from candidate 10. The case records ALT/AST only, not bilirubin.'
  }
];

/** An anti-AAV9 result on a total-binding assay is recorded: the baseline test is done. */
const aav9Recorded = all(
  eq('aavAntibodies.AAV9.assay', 'total_binding'),
  isIn('aavAntibodies.AAV9.result', ['detected', 'not_detected'])
);

export const zolgensma: Product = {
  rules: RULES,
  sources: SOURCES,
  id: 'zolgensma',
  name: 'Zolgensma',
  inn: 'onasemnogene abeparvovec-xioi',
  platform: 'aav',
  serotype: 'AAV9',
  route: 'intravenous, 1.1×10^14 vg/kg over 60 minutes',
  delivery: { route: 'systemic', aavDose: 'at_or_above_1e14' },
  indications: ['sma'],
  status: 'approved',
  approval: fact('US: SMA with bi-allelic SMN1 mutations, under 2 years. EU/Canada: up to 21 kg.', [
    'zolgensma-uspi',
    'sma-news-2021-zolgensma-weight'
  ]),
  labelChecked: {
    label:
      'US label (copies at ndclist.com and in the Highlights; see docs/research); section 2 steroid course re-read (120ty.net copy)',
    checked: RECHECKED
  },
  criteria: [
    inclusion({
      id: 'sma',
      text: 'Spinal muscular atrophy',
      test: hasIndication('sma'),
      needs: 'The condition being treated',
      basis: [read('zolgensma-uspi', '1 Indications and usage', INDICATION)]
    }),
    inclusion({
      id: 'smn1-biallelic',
      text: 'Bi-allelic SMN1 mutations confirmed',
      test: eq('condition.smn1Biallelic', 'yes'),
      needs: 'Genetic confirmation of bi-allelic SMN1 mutations',
      basis: [read('zolgensma-uspi', '1 Indications and usage', INDICATION)]
    }),
    inclusion({
      id: 'under-2',
      text: 'Under 2 years of age',
      test: ageUnderYears(2),
      needs: 'The exact age',
      basis: [read('zolgensma-uspi', '1 Indications and usage', INDICATION)]
    }),
    inclusion({
      id: 'aav9-titre',
      candidates: [3],
      text: 'Anti-AAV9 antibody titre 1:50 or below on a binding (ELISA) assay',
      test: given(eq('aavAntibodies.AAV9.assay', 'total_binding'), lte('aavAntibodies.AAV9.titre', 50)),
      needs:
        'An anti-AAV9 total-binding (ELISA) antibody result: the 1:50 limit was set on that assay, so a neutralising result does not answer it',
      basis: [
        read(
          'zolgensma-uspi',
          '2.3 Laboratory testing (copy)',
          'Perform baseline testing for the presence of anti-AAV9 antibodies'
        ),
        read(
          'van-olden-mda',
          'abstract, quoting the label',
          'Safety and efficacy … for patients with elevated anti-AAV9 antibody titers (>1:50) are not established'
        ),
        read('day-2021', 'methods', 'binding antibodies with an enzyme-linked immunosorbent assay')
      ]
    }),
    exclusion(
      prematureBeforeTerm,
      read(
        'zolgensma-uspi',
        'Highlights, 8.4 (copy)',
        'Delay ZOLGENSMA infusion until full-term gestational age is reached. (8.4)'
      )
    ),
    exclusion({
      id: 'infection',
      text: 'An infection now (postpone until it has resolved)',
      test: eq('infections.acuteInfection', 'yes'),
      needs: 'Whether there is an infection now',
      basis: [
        read(
          'zolgensma-uspi',
          '5.2 Systemic immune response (Highlights)',
          'Administer ZOLGENSMA to patients who are clinically stable in their overall baseline health status (e.g., hydration and nutritional status, absence of infection) prior to infusion.'
        )
      ]
    })
  ],
  regimen: [
    regimen(
      'pre_dose',
      'Before the infusion: anti-AAV9 antibody testing (a total-binding ELISA result answers the label criterion).',
      [
        read(
          'zolgensma-uspi',
          '2.3 Laboratory testing (copy)',
          'Perform baseline testing for the presence of anti-AAV9 antibodies'
        )
      ],
      undefined,
      { step: 'test', at: on(0, 'day'), by: true, test: 'anti-aav9', when: not(aav9Recorded), jurisdiction: 'US' }
    ),
    regimen(
      'pre_dose',
      'Before the infusion: liver function (clinical examination, ALT, AST, total bilirubin, prothrombin time).',
      [
        read(
          'zolgensma-uspi',
          'Boxed warning',
          'Prior to infusion, assess liver function of all patients by clinical examination and laboratory testing (e.g., hepatic aminotransferases [aspartate aminotransferase (AST) and alanine aminotransferase (ALT)], total bilirubin, and prothrombin time).'
        )
      ],
      undefined,
      { step: 'test', at: on(0, 'day'), by: true, test: 'liver-baseline', jurisdiction: 'US' }
    ),
    regimen(
      'pre_dose',
      'Before the infusion: platelet count.',
      [read('zolgensma-uspi', 'Highlights (2.3, 5.3)', ZOLGENSMA_PLATELETS)],
      undefined,
      { step: 'test', at: on(0, 'day'), by: true, test: 'platelets-baseline', jurisdiction: 'US' }
    ),
    regimen(
      'immunosuppression',
      'Prednisolone 1 mg/kg/day (or equivalent) by mouth from the day before the infusion, for a total of 30 days.',
      [
        read(
          'zolgensma-uspi',
          '2 Dosage and administration (USPI copy, 120ty.net)',
          'One day prior to ZOLGENSMA infusion, begin administration of systemic corticosteroids equivalent to oral prednisolone at 1 milligram per kilogram of body weight per day (mg/kg/day) for a total of 30 days.'
        )
      ],
      undefined,
      { step: 'immunosuppression', at: on(-1, 'day'), until: on(29, 'day'), test: 'steroid', jurisdiction: 'US' }
    ),
    regimen(
      'immunosuppression',
      'Then taper the corticosteroid over 28 days — but not until ALT and AST are below 2 × ULN (the 28 days were not quoted here).',
      [
        read(
          'aifa-dhpc-2023',
          'DHPC',
          'Corticosteroids should not be tapered until liver function tests become unremarkable (… ALT and AST levels below 2 × ULN)'
        ),
        read('zolgensma-uspi', '2.1 (taper duration not quoted)')
      ],
      false,
      { step: 'immunosuppression', at: on(29, 'day'), until: on(57, 'day'), test: 'steroid', jurisdiction: 'both' }
    ),
    regimen(
      'after_dose',
      'Liver function weekly for the first month.',
      [read('zolgensma-uspi', '5.1 (copy)', ZOLGENSMA_LIVER_SCHEDULE)],
      undefined,
      {
        step: 'monitoring',
        at: on(1, 'week'),
        until: on(1, 'month'),
        every: every(1, 'week'),
        test: 'liver',
        jurisdiction: 'US'
      }
    ),
    regimen(
      'after_dose',
      'Liver function every other week in months 2 and 3 (for at least 3 months, until unremarkable).',
      [
        read('zolgensma-uspi', '5.1 (copy)', ZOLGENSMA_LIVER_SCHEDULE),
        read('zolgensma-uspi', 'Boxed warning', ZOLGENSMA_LIVER_3_MONTHS)
      ],
      undefined,
      {
        step: 'monitoring',
        at: on(1, 'month'),
        until: on(3, 'month'),
        every: every(2, 'week'),
        test: 'liver',
        jurisdiction: 'US'
      }
    ),
    regimen(
      'after_dose',
      'Platelets at least weekly for the first month.',
      [read('zolgensma-uspi', 'Highlights (2.3, 5.3)', ZOLGENSMA_PLATELETS)],
      undefined,
      {
        step: 'monitoring',
        at: on(1, 'week'),
        until: on(1, 'month'),
        every: every(1, 'week'),
        test: 'platelets',
        jurisdiction: 'US'
      }
    ),
    regimen(
      'after_dose',
      'Platelets every other week in months 2 and 3, or until back to baseline.',
      [read('zolgensma-uspi', 'Highlights (2.3, 5.3)', ZOLGENSMA_PLATELETS)],
      undefined,
      {
        step: 'monitoring',
        at: on(1, 'month'),
        until: on(3, 'month'),
        every: every(2, 'week'),
        test: 'platelets',
        jurisdiction: 'US'
      }
    ),
    regimen(
      'after_dose',
      'Troponin I weekly for the first month.',
      [read('zolgensma-uspi', '5.3 (copy)', ZOLGENSMA_TROPONIN)],
      undefined,
      {
        step: 'monitoring',
        at: on(1, 'week'),
        until: on(1, 'month'),
        every: every(1, 'week'),
        test: 'troponin',
        jurisdiction: 'US'
      }
    ),
    regimen(
      'after_dose',
      'Troponin I monthly in months 2 and 3, until back to baseline.',
      [read('zolgensma-uspi', '5.3 (copy)', ZOLGENSMA_TROPONIN)],
      undefined,
      {
        step: 'monitoring',
        at: on(1, 'month'),
        until: on(3, 'month'),
        every: every(1, 'month'),
        test: 'troponin',
        jurisdiction: 'US'
      }
    ),
    regimen(
      'after_dose',
      'Watch for thrombotic microangiopathy (hypertension, bruising, seizures, less urine), mostly in the first 2 weeks.',
      [read('zolgensma-uspi', '5.4 TMA (HCP safety information)', ZOLGENSMA_TMA_2_WEEKS)],
      undefined,
      { step: 'monitoring', at: on(0, 'day'), until: on(2, 'week'), test: 'tma-signs', jurisdiction: 'US' }
    )
  ],
  warnings: [
    warning('boxed_warning', 'Serious liver injury and acute liver failure, including deaths.', [
      read(
        'zolgensma-uspi',
        'Boxed Warning (Highlights copy)',
        'Patients with preexisting liver impairment may be at higher risk.'
      )
    ]),
    warning('limitation', 'Not evaluated in advanced SMA (e.g. permanent ventilation); wording not read.', [
      read('zolgensma-uspi', '1 Limitations of use (not read)')
    ])
  ],
  labelFacts: [
    fact(
      'Postpone during active infection; delay premature neonates to full-term gestational age; thrombocytopenia, TMA and troponin-I rises in the first weeks.',
      ['zolgensma-uspi']
    ),
    fact('Repeat administration has not been evaluated.', ['zolgensma-uspi']),
    fact('In practice, 7 of 8 children in one centre needed a higher or longer steroid course.', ['friese-2021'])
  ]
};
