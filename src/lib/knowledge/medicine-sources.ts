/**
 * The sources only the medicines list and its interactions cite (loaded with them, like a product's own sources).
 * Each was read in a public copy on 2026-12-04 (search tool, corpus "pages"); the quotes are in interactions.ts.
 */
import type { SourceData } from './schema';
import { AUTHORS, NS } from './source-words';

export const medicineSources: SourceData[] = [
  {
    id: 'busulfan-label',
    citation:
      'Busulfan Injection prescribing information, 7 Drug Interactions (7.1 drugs that decrease, 7.2 drugs that increase busulfan clearance). Pfizer Medical Information copy.',
    issuer: 'Pfizer (label holder)',
    kind: 'label',
    date: null,
    identifier: { label: 'Busulfan Injection PI §7' },
    verification: 'verified',
    developer: 'Pfizer',
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'buck-2006-sirolimus',
    citation:
      'Buck ML. Immunosuppression with sirolimus after solid organ transplantation in children. Pediatr Pharm 2006;12(2): Drug interactions.',
    issuer: 'Pediatric Pharmacotherapy (Medscape copy)',
    kind: 'paper',
    date: '2006',
    identifier: {},
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'sirolimus-ketoconazole-ddi',
    citation:
      'Drug interaction monograph: ketoconazole and sirolimus (single-dose studies with ketoconazole, posaconazole, voriconazole). Drugs.com professional.',
    issuer: 'Drugs.com (interaction checker)',
    kind: 'reference',
    date: null,
    identifier: {},
    verification: 'verified',
    developer: 'Drugs.com / Cerner Multum',
    funding: NS,
    revised: null
  },
  {
    id: 'abn-2018-lumbar-puncture',
    citation:
      'Dodd KC, Emsley HCA, Desborough MJR, Chhetri SK. Periprocedural antithrombotic management for lumbar puncture: Association of British Neurologists clinical guideline. Pract Neurol 2018;18:436–446, Table 2.',
    issuer: 'Practical Neurology (Association of British Neurologists)',
    kind: 'guidance',
    date: '2018',
    identifier: {},
    verification: 'verified',
    developer: 'Association of British Neurologists',
    funding: NS,
    revised: null
  },
  {
    id: 'fitzhugh-2009-gcsf',
    citation:
      'Fitzhugh CD et al. Granulocyte colony-stimulating factor (G-CSF) administration in individuals with sickle cell disease: time for a moratorium? Cytotherapy 2009;11(4):464–71.',
    issuer: 'Cytotherapy',
    kind: 'paper',
    date: '2009',
    identifier: { doi: '10.1080/14653240902849788', pmid: '19513902' },
    verification: 'verified',
    developer: AUTHORS,
    funding: 'US NIH (intramural and extramural), as the record states',
    revised: null
  },
  {
    id: 'ash-sap-emicizumab-labs',
    citation: 'ASH Self-Assessment Program (ASH-SAP), Table 3 "Impact of emicizumab on labs".',
    issuer: 'American Society of Hematology',
    kind: 'reference',
    date: null,
    identifier: {},
    verification: 'verified',
    developer: 'American Society of Hematology',
    funding: NS,
    revised: null
  },
  {
    id: 'who-atc',
    citation: 'WHO ATC/DDD Index (Anatomical Therapeutic Chemical classification): the class of each medicine.',
    issuer: 'WHO Collaborating Centre for Drug Statistics Methodology',
    kind: 'reference',
    date: null,
    identifier: {},
    verification: 'unverified',
    unverifiedNote:
      'Class memberships not named by an interaction source were written from general pharmacology, not read in the index: check each against the ATC index.',
    developer: 'WHO Collaborating Centre for Drug Statistics Methodology',
    funding: 'WHO',
    revised: null
  }
];
