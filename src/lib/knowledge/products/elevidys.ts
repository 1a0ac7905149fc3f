/** Elevidys (delandistrogene moxeparvovec-rokl), IV AAVrh74 — US label as changed on 14 Nov 2025. */
import { ageAtLeastYears, any, eq, given, includes, isIn, lt } from '../build';
import type { Rule, SourceData } from '../schema';
import {
  CHECKED,
  exclusion,
  fact,
  hasIndication,
  inclusion,
  market,
  read,
  regimen,
  warning,
  type Product
} from './define';
import { NS, AUTHORS } from '../source-words';
import { activeHepatitis } from '../conditions';

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
    kind: 'reference',
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
  }
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
  indications: ['dmd'],
  status: 'approved',
  marketNote: EU_REFUSED,
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
      'Limitations of use (Nov 2025), reported to concern pre-existing liver impairment and recent vaccination or infection; wording not read here.',
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
    )
  ]
};
