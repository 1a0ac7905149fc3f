/** Elevidys (delandistrogene moxeparvovec-rokl), IV AAVrh74 — US label as changed on 14 Nov 2025. */
import { ageAtLeastYears, any, eq, given, includes, isIn, lt } from '../build';
import type { Rule, SourceData } from '../schema';
import {
  RECHECKED,
  every,
  exclusion,
  fact,
  hasIndication,
  inclusion,
  market,
  on,
  type Product,
  read,
  regimen,
  warning
} from './define';
import { NS, AUTHORS } from '../source-words';
import { companySource, newsSource } from '../source-make';
import { activeHepatitis } from '../predicates';
import { ELEVIDYS_WEEKLY_2025 } from '../label-words';

const NOV_2025 =
  'Limiting the indication to ambulatory patients with DMD who are 4 years of age and older with a confirmed mutation in the DMD gene';

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'potter-2025',
    citation: 'Potter RA et al. [immune-mediated myositis and DMD exons 8–9]. Sci Rep 2025;15:4.',
    issuer: 'Scientific Reports',
    kind: 'paper',
    date: '2025',
    identifier: { doi: '10.1038/s41598-024-84077-w', pmid: '39747998' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'fda-elevidys-2025-06',
    citation: 'FDA Safety Communication: fatal acute liver failure after ELEVIDYS in non-ambulatory patients.',
    issuer: 'US FDA',
    kind: 'regulator',
    date: '2025-06-24',
    identifier: {},
    verification: 'verified',
    developer: 'US FDA',
    funding: 'US government',
    revised: null
  },
  {
    id: 'elevidys-patient-site',
    citation:
      'ELEVIDYS patient site, "After treatment": corticosteroids start shortly before the infusion and continue for at least 2 months.',
    issuer: 'Sarepta Therapeutics (patient site)',
    kind: 'patient',
    date: null,
    identifier: {},
    verification: 'partial',
    unverifiedNote: 'Manufacturer patient site, undated; not the label regimen.',
    developer: 'Sarepta Therapeutics',
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'dmdcompanion-2025-elevidys',
    citation:
      'DMD Companion, Nov 2025: "FDA approves updated ELEVIDYS information" (stay within reach of medical care for two months).',
    issuer: 'DMD Companion',
    kind: 'news',
    date: '2025-11',
    identifier: {},
    verification: 'partial',
    unverifiedNote: 'News quoting the manufacturer; the label wording was not read.',
    developer: 'DMD Companion',
    funding: NS,
    revised: null
  },
  {
    id: 'fda-elevidys-sc-2025-11',
    citation:
      'FDA Safety Communication, 14 Nov 2025: "FDA takes action on new Boxed Warning for acute serious liver injury and acute liver failure following treatment with ELEVIDYS and revised indication" — labelling changes incl. Boxed Warning, Indications and Usage with Limitations of Use, Warnings and Precautions, Dosage and Administration (copy at medicalindustrytoday.com).',
    issuer: 'US FDA (copy)',
    kind: 'regulator',
    date: '2025-11-14',
    identifier: {},
    verification: 'verified',
    developer: 'US FDA',
    funding: 'US government',
    revised: null
  },
  {
    id: 'chmp-elevidys-2025',
    citation: 'CHMP negative opinion on Elevidys, 24 Jul 2025 (Roche announcement of 25 Jul 2025).',
    issuer: 'European Medicines Agency (reported by Roche)',
    kind: 'regulator',
    date: '2025-07-24',
    identifier: {},
    verification: 'partial',
    unverifiedNote: 'Reported by the company; the CHMP text was not read, and the final EU decision was not found.',
    developer: 'European Medicines Agency',
    funding: 'EU',
    revised: null
  },
  companySource(
    'sarepta-2025-07-21',
    'Sarepta Therapeutics, letter to the Duchenne community, 21 Jul 2025: voluntary, temporary pause of all US shipments of ELEVIDYS, effective at the end of 22 Jul 2025 (reproduced by the Jett Foundation, jettfoundation.org/?p=9005).',
    'Sarepta Therapeutics',
    '2025-07-21'
  ),
  newsSource(
    'cgtlive-2025-07-elevidys',
    'CGTLive: "Sarepta voluntarily pauses shipments of DMD gene therapy Elevidys" — FDA informal request on 18 Jul 2025; pause effective close of business 22 Jul 2025.',
    'CGTLive',
    '2025-07'
  ),
  newsSource(
    'talkbio-2025-07-29-elevidys',
    'talk.bio, 29 Jul 2025: "FDA reverses course, allows Sarepta to resume Duchenne gene therapy shipments" — FDA informed Sarepta on 28 Jul 2025 that it could resume shipments for ambulatory patients (citing the Sarepta release).',
    'talk.bio',
    '2025-07-29'
  )
];

