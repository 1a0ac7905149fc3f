/**
 * Every source the knowledge base cites, as recorded in the clinical reference
 * (/work/shared/clinical-facts.md). Dates are exactly as far as the reference states them
 * (null when not stated); identifiers only where the reference confirmed them.
 * Labels are cited as the primary document even where the reference read a secondary copy.
 * A source that only one product's statements cite is kept in that product's module (products/*.ts),
 * so that the browser loads it with the product.
 */
import type { SourceData } from './schema';
import { AUTHORS, HOLDER, NS } from './source-words';

export const sources: SourceData[] = [
  // Vector biology
  {
    id: 'moltherapy-2025-vectors',
    citation:
      'Table 2, "General features of common viral vectors for nucleic acid therapeutic delivery". Mol Ther 2025;34(1):68–96.',
    issuer: 'Molecular Therapy',
    kind: 'paper',
    date: '2025',
    identifier: { doi: '10.1016/j.ymthe.2025.09.041' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'pharmaceutics-2021',
    citation: 'Table 2 (vector packaging limits). Pharmaceutics 2021;13(10):1649.',
    issuer: 'Pharmaceutics (MDPI)',
    kind: 'paper',
    date: '2021',
    identifier: { doi: '10.3390/pharmaceutics13101649' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'pmc4387942',
    citation: 'Review of viral vectors, Table 2 (adenoviral vectors: strong immune response, short-term expression).',
    issuer: 'PubMed Central',
    kind: 'paper',
    date: null,
    identifier: { pmcid: 'PMC4387942' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'pmc5082580',
    citation: 'Review of viral vectors, Table I (adenoviral vectors: transient expression, lower genotoxicity risk).',
    issuer: 'PubMed Central',
    kind: 'paper',
    date: null,
    identifier: { pmcid: 'PMC5082580' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'wang-2019',
    citation:
      'Wang D, Tai PWL, Gao G. Adeno-associated virus vector as a platform for gene therapy delivery. Nat Rev Drug Discov 2019.',
    issuer: 'Nature Reviews Drug Discovery',
    kind: 'paper',
    date: '2019',
    identifier: { doi: '10.1038/s41573-019-0012-9' },
    verification: 'partial',
    unverifiedNote: 'Detail checked against the abstract only; rapid AdV onset is not confirmed.',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'asokan-2012',
    citation:
      'Asokan A, Schaffer DV, Samulski RJ. Mol Ther 2012 (AAV pre-existing humoral immunity and dose-dependent toxicity).',
    issuer: 'Molecular Therapy',
    kind: 'paper',
    date: '2012',
    identifier: { doi: '10.1038/mt.2011.287' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'adv-encyclopedia-2007',
    citation: '"Adenoviral Vectors". In: Encyclopedia of Pain. Springer; 2007.',
    issuer: 'Springer',
    kind: 'reference',
    date: '2007',
    identifier: { doi: '10.1007/978-3-540-29805-2_96' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'ricobaraza-2020',
    citation: 'Ricobaraza A et al. [helper-dependent adenoviral vectors]. Int J Mol Sci 2020;21(10):3643.',
    issuer: 'International Journal of Molecular Sciences',
    kind: 'paper',
    date: '2020',
    identifier: { doi: '10.3390/ijms21103643', pmid: '32455640' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'piccolo-2014',
    citation:
      'Piccolo P, Brunetti-Pierri N. [acute toxicity of helper-dependent adenoviral vectors]. Biomedicines 2014;2(2):132–148.',
    issuer: 'Biomedicines',
    kind: 'paper',
    date: '2014',
    identifier: { doi: '10.3390/biomedicines2020132', pmid: '28548064' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'nhp-intraportal-2001',
    citation:
      'Activation of innate immunity in nonhuman primates following intraportal administration of adenoviral vectors. Mol Ther 2001;3(5 Pt 1):708–722.',
    issuer: 'Molecular Therapy',
    kind: 'paper',
    date: '2001',
    identifier: { pmid: '11356076' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'atasheva-2022',
    citation: 'Atasheva S, Shayakhmetov DM. [cytokine responses to adenovirus vectors]. Viruses 2022;14(5):888.',
    issuer: 'Viruses',
    kind: 'paper',
    date: '2022',
    identifier: { doi: '10.3390/v14050888', pmid: '35632630' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'raper-2003',
    citation:
      'Raper SE et al. [fatal systemic inflammatory response after adenoviral OTC gene transfer]. Mol Genet Metab 2003;80(1-2):148–158.',
    issuer: 'Molecular Genetics and Metabolism',
    kind: 'paper',
    date: '2003',
    identifier: { doi: '10.1016/j.ymgme.2003.08.016', pmid: '14567964' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'addgene-lentiviral-guide',
    citation: 'Addgene. Lentiviral Guide; and "Your Lentiviral Plasmid FAQs Answered" (blog).',
    issuer: 'Addgene',
    kind: 'reference',
    date: null,
    identifier: {},
    verification: 'verified',
    developer: 'Addgene',
    funding: NS,
    revised: null
  },
  {
    id: 'ash-integration-table',
    citation: 'Table "Integration patterns and genotoxicity of gene transfer vector systems". ASH Publications.',
    issuer: 'American Society of Hematology',
    kind: 'paper',
    date: null,
    identifier: {},
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'maruggi-2009',
    citation: 'Maruggi G et al. [vector enhancers and insertional gene activation]. Mol Ther 2009;17(5):851–856.',
    issuer: 'Molecular Therapy',
    kind: 'paper',
    date: '2009',
    identifier: { doi: '10.1038/mt.2009.51', pmid: '19293778' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'sabatino-2022',
    citation:
      'Sabatino DE et al. (ASGCT Working Group) [AAV integration and genotoxicity]. Mol Ther 2022;30(8):2646–2663.',
    issuer: 'Molecular Therapy',
    kind: 'paper',
    date: '2022',
    identifier: { doi: '10.1016/j.ymthe.2022.06.004', pmid: '35690906' },
    verification: 'verified',
    developer: 'American Society of Gene & Cell Therapy working group',
    funding: NS,
    revised: null
  },
  {
    id: 'jnd-2018-aav-cns',
    citation:
      'Recent progress and considerations for AAV gene therapies targeting the central nervous system. J Neurodev Disord 2018, Fig. 1.',
    issuer: 'Journal of Neurodevelopmental Disorders',
    kind: 'paper',
    date: '2018',
    identifier: { doi: '10.1186/s11689-018-9234-0' },
    verification: 'partial',
    unverifiedNote: 'The exact self-complementary AAV capacity is not shown in the figure.',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'binny-2012',
    citation: 'Binny C et al. [in utero and perinatal AAV factor VII gene transfer]. Blood 2012;119(4):957–966.',
    issuer: 'Blood',
    kind: 'paper',
    date: '2012',
    identifier: { doi: '10.1182/blood-2011-09-377630', pmid: '22134170' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'perrin-2019',
    citation: 'Perrin GQ et al. Update on clinical gene therapy for hemophilia. Blood 2019;133(5):407–414.',
    issuer: 'Blood',
    kind: 'paper',
    date: '2019',
    identifier: {},
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'blood-2022-dog-ltfu',
    citation: '[Long-term follow-up of liver-directed AAV in hemophilia A dogs]. Blood 2022;140(25):2672.',
    issuer: 'Blood',
    kind: 'paper',
    date: '2022',
    identifier: {},
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'hacein-bey-abina-2008',
    citation:
      'Hacein-Bey-Abina S et al. [T-cell leukaemia after gamma-retroviral gene therapy of SCID-X1]. J Clin Invest 2008;118(9):3132–3142.',
    issuer: 'Journal of Clinical Investigation',
    kind: 'paper',
    date: '2008',
    identifier: { pmid: '18688285' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'braun-2014',
    citation:
      'Braun CJ et al. [gamma-retroviral gene therapy for Wiskott-Aldrich syndrome]. Sci Transl Med 2014;6(227):227ra33.',
    issuer: 'Science Translational Medicine',
    kind: 'paper',
    date: '2014',
    identifier: { doi: '10.1126/scitranslmed.3007280' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  // Tropism and pre-existing immunity
  {
    id: 'jbiomedsci-2025',
    citation: 'AAV serotype table (tropism and approved products). J Biomed Sci 2025.',
    issuer: 'Journal of Biomedical Science',
    kind: 'paper',
    date: '2025',
    identifier: { doi: '10.1186/s12929-025-01123-z' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'li-2023-ijms',
    citation: 'Li X et al. Int J Mol Sci 2023;24(9):7736, Table 3 (AAV capsids in clinical trials).',
    issuer: 'International Journal of Molecular Sciences',
    kind: 'paper',
    date: '2023',
    identifier: { doi: '10.3390/ijms24097736' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'wjg-aav-table',
    citation: 'AAV serotype tropism table (AAV1, AAV6, AAV7m8). WJG-net.',
    issuer: 'WJG-net (secondary web table)',
    kind: 'reference',
    date: null,
    identifier: {},
    verification: 'partial',
    unverifiedNote: 'Secondary web table; check against the primary papers.',
    developer: NS,
    funding: NS,
    revised: null
  },
  {
    id: 'hgt-2006-airway',
    citation: '[AAV5 and AAV6 compared with AAV2 in airway epithelia]. Hum Gene Ther 2006;17(4):440–447.',
    issuer: 'Human Gene Therapy',
    kind: 'paper',
    date: '2006',
    identifier: {},
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'sui-2022',
    citation: 'Sui H et al. [cystic fibrosis gene therapy trials]. Front Pharmacol 2022;13:1015926.',
    issuer: 'Frontiers in Pharmacology',
    kind: 'paper',
    date: '2022',
    identifier: { doi: '10.3389/fphar.2022.1015926', pmid: '36304167' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'jmedvirol-2012-ad5',
    citation: '[Adenovirus type 5 neutralising antibody seroprevalence]. J Med Virol 2012;84(9):1408–1414.',
    issuer: 'Journal of Medical Virology',
    kind: 'paper',
    date: '2012',
    identifier: { doi: '10.1002/jmv.23325' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'xiang-2006',
    citation: 'Xiang Z et al. [chimpanzee adenovirus antibodies in humans]. Emerg Infect Dis 2006;12(10):1596–1599.',
    issuer: 'Emerging Infectious Diseases (CDC)',
    kind: 'paper',
    date: '2006',
    identifier: { doi: '10.3201/eid1210.060078' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'calcedo-2009',
    citation: 'Calcedo R et al. [worldwide AAV neutralising antibodies]. J Infect Dis 2009;199(3):381–390.',
    issuer: 'Journal of Infectious Diseases',
    kind: 'paper',
    date: '2009',
    identifier: { doi: '10.1086/595830', pmid: '19133809' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'blood-2006-low-nab',
    citation:
      'Human immunoglobulin inhibits liver transduction by AAV vectors… [low AAV2 neutralising titres]. Blood 2006;107(5):1810.',
    issuer: 'Blood',
    kind: 'paper',
    date: '2006',
    identifier: {},
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'day-2023',
    citation: 'Day JW et al. [anti-AAV9 antibodies in US patients with SMA]. Mol Ther Methods Clin Dev 2023;31:101117.',
    issuer: 'Molecular Therapy Methods & Clinical Development',
    kind: 'paper',
    date: '2023',
    identifier: { doi: '10.1016/j.omtm.2023.101117', pmid: '37822718' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'van-olden-mda',
    citation:
      'van Olden RW et al. Seroprevalence and half-life of pre-existing anti-AAV9 antibodies in neonates. MDA conference abstract.',
    issuer: 'Muscular Dystrophy Association conference',
    kind: 'abstract',
    date: null,
    identifier: {},
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'jnd-2024-retest',
    citation:
      '[Case report: retesting maternal anti-AAV9 antibodies before onasemnogene abeparvovec]. J Neuromuscul Dis 2024;11(2):493–498.',
    issuer: 'Journal of Neuromuscular Diseases',
    kind: 'paper',
    date: '2024',
    identifier: { doi: '10.3233/JND-221659', pmid: '38306058' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'chhabra-2024',
    citation:
      'Chhabra A et al. [AAV neutralising antibody prevalence in 10 countries]. Mol Ther Methods Clin Dev 2024;32(3):101273.',
    issuer: 'Molecular Therapy Methods & Clinical Development',
    kind: 'paper',
    date: '2024',
    identifier: { doi: '10.1016/j.omtm.2024.101273', pmid: '39022744' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'china-ad-seroprevalence',
    citation:
      'Seroprevalence of neutralizing antibodies to human adenoviruses type 5 and type 26 and chimpanzee adenovirus type 68 in healthy Chinese adults (abstract).',
    issuer: 'researcher.life abstract record',
    kind: 'abstract',
    date: null,
    identifier: {},
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'bartholomae-2011',
    citation:
      'Bartholomae CC et al. [lentiviral integration in post-mitotic eye and brain cells]. Mol Ther 2011;19(4):703–710.',
    issuer: 'Molecular Therapy',
    kind: 'paper',
    date: '2011',
    identifier: { doi: '10.1038/mt.2011.19', pmid: '21364536' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'bloodadv-2019-immunoadsorption',
    citation:
      '[Immunoadsorption to lower anti-AAV5 neutralising antibodies before AAV5 re-administration in non-human primates]. Blood Adv 2019;3(17):2632.',
    issuer: 'Blood Advances',
    kind: 'paper',
    date: '2019',
    identifier: {},
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  // AAV product labels and safety communications
  {
    id: 'zolgensma-uspi',
    citation: 'ZOLGENSMA (onasemnogene abeparvovec-xioi) US Prescribing Information, incl. Boxed Warning and §5, §17.',
    issuer: 'US FDA label',
    kind: 'label',
    date: null,
    identifier: { label: 'ZOLGENSMA USPI' },
    verification: 'verified',
    developer: 'Novartis (label holder)',
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'aifa-dhpc-2023',
    citation:
      'AIFA Direct Healthcare Professional Communication on onasemnogene abeparvovec (steroid taper and liver injury), 16 Feb 2023.',
    issuer: 'Agenzia Italiana del Farmaco',
    kind: 'regulator',
    date: '2023-02-16',
    identifier: {},
    verification: 'verified',
    developer: 'Agenzia Italiana del Farmaco with the label holder',
    funding: NS,
    revised: null
  },
  {
    id: 'itvisma-approval-2025',
    citation:
      'FDA approval of ITVISMA (onasemnogene abeparvovec-brve), intrathecal, for SMA in patients 2 years and older (news report, NeurologyLive/HMP).',
    issuer: 'US FDA (reported by NeurologyLive)',
    kind: 'news',
    date: '2025-11-24',
    identifier: {},
    verification: 'verified',
    developer: 'US FDA',
    funding: NS,
    revised: null
  },
  {
    id: 'luxturna-uspi',
    citation: 'LUXTURNA (voretigene neparvovec-rzyl) US Prescribing Information.',
    issuer: 'US FDA label',
    kind: 'label',
    date: null,
    identifier: { label: 'LUXTURNA USPI' },
    verification: 'verified',
    developer: HOLDER,
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'hemgenix-label',
    citation:
      'HEMGENIX (etranacogene dezaparvovec) US Prescribing Information (patient selection) and EU SmPC (anti-AAV5 titres, contraindications).',
    issuer: 'US FDA / EMA labels',
    kind: 'label',
    date: null,
    identifier: { label: 'HEMGENIX USPI; HEMGENIX SmPC' },
    verification: 'partial',
    unverifiedNote: 'US post-dose ALT schedule and HCC-surveillance wording not verified (USPI §5.2–5.3).',
    developer: HOLDER,
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'hemgenix-trials-faq',
    citation:
      'HEMGENIX HCP FAQ: clinical-trial exclusions (factor IX inhibitors, active hepatitis B or C, uncontrolled HIV, advanced liver disease).',
    issuer: 'hemgenix.com (label holder)',
    kind: 'company',
    date: null,
    identifier: {},
    verification: 'verified',
    developer: HOLDER,
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'roctavian-uspi',
    citation:
      'ROCTAVIAN (valoctocogene roxaparvovec-rvox) US Prescribing Information (Highlights, contraindications, W&P, §17).',
    issuer: 'US FDA label',
    kind: 'label',
    date: null,
    identifier: { label: 'ROCTAVIAN USPI' },
    verification: 'partial',
    unverifiedNote: 'Drug interactions (§7) not verified.',
    developer: HOLDER,
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'bloodadv-2024-roctavian-liver',
    citation:
      'Liver-related aspects of valoctocogene roxaparvovec… [expert recommendations]. Blood Adv 2024;8(22):5725.',
    issuer: 'Blood Advances',
    kind: 'paper',
    date: '2024',
    identifier: {},
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'ragni-2024',
    citation:
      'Ragni MV et al. [liver management around hemophilia gene therapy]. Blood Adv 2024;8(19):5203–5212, Table 2.',
    issuer: 'Blood Advances',
    kind: 'paper',
    date: '2024',
    identifier: { doi: '10.1182/bloodadvances.2024013059', pmid: '38843379' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'bloodadv-2024-roctavian-decline',
    citation: 'Roctavian gene therapy for hemophilia A (year-over-year FVIII decline). Blood Adv 2024;8(19):5179.',
    issuer: 'Blood Advances',
    kind: 'paper',
    date: '2024',
    identifier: {},
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'beqvez-approval-2024',
    citation:
      'FDA approval of BEQVEZ (fidanacogene elaparvovec-dzkt) for hemophilia B without AAVRh74var antibodies (CGTLive report of the label).',
    issuer: 'US FDA (reported by CGTLive)',
    kind: 'news',
    date: '2024-04-26',
    identifier: {},
    verification: 'verified',
    developer: 'Pfizer (label holder)',
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'aabb-2025-beqvez',
    citation: 'AABB news: Pfizer to discontinue global development and commercialisation of BEQVEZ.',
    issuer: 'AABB',
    kind: 'news',
    date: '2025-02-25',
    identifier: {},
    verification: 'verified',
    developer: 'AABB',
    funding: NS,
    revised: null
  },
  {
    id: 'elevidys-uspi-2023',
    citation:
      'ELEVIDYS (delandistrogene moxeparvovec-rokl) US Prescribing Information, 2023 (patient selection, contraindication, W&P).',
    issuer: 'US FDA label',
    kind: 'label',
    date: '2023',
    identifier: { label: 'ELEVIDYS USPI 2023' },
    verification: 'partial',
    unverifiedNote: 'Superseded by the label of 14 Nov 2025, which was not read: check the words quoted against it.',
    developer: 'Sarepta Therapeutics (label holder)',
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'elevidys-eligibility',
    citation:
      'ELEVIDYS HCP eligibility and monitoring pages (deletions in exons 1–17 and/or 59–71; weekly safety monitoring).',
    issuer: 'elevidys.com (label holder)',
    kind: 'company',
    date: null,
    identifier: {},
    verification: 'verified',
    developer: 'Sarepta Therapeutics (label holder)',
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'fda-elevidys-2025-11',
    citation:
      'FDA news release: ELEVIDYS label update — Boxed Warning for acute serious liver injury and acute liver failure; indication limited to ambulatory patients 4 years and older.',
    issuer: 'US FDA',
    kind: 'regulator',
    date: '2025-11-14',
    identifier: {},
    verification: 'verified',
    developer: 'US FDA',
    funding: 'US government',
    revised: '2025-11-14'
  },
  {
    id: 'kebilidi-label',
    citation:
      'KEBILIDI (eladocagene exuparvovec-tneq) FDA accelerated approval and label (contraindication before skull maturity); EU: UPSTAZA (2022).',
    issuer: 'US FDA (reported by AABB, ASGCT)',
    kind: 'label',
    date: '2024-11-14',
    identifier: { label: 'KEBILIDI USPI' },
    verification: 'verified',
    developer: HOLDER,
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'at132-aspiro',
    citation:
      'ASPIRO trial of resamirigene bilparvovec (AT132, AAV8-MTM1): deaths after decompensated liver disease; all high-dose deaths with pre-existing hepatobiliary disease (ASPIRO abstract 2023; BioWorld 21 Aug 2020).',
    issuer: 'Thieme abstract / BioWorld',
    kind: 'abstract',
    date: '2023',
    identifier: {},
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'morales-2020',
    citation:
      'Morales L et al. [liver dysfunction and sepsis after high-dose AAV in XLMTM]. Mol Ther 2020;28(8):1753–1755.',
    issuer: 'Molecular Therapy',
    kind: 'paper',
    date: '2020',
    identifier: { doi: '10.1016/j.ymthe.2020.07.009', pmid: '32710826' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'guillou-2022',
    citation:
      'Guillou J et al. [fatal thrombotic microangiopathy after onasemnogene abeparvovec; complement factor I variant]. Blood Adv 2022;6(14):4266–4270.',
    issuer: 'Blood Advances',
    kind: 'paper',
    date: '2022',
    identifier: { doi: '10.1182/bloodadvances.2021006419', pmid: '35584395' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'front-immunol-2021',
    citation:
      'Immunomodulation in administration of rAAV: preclinical and clinical adjuvant pharmacotherapies. Front Immunol 2021.',
    issuer: 'Frontiers in Immunology',
    kind: 'paper',
    date: '2021',
    identifier: { doi: '10.3389/fimmu.2021.658038' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  // LV and other ex vivo products
  {
    id: 'zynteglo-label',
    citation:
      'ZYNTEGLO (betibeglogene autotemcel) EU SmPC (indication, §4.3 contraindications, dose) and FDA approval summary (15-year monitoring).',
    issuer: 'EMA / US FDA',
    kind: 'label',
    date: null,
    identifier: { label: 'ZYNTEGLO SmPC' },
    verification: 'partial',
    unverifiedNote:
      'The EU SmPC quoted is from the withdrawn EU authorisation; the US label was not read for the same points.',
    developer: HOLDER,
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'zynteglo-patient-info',
    citation:
      'Betibeglogene autotemcel patient information (Mayo Clinic / Micromedex): hydroxyurea, HIV medicines, iron chelators.',
    issuer: 'Mayo Clinic (Micromedex)',
    kind: 'patient',
    date: null,
    identifier: {},
    verification: 'verified',
    developer: 'Mayo Clinic / Micromedex',
    funding: NS,
    revised: null
  },
  {
    id: 'zynteglo-vod',
    citation: 'zynteglo.eu safety information: hepatic veno-occlusive disease after myeloablative conditioning.',
    issuer: 'zynteglo.eu (label holder)',
    kind: 'company',
    date: null,
    identifier: {},
    verification: 'verified',
    developer: HOLDER,
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'cigna-zynteglo',
    citation:
      'Cigna coverage policy: betibeglogene autotemcel (exclusions incl. advanced liver disease, malignancy, immunodeficiency).',
    issuer: 'Cigna',
    kind: 'payer',
    date: null,
    identifier: {},
    verification: 'verified',
    developer: 'Cigna',
    funding: 'Cigna (payer)',
    revised: null
  },
  {
    id: 'skysona-label',
    citation:
      'SKYSONA (elivaldogene autotemcel) US Prescribing Information: Boxed Warning (hematologic malignancy), monitoring, viral screening before apheresis.',
    issuer: 'US FDA label',
    kind: 'label',
    date: null,
    identifier: { label: 'SKYSONA USPI' },
    verification: 'verified',
    developer: HOLDER,
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'lyfgenia-label',
    citation:
      'LYFGENIA (lovotibeglogene autotemcel) US label: Boxed Warning (hematologic malignancy); hydroxyurea stop before mobilisation (Pink Sheet, drugs.com).',
    issuer: 'US FDA label',
    kind: 'label',
    date: '2023-12-08',
    identifier: { label: 'LYFGENIA USPI' },
    verification: 'verified',
    developer: HOLDER,
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'lenmeldy-approval',
    citation:
      'FDA approval of LENMELDY (atidarsagene autotemcel) for eligible MLD stages; lifelong monitoring for blood cancer.',
    issuer: 'US FDA',
    kind: 'regulator',
    date: '2024-03-18',
    identifier: {},
    verification: 'verified',
    developer: 'US FDA',
    funding: NS,
    revised: null
  },
  {
    id: 'fda-cart-2024',
    citation:
      'FDA Roundup and The Pharma Letter: Boxed Warnings for T-cell malignancies on six approved BCMA- and CD19-directed autologous CAR-T products; life-long monitoring.',
    issuer: 'US FDA',
    kind: 'regulator',
    date: '2024-01-23',
    identifier: {},
    verification: 'verified',
    developer: 'US FDA',
    funding: 'US government',
    revised: null
  },
  {
    id: 'laetsch-2018',
    citation:
      'Laetsch TW et al. [false-positive HIV test following lentivirus-based tisagenlecleucel therapy]. Blood 2018;131:2596–2598.',
    issuer: 'Blood',
    kind: 'paper',
    date: '2018',
    identifier: { doi: '10.1182/blood-2017-12-822940' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'frangoul-2024',
    citation:
      'Frangoul H et al. [exagamglogene autotemcel, a non-viral CRISPR-Cas9 cell therapy]. N Engl J Med 2024;390(18).',
    issuer: 'New England Journal of Medicine',
    kind: 'paper',
    date: '2024',
    identifier: {},
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'casgevy-label',
    citation:
      'Citeline Pink Sheet report of the CASGEVY (exagamglogene autotemcel) US approval: warning and precaution about potential off-target effects.',
    issuer: 'Citeline (Pink Sheet)',
    kind: 'news',
    date: '2023-12-08',
    identifier: {},
    verification: 'verified',
    developer: 'Citeline',
    funding: NS,
    revised: null
  },
  {
    id: 'adstiladrin-label',
    citation:
      'ADSTILADRIN (nadofaragene firadenovec-vncg) US Prescribing Information (§4, §5.1, §5.2, §8) and EU SmPC (urinary tract infection before instillation).',
    issuer: 'US FDA / EMA labels',
    kind: 'label',
    date: null,
    identifier: { label: 'ADSTILADRIN USPI' },
    verification: 'verified',
    developer: HOLDER,
    funding: 'Industry (label holder)',
    revised: null
  },
  // Monitoring, follow-up, medicines
  {
    id: 'fda-ltfu-2020',
    citation:
      'US FDA Guidance for Industry: Long Term Follow-up After Administration of Human Gene Therapy Products (Docket FDA-2018-D-2173).',
    issuer: 'US FDA',
    kind: 'guidance',
    date: '2020-01',
    identifier: { label: 'FDA-2018-D-2173' },
    verification: 'partial',
    unverifiedNote:
      'Title, date and docket verified; the text was not read. Its 15 years for integrating vectors is quoted from the RAPS restatement; "up to 5 years" for AAV (§V.B) is not verified.',
    developer: 'US FDA Center for Biologics Evaluation and Research',
    funding: 'US government',
    revised: null
  },
  {
    id: 'raps-ltfu',
    citation:
      'RAPS, "Regulation of Regenerative Medicines", p.53 (library.raps.org/regenerative-meds/66), restating the FDA follow-up guidance of January 2020: 15 years after the highest-risk products.',
    issuer: 'Regulatory Affairs Professionals Society',
    kind: 'reference',
    date: null,
    identifier: {},
    verification: 'verified',
    developer: 'RAPS',
    funding: NS,
    revised: null
  },
  {
    id: 'beqvez-ltfu',
    citation: 'Report that BEQVEZ trial participants are followed for up to 15 years (Flcube).',
    issuer: 'Flcube (news)',
    kind: 'news',
    date: null,
    identifier: {},
    verification: 'verified',
    developer: NS,
    funding: NS,
    revised: null
  },
  {
    id: 'fda-rcr-2020',
    citation:
      'US FDA Guidance: Testing of Retroviral Vector-Based Human Gene Therapy Products for Replication Competent Retrovirus During Product Manufacture and Patient Follow-up (January 2020).',
    issuer: 'US FDA',
    kind: 'guidance',
    date: '2020-01',
    identifier: {},
    verification: 'partial',
    unverifiedNote: 'The exact patient-testing schedule (§IV) is not verified.',
    developer: 'US FDA Center for Biologics Evaluation and Research',
    funding: 'US government',
    revised: null
  },
  {
    id: 'cornetta-2022',
    citation:
      'Cornetta K et al. [replication-competent virus monitoring after retroviral and lentiviral therapies]. Mol Ther Methods Clin Dev 2022;28:28–39.',
    issuer: 'Molecular Therapy Methods & Clinical Development',
    kind: 'paper',
    date: '2022',
    identifier: { doi: '10.1016/j.omtm.2022.11.009' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'marcucci-2018',
    citation:
      'Marcucci KT et al. [replication-competent retrovirus/lentivirus testing of T-cell products]. Mol Ther 2018.',
    issuer: 'Molecular Therapy',
    kind: 'paper',
    date: '2018',
    identifier: { pmid: '29203150' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'villalba-2022',
    citation:
      'Villalba JA et al. [false-positive HIV-1 nucleic acid tests after lentivirus-based CAR T-cell therapy]. J Infect Dis 2022;225(11):1933–1936.',
    issuer: 'Journal of Infectious Diseases',
    kind: 'paper',
    date: '2022',
    identifier: { doi: '10.1093/infdis/jiab605', pmid: '34927686' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'hauser-2020',
    citation:
      'Hauser JR et al. [HIV-1 NAT after lentiviral therapy; integrase-target assay]. J Clin Microbiol 2020;58:e01420-19.',
    issuer: 'Journal of Clinical Microbiology',
    kind: 'paper',
    date: '2020',
    identifier: { doi: '10.1128/JCM.01420-19' },
    verification: 'verified',
    developer: AUTHORS,
    funding: NS,
    revised: null
  },
  {
    id: 'immunize-live-vaccines',
    citation: 'Immunize.org "Ask the Experts" (CDC experts): live vaccines and immunosuppressive corticosteroid doses.',
    issuer: 'Immunize.org',
    kind: 'reference',
    date: null,
    identifier: {},
    verification: 'verified',
    developer: 'Immunize.org with CDC experts',
    funding: NS,
    revised: null
  },
  {
    id: 'complement-inhibitor-label',
    citation: 'Complement inhibitor class Boxed Warning for serious meningococcal infections (ZILBRYSQ label excerpt).',
    issuer: 'US FDA label',
    kind: 'label',
    date: null,
    identifier: { label: 'ZILBRYSQ USPI' },
    verification: 'verified',
    developer: HOLDER,
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'anti-cd20-label',
    citation: 'Anti-CD20 (obinutuzumab) label: screen for HBV (HBsAg, anti-HBc) before treatment.',
    issuer: 'US FDA label',
    kind: 'label',
    date: null,
    identifier: { label: 'obinutuzumab USPI' },
    verification: 'verified',
    developer: HOLDER,
    funding: 'Industry (label holder)',
    revised: null
  },
  // Added for knowledge base 2.0.0 (label criteria, Dec 2026; see docs/research/)
  {
    id: 'skysona-uspi-2026',
    citation:
      'SKYSONA (elivaldogene autotemcel) US prescribing information, Boxed Warning (openFDA label record, updated 2026-07-18).',
    issuer: 'US FDA label (openFDA)',
    kind: 'label',
    date: null,
    identifier: { label: 'SKYSONA USPI' },
    verification: 'verified',
    developer: HOLDER,
    funding: 'Industry (label holder)',
    revised: null
  },
  {
    id: 'particle-2025-elevidys',
    citation: 'Particle News (automated summary), Nov 2025: "FDA adds boxed liver warning to Elevidys".',
    issuer: 'Particle News',
    kind: 'news',
    date: '2025-11',
    identifier: {},
    verification: 'partial',
    unverifiedNote: 'A news summary: the schedule was not found in the FDA release or the label.',
    developer: 'Particle News',
    funding: NS,
    revised: null
  },
  {
    id: 'otarmeni-approval-2026',
    citation:
      'FDA approval of OTARMENI, 23 Apr 2026: "the first-ever dual adeno-associated virus (AAV) vector-based gene therapy".',
    issuer: 'US FDA (copy by simplyfda)',
    kind: 'regulator',
    date: '2026-04-23',
    identifier: {},
    verification: 'partial',
    unverifiedNote: 'A copy of the FDA release; the label was not read.',
    developer: 'US FDA',
    funding: 'US government',
    revised: null
  }
];