/** Rules about this product alone beyond its label criteria: cautions and notes (moved from ../rules.ts). */
const RULES: Rule[] = [
  {
    id: 'elevidys-exons-1-17-59-71',
    candidates: [6],
    strength: 'caution',
    target: { products: ['elevidys'] },
    when: eq('condition.dmdDeletion', 'exons_1_17_or_59_71'),
    text: 'Deletion in exons 1–17 or 59–71: watch for immune-mediated myositis after Elevidys.',
    rationale: 'The maker lists these regions as possibly at risk of immune-mediated myositis.',
    sources: ['elevidys-eligibility'],
    verified: true,
    note: 'Split from candidate 6 by deletion region.'
  },
  {
    id: 'elevidys-liver-disease',
    candidates: [],
    strength: 'strong_caution',
    target: { products: ['elevidys'] },
    when: any(activeHepatitis, eq('liver.altStatus', 'raised')),
    text: 'Active viral hepatitis or raised liver tests: the Elevidys label asks to postpone in acute liver disease.',
    rationale:
      'The label: "Postpone ELEVIDYS administration in patients with acute liver disease"; the Nov 2025 Boxed Warning concerns acute serious liver injury and liver failure.',
    sources: ['elevidys-uspi-2023', 'fda-elevidys-2025-11'],
    verified: true,
    note: 'From §4 of the reference (2023 label, section 5).'
  }
];

const EU_REFUSED = fact(
  'EU: the CHMP gave a negative opinion on 24 Jul 2025; it is not authorised in the EU.',
  ['chmp-elevidys-2025'],
  false
);

export const elevidys: Product = {
  rules: RULES,
  sources: SOURCES,
  id: 'elevidys',
  name: 'Elevidys',
  inn: 'delandistrogene moxeparvovec-rokl',
  platform: 'aav',
  serotype: 'AAVrh74',
  route: 'intravenous, 1.33×10^14 vg/kg',
  delivery: { route: 'systemic', aavDose: 'at_or_above_1e14' },
  indications: ['dmd'],
  status: 'approved',
  marketNote: fact(
    'US: all shipments were paused from 22 Jul 2025 at the FDA’s request and resumed for ambulatory patients after 28 Jul 2025. EU: the CHMP gave a negative opinion on 24 Jul 2025; it is not authorised in the EU.',
    ['sarepta-2025-07-21', 'cgtlive-2025-07-elevidys', 'talkbio-2025-07-29-elevidys', 'chmp-elevidys-2025'],
    false
  ),
  approval: fact(
    'Nov 2025 label: ambulatory patients 4 years and older with a confirmed DMD mutation; non-ambulatory indication removed; new Boxed Warning for acute serious liver injury and acute liver failure.',
    ['fda-elevidys-2025-11']
  ),
  labelChecked: {
    label:
      'FDA release and safety communication of 14 Nov 2025 for the indication and the list of changed sections; the 2023 US label (rxreasoner copy, superseded) for the antibody limit, contraindication and re-dosing — the Nov 2025 label text itself was not read',
    checked: RECHECKED
  },
  lastChange: {
    change: 'elevidys-label-2025-11',
    date: '2025-11-14',
    kind: 'label_change',
    text: 'Boxed Warning for acute serious liver injury and acute liver failure; indication limited to ambulatory patients 4 years and older (non-ambulatory indication removed); Limitations of Use added; warnings, dosage and corticosteroid instructions revised.'
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
      ],
      // Read in the superseded 2023 label only; the Nov 2025 label text was not read (audit B, #5).
      verified: false
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
      ],
      // Read in the superseded 2023 label only; the Nov 2025 label text was not read (audit B, #5).
      verified: false
    }),
    exclusion({
      id: 'given-before',
      candidates: [27],
      text: 'Elevidys (an AAVrh74 vector) given before',
      test: includes('priorTherapyDetails.aavSerotypes', 'AAVrh74'),
      needs: 'Whether an AAVrh74 vector was given before',
      basis: [read('elevidys-uspi-2023', '2.1 (2023 label)', 'Re-administration of ELEVIDYS is not recommended')],
      // Read in the superseded 2023 label only; the Nov 2025 label text was not read (audit B, #5).
      verified: false
    })
  ],
  regimen: [
    regimen(
      'immunosuppression',
      'A corticosteroid regimen starting shortly before the infusion day and continuing for at least 2 months (changed in the Nov 2025 label: the drug and dose were not read here — take them from the current label).',
      [
        read('fda-elevidys-2025-11', 'summary of the label changes'),
        read(
          'elevidys-patient-site',
          'after treatment',
          'Your child will start these shortly before the infusion day and will continue for at least 2 months.'
        )
      ],
      false,
      { step: 'immunosuppression', at: on(0, 'day'), until: on(2, 'month'), test: 'steroid', jurisdiction: 'US' }
    ),
    regimen(
      'after_dose',
      'Observe during the infusion and for at least 3 hours after it.',
      [
        read(
          'elevidys-eligibility',
          'HCP site, after the infusion',
          'Closely monitor patients during and for at least 3 hours after the infusion'
        )
      ],
      undefined,
      { step: 'monitoring', at: on(0, 'day'), test: 'observation', jurisdiction: 'US' }
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
      false,
      { step: 'stay', at: on(0, 'day'), until: on(2, 'month'), jurisdiction: 'US' }
    ),
    regimen(
      'after_dose',
      'Liver tests weekly for 3 months after the infusion (as reported in news of the Nov 2025 label; the label wording was not read).',
      [read('particle-2025-elevidys', 'news summary (not the label)', ELEVIDYS_WEEKLY_2025)],
      false,
      {
        step: 'monitoring',
        at: on(1, 'week'),
        until: on(3, 'month'),
        every: every(1, 'week'),
        test: 'liver',
        jurisdiction: 'US'
      }
    ),
    regimen(
      'after_dose',
      'Cardiac checks (troponin I) weekly for 1 month after the infusion (as reported in news of the Nov 2025 label; the label wording was not read).',
      [read('particle-2025-elevidys', 'news summary (not the label)', ELEVIDYS_WEEKLY_2025)],
      false,
      {
        step: 'monitoring',
        at: on(1, 'week'),
        until: on(1, 'month'),
        every: every(1, 'week'),
        test: 'troponin',
        jurisdiction: 'US'
      }
    )
  ],
  warnings: [
    warning('boxed_warning', 'Acute serious liver injury and acute liver failure, including deaths (Nov 2025).', [
      read(
        'fda-elevidys-2025-11',
        'FDA release, 14 Nov 2025 (copy)',
        'Addition of a Boxed Warning describing the risk of serious liver injury and acute liver failure, including fatal outcomes'
      )
    ]),
    warning(
      'limitation',
      'Added in Nov 2025, reported to concern pre-existing liver impairment and recent vaccination or infection; wording not read here.',
      [read('fda-elevidys-2025-11', '1 Limitations of use (not read)')]
    )
  ],
  markets: { EU: market('not_authorised', EU_REFUSED) },
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
    ),
    fact(
      'Nov 2025: a Limitations of Use statement was added to the indication; its wording was not read here (see the current label).',
      ['fda-elevidys-sc-2025-11']
    )
  ]
};
