/**
 * What changed, and when: label changes, safety communications, approvals, withdrawals, changes of owner and
 * decisions still pending, for the AdV, LV and AAV products and their comparators, from 1 Jan 2025. Each entry is
 * dated as far as its source states it and says what was not found. Only the /changes page imports this file
 * (with each product's latest label change restated in its own module as `lastChange`, changes.test.ts).
 *
 * Checked on 4 Dec 2026 against stored copies of regulator pages, company releases and news, starting from the
 * independent audit of that day (shared/audit-2026-12-b.md). An entry resting only on news, a patient
 * organisation or the audit itself is `verified: false` and says why.
 */
import type { Change, SourceData } from './schema';
import { companySource as company, newsSource as news } from './source-make';
import { NS } from './source-words';

/** Sources that only the change log cites (the others are in sources.ts or the product's own module). */
export const CHANGE_SOURCES: SourceData[] = [
  {
    id: 'patient-org-itvisma-ec',
    citation:
      'Muscular Dystrophy Ireland: "The European Commission has granted marketing authorisation for SMA treatment Itvisma" (adults and children 2 years and older with 5q SMA; CHMP opinion April 2026).',
    issuer: 'Muscular Dystrophy Ireland (patient organisation)',
    kind: 'patient',
    date: '2026',
    identifier: {},
    verification: 'partial',
    unverifiedNote: 'A patient organisation’s report; the Commission decision and its date were not read.',
    developer: 'Muscular Dystrophy Ireland',
    funding: NS,
    revised: null
  },
  {
    id: 'audit-2026-12-b',
    citation:
      'Independent audit B of knowledge base 2.0.1: currency (Jan 2025 – Dec 2026), quote fidelity and open questions (project document shared/audit-2026-12-b.md), 4 Dec 2026.',
    issuer: 'vector-select project (independent auditor)',
    kind: 'reference',
    date: '2026-12-04',
    identifier: {},
    verification: 'partial',
    unverifiedNote:
      'A secondary review citing stored copies of news and regulator pages; an entry resting on it alone is shown as unverified.',
    developer: 'vector-select project',
    funding: NS,
    revised: null
  },
  company(
    'bluebird-2025-06-02',
    'bluebird bio press release, 2 Jun 2025: completion of its sale to funds managed by Carlyle and SK Capital; its stock ceased trading (Business Wire copy on biospace.com).',
    'bluebird bio',
    '2025-06-02'
  ),
  {
    id: 'openfda-ndc-genetix',
    citation:
      'openFDA NDC directory records for ZYNTEGLO (73554-3111) and LYFGENIA (73554-1111), last updated 30 Oct 2026: labeler "Genetix Biotherapeutics Inc.".',
    issuer: 'US FDA (openFDA)',
    kind: 'regulator',
    date: '2026-10-30',
    identifier: {},
    verification: 'verified',
    developer: 'US FDA',
    funding: 'US government',
    revised: null
  },
  news(
    'genetix-2025-09-18',
    'bluebird bio rebrands as Genetix Biotherapeutics (Business Wire release 18 Sep 2025, reported by Pharmaceutical Technology, Fierce Pharma and talk.bio).',
    'Pharmaceutical Technology; Fierce Pharma',
    '2025-09-18'
  ),
  {
    id: 'fda-breyanzi-mzl-2025',
    citation:
      'FDA news release, 4 Dec 2025: "FDA approves first CAR T-cell therapy for marginal zone lymphoma in the US" — Breyanzi (lisocabtagene maraleucel) for adults after two or more prior lines (copy at crweworld.com).',
    issuer: 'US FDA (copy)',
    kind: 'regulator',
    date: '2025-12-04',
    identifier: {},
    verification: 'verified',
    developer: 'US FDA',
    funding: 'US government',
    revised: null
  },
  {
    id: 'ema-aucatzyl',
    citation:
      'EMA, Aucatzyl (obecabtagene autoleucel) EPAR page: CHMP positive opinion of 22 May 2025 recommending a conditional marketing authorisation for adults 26 years and above with relapsed or refractory B-cell precursor ALL.',
    issuer: 'European Medicines Agency',
    kind: 'regulator',
    date: '2025-05-22',
    identifier: {},
    verification: 'verified',
    developer: 'European Medicines Agency',
    funding: 'EU',
    revised: null
  },
  news(
    'sohoinsider-aucatzyl-ec',
    'SOHO Insider: the European Commission has granted marketing authorisation to obecabtagene autoleucel (AUCATZYL) for adults 26 and older with relapsed or refractory B-ALL.',
    'SOHO Insider',
    '2025',
    'The date of the Commission decision is not stated in the copy read.'
  ),
  news(
    'particle-2025-07-elevidys-resume',
    'Particle News summary (AI-written), Jul 2025: "FDA clears limited Elevidys shipments for ambulatory Duchenne patients" — non-ambulatory patients remain on hold.',
    'Particle News',
    '2025-07',
    'An automated news summary.'
  ),
  news(
    'epocrates-2025-11-elevidys',
    'Epocrates, 17 Nov 2025: "FDA adds boxed warning to Elevidys, limits use to ambulatory DMD patients" (summary of the FDA release of 14 Nov 2025: liver tests, proximity to care, revised corticosteroids, a postmarketing study of about 200 patients for at least 12 months).',
    'Epocrates',
    '2025-11-17'
  ),
  news(
    'biobriefs-2025-elevidys-myocarditis',
    'BioBriefs: "FDA tightens Elevidys label" — myocarditis described as "acute, serious, and life-threatening"; troponin-I monitoring warnings.',
    'BioBriefs',
    '2025-11'
  ),
  news(
    'arcellx-bla-2026',
    'Valye company analysis, 25 Apr 2026: the FDA accepted the BLA for anitocabtagene autoleucel (anito-cel) in February 2026; Arcellx agreed a merger with Gilead.',
    'Valye',
    '2026-04-25'
  ),
  news(
    'ultragenyx-ux111-2026',
    'The Daily Scout (citing Ultragenyx and CGTLive): on 2 Apr 2026 the FDA accepted the resubmitted BLA for UX111 (AAV9, MPS IIIA) with a decision date of 19 Sep 2026; the first application received a complete response letter in July 2025.',
    'The Daily Scout',
    '2026-04'
  ),
  news(
    'regenxbio-2026-06-22',
    'The Regen Report and BioSpace, 22 Jun 2026: the FDA will consider the existing data for NAVSUNLI (clemidsogene lanparvovec-sngl, RGX-121, MPS II) for accelerated approval without a new study; resubmission planned for Q3 2026 with expedited review. The complete response letter came in Feb 2026.',
    'The Regen Report; BioSpace',
    '2026-06-22'
  ),
  news(
    'uniqure-2026-06-17',
    'The Vital Record and PackGene, 17 Jun 2026: the FDA agreed that three-year phase I/II data on AMT-130 (AAV5, Huntington’s disease) can support a BLA for accelerated approval; submission planned for Q3 2026; no PDUFA date.',
    'The Vital Record; PackGene',
    '2026-06-17'
  )
];

export const changes: Change[] = [
  // 2025
  {
    id: 'beqvez-discontinued-2025-02',
    products: ['beqvez'],
    platform: 'aav',
    date: '2025-02-25',
    agency: 'company',
    kind: 'withdrawal',
    text: 'Pfizer ends the global development and commercialisation of Beqvez.',
    sources: ['aabb-2025-beqvez'],
    verified: false,
    note: 'Reported by AABB news; Pfizer’s own statement was not read.'
  },
  {
    id: 'aucatzyl-chmp-2025-05',
    products: ['car-t'],
    platform: 'lv',
    date: '2025-05-22',
    agency: 'EMA',
    kind: 'approval',
    text: 'Aucatzyl (obecabtagene autoleucel, CD19 CAR-T): CHMP recommends a conditional marketing authorisation for adults 26 years and above with relapsed or refractory B-cell precursor ALL.',
    sources: ['ema-aucatzyl'],
    verified: true
  },
  {
    id: 'aucatzyl-ec-2025',
    products: ['car-t'],
    platform: 'lv',
    date: '2025',
    agency: 'EC',
    kind: 'approval',
    text: 'Aucatzyl: the European Commission grants the marketing authorisation (adults 26 years and older, relapsed or refractory B-ALL).',
    sources: ['sohoinsider-aucatzyl-ec', 'ema-aucatzyl'],
    verified: false,
    note: 'The day of the Commission decision was not found; reported in news only.'
  },
  {
    id: 'bluebird-private-2025-06',
    products: ['zynteglo', 'lyfgenia', 'skysona'],
    platform: 'lv',
    date: '2025-06-02',
    agency: 'company',
    kind: 'ownership',
    text: 'bluebird bio, holder of Zynteglo, Lyfgenia and Skysona, is taken private by Carlyle and SK Capital; its stock ceases trading.',
    sources: ['bluebird-2025-06-02'],
    verified: true
  },
  {
    id: 'elevidys-sc-2025-06',
    products: ['elevidys'],
    platform: 'aav',
    date: '2025-06-24',
    agency: 'FDA',
    kind: 'safety_communication',
    text: 'FDA safety communication: two deaths from acute liver failure in non-ambulatory patients after Elevidys; the maker pauses shipments for non-ambulatory patients.',
    sources: ['fda-elevidys-2025-06'],
    verified: true
  },
  {
    id: 'cart-rems-2025-06',
    products: ['car-t'],
    platform: 'lv',
    date: '2025-06-26',
    agency: 'FDA',
    kind: 'safety_communication',
    text: 'FDA removes the REMS for BCMA- and CD19-directed autologous CAR-T products; labels now ask to monitor for at least two weeks, daily for at least one week. The shorter proximity and driving periods were reported, not read in the labels.',
    sources: ['fda-cart-rems-2025', 'arm-2025-rems'],
    verified: true
  },
  {
    id: 'elevidys-pause-2025-07',
    products: ['elevidys'],
    platform: 'aav',
    date: '2025-07-22',
    agency: 'company',
    kind: 'market',
    text: 'After an FDA request of 18 Jul 2025, Sarepta pauses all US shipments of Elevidys, ambulatory patients included, from the end of 22 Jul 2025.',
    sources: ['sarepta-2025-07-21', 'cgtlive-2025-07-elevidys'],
    verified: true
  },
  {
    id: 'elevidys-chmp-2025-07',
    products: ['elevidys'],
    platform: 'aav',
    date: '2025-07-24',
    agency: 'EMA',
    kind: 'approval',
    text: 'EU: the CHMP gives a negative opinion on Elevidys (ambulatory patients 3 to 7 years). The final Commission decision was not found.',
    sources: ['chmp-elevidys-2025'],
    verified: true
  },
  {
    id: 'elevidys-resume-2025-07',
    products: ['elevidys'],
    platform: 'aav',
    date: '2025-07-28',
    agency: 'FDA',
    kind: 'market',
    text: 'The FDA tells Sarepta it may resume Elevidys shipments for ambulatory patients; non-ambulatory patients stay on hold.',
    sources: ['talkbio-2025-07-29-elevidys', 'particle-2025-07-elevidys-resume'],
    verified: false,
    note: 'Found in news reports of the Sarepta release; neither the FDA statement nor the release itself was read.'
  },
  {
    id: 'tecelra-sold-2025-07',
    products: ['tecelra'],
    platform: 'lv',
    date: '2025-07-28',
    agency: 'company',
    kind: 'ownership',
    text: 'Adaptimmune agrees to sell Tecelra (and lete-cel, afami-cel, uza-cel) to US WorldMeds; the sale closed in early August 2025 and Tecelra stays available.',
    sources: ['adaptimmune-2025-07-28', 'usworldmeds-2025-08'],
    verified: true
  },
  {
    id: 'skysona-label-2025-08',
    products: ['skysona'],
    platform: 'lv',
    date: '2025-08-07',
    agency: 'FDA',
    kind: 'label_change',
    text: 'Required safety labelling change: haematologic malignancy in 10 of 67 trial patients; indication limited to patients without an available HLA-matched donor; boxed warning updated (blood counts at least every 3 months).',
    sources: ['fda-skysona-2025-08'],
    verified: true
  },
  {
    id: 'papzimeos-approval-2025-08',
    products: ['papzimeos'],
    platform: 'adv',
    date: '2025-08-14',
    agency: 'FDA',
    kind: 'approval',
    text: 'FDA approves Papzimeos (zopapogene imadenovec-drba, gorilla adenoviral vector) for adults with recurrent respiratory papillomatosis.',
    sources: ['fda-papzimeos-2025'],
    verified: true
  },
  {
    id: 'casgevy-label-2025-08',
    products: ['casgevy'],
    platform: 'non_viral',
    date: '2025-08',
    agency: 'FDA',
    kind: 'label_change',
    text: 'Label changed: Warnings and Precautions, Off-Target Genome Editing Risk (section 5.4), per the label’s Recent Major Changes. The new wording was not read.',
    sources: ['casgevy-uspi-openfda'],
    verified: true
  },
  {
    id: 'genetix-2025-09',
    products: ['zynteglo', 'lyfgenia', 'skysona'],
    platform: 'lv',
    date: '2025-09-18',
    agency: 'company',
    kind: 'ownership',
    text: 'bluebird bio is renamed Genetix Biotherapeutics; the US product listings of Zynteglo and Lyfgenia now name Genetix as labeler.',
    sources: ['genetix-2025-09-18', 'openfda-ndc-genetix'],
    verified: true
  },
  {
    id: 'waskyra-chmp-2025',
    products: ['waskyra'],
    platform: 'lv',
    date: null,
    agency: 'EMA',
    kind: 'approval',
    text: 'EU: the CHMP recommends a marketing authorisation for Waskyra (Wiskott–Aldrich syndrome, 6 months and older).',
    sources: ['ema-waskyra'],
    verified: false,
    note: 'No date was found for the opinion (about October 2025 in one news copy) or for the Commission decision.'
  },
  {
    id: 'roctavian-divest-2025-10',
    products: ['roctavian'],
    platform: 'aav',
    date: '2025-10-27',
    agency: 'company',
    kind: 'market',
    text: 'BioMarin announces it will divest Roctavian; it remains available in the US, Germany and Italy. The outcome was not found.',
    sources: ['biopharmadive-2025-roctavian'],
    verified: false,
    note: 'News report only; BioMarin’s own statement was not read.'
  },
  {
    id: 'elevidys-label-2025-11',
    products: ['elevidys'],
    platform: 'aav',
    date: '2025-11-14',
    agency: 'FDA',
    kind: 'label_change',
    text: 'Boxed Warning for acute serious liver injury and acute liver failure; indication limited to ambulatory patients 4 years and older (non-ambulatory indication removed); Limitations of Use added; warnings, dosage and corticosteroid instructions revised.',
    sources: ['fda-elevidys-2025-11', 'fda-elevidys-sc-2025-11'],
    verified: true
  },
  {
    id: 'elevidys-label-details-2025-11',
    products: ['elevidys'],
    platform: 'aav',
    date: '2025-11-14',
    agency: 'FDA',
    kind: 'label_change',
    text: 'Reported with the Nov 2025 label: myocarditis described as “acute, serious, and life-threatening”; weekly liver tests for 3 months and cardiac checks for 1 month; stay within reach of care for about 2 months; a required postmarketing study of about 200 patients followed for at least 12 months.',
    sources: ['epocrates-2025-11-elevidys', 'biobriefs-2025-elevidys-myocarditis'],
    verified: false,
    note: 'From news summaries of the FDA release; the label wording was not read.'
  },
  {
    id: 'itvisma-approval-2025-11',
    products: ['itvisma'],
    platform: 'aav',
    date: '2025-11-24',
    agency: 'FDA',
    kind: 'approval',
    text: 'FDA approves Itvisma (onasemnogene abeparvovec-brve), one intrathecal dose, for SMA with SMN1 mutations in patients 2 years and older.',
    sources: ['itvisma-approval-2025', 'itvisma-uspi'],
    verified: true
  },
  {
    id: 'cart-labels-2025-11',
    products: ['car-t'],
    platform: 'lv',
    date: '2025-11',
    agency: 'FDA',
    kind: 'label_change',
    text: 'Abecma and Kymriah label edits (Abecma dosage section 2.2, Nov 2025; Kymriah warnings, Dec 2025), according to openFDA headings noted by the developers. Their content was not seen.',
    sources: ['audit-2026-12-b'],
    verified: false,
    note: 'Not re-verified: taken from the audit, which took it from the developers’ notes.'
  },
  {
    id: 'breyanzi-mzl-2025-12',
    products: ['car-t'],
    platform: 'lv',
    date: '2025-12-04',
    agency: 'FDA',
    kind: 'label_change',
    text: 'New indication: Breyanzi (lisocabtagene maraleucel) approved for adults with marginal zone lymphoma after two or more prior lines of therapy, the first CAR-T for this lymphoma.',
    sources: ['fda-breyanzi-mzl-2025'],
    verified: true
  },
  {
    id: 'waskyra-approval-2025-12',
    products: ['waskyra'],
    platform: 'lv',
    date: '2025-12-09',
    agency: 'FDA',
    kind: 'approval',
    text: 'FDA approves Waskyra (etuvetidigene autotemcel) for Wiskott–Aldrich syndrome, 6 months and older, when no suitable HLA-matched related donor is available.',
    sources: ['fda-waskyra-2025'],
    verified: true
  },
  // 2026
  {
    id: 'kresladi-approval-2026-03',
    products: ['kresladi'],
    platform: 'lv',
    date: '2026-03',
    agency: 'FDA',
    kind: 'approval',
    text: 'FDA grants accelerated approval to Kresladi (marnetegragene autotemcel) for severe leukocyte adhesion deficiency type I.',
    sources: ['kresladi-uspi-2026'],
    verified: true
  },
  {
    id: 'otarmeni-approval-2026-04',
    products: ['otarmeni'],
    platform: 'aav',
    date: '2026-04-23',
    agency: 'FDA',
    kind: 'approval',
    text: 'FDA grants accelerated approval to Otarmeni, the first dual AAV vector gene therapy, for hearing loss due to bi-allelic OTOF variants.',
    sources: ['otarmeni-approval-2026'],
    verified: true
  },
  {
    id: 'otarmeni-free-2026-04',
    products: ['otarmeni'],
    platform: 'aav',
    date: '2026-04',
    agency: 'company',
    kind: 'market',
    text: 'Regeneron reportedly supplies Otarmeni free of charge in the US.',
    sources: ['audit-2026-12-b'],
    verified: false,
    note: 'Taken from the audit’s news copies; not verified here.'
  },
  {
    id: 'itvisma-ec-2026',
    products: ['itvisma'],
    platform: 'aav',
    date: '2026',
    agency: 'EC',
    kind: 'approval',
    text: 'EU: Itvisma authorised for 5q SMA with bi-allelic SMN1 mutations, children 2 years and older, teenagers and adults (after a positive CHMP opinion in April 2026).',
    sources: ['patient-org-itvisma-ec'],
    verified: false,
    note: 'Reported by a patient organisation and trade news; the day of the Commission decision was not found.'
  },
  {
    id: 'adstiladrin-eu',
    products: ['adstiladrin'],
    platform: 'adv',
    date: null,
    agency: 'EC',
    kind: 'approval',
    text: 'EU: Adstiladrin is authorised for BCG-unresponsive non-muscle-invasive bladder cancer with carcinoma in situ (EMA page: “Authorised”).',
    sources: ['ema-adstiladrin'],
    verified: false,
    note: 'The EMA page confirms the authorisation, but the date of the Commission decision was not found (the EU SmPC copy read is a 2026 revision).'
  },
  {
    id: 'casgevy-label-2026-07',
    products: ['casgevy'],
    platform: 'non_viral',
    date: '2026-07',
    agency: 'FDA',
    kind: 'label_change',
    text: 'Label changed: Indications and Usage (section 1) and Dosage and Administration (2.2), per the label’s Recent Major Changes. The new wording was not read; news reports an extension to children 2 years and older.',
    sources: ['casgevy-uspi-openfda'],
    verified: true
  },
  // Decisions pending before March 2027, or whose outcome was not found
  {
    id: 'ux111-pdufa-2026-09',
    products: ['UX111 (AAV9, MPS IIIA)'],
    platform: 'aav',
    date: '2026-09-19',
    agency: 'FDA',
    kind: 'pending_decision',
    text: 'FDA decision date for the resubmitted BLA of UX111 (Sanfilippo syndrome type A), after a complete response letter on manufacturing in July 2025.',
    sources: ['ultragenyx-ux111-2026'],
    verified: false,
    note: 'The date comes from a news report of the Ultragenyx release; the outcome of the decision was not found.'
  },
  {
    id: 'rgx121-resubmission-2026',
    products: ['RGX-121 / Navsunli (AAV9, MPS II)'],
    platform: 'aav',
    date: null,
    agency: 'FDA',
    kind: 'pending_decision',
    text: 'RGX-121 (clemidsogene lanparvovec, Hunter syndrome): after a complete response letter in Feb 2026, the FDA agreed on 22 Jun 2026 to review the existing data; resubmission planned for Q3 2026 with expedited review.',
    sources: ['regenxbio-2026-06-22'],
    verified: false,
    note: 'No resubmission or decision date was found; news reports only.'
  },
  {
    id: 'amt130-bla-2026',
    products: ['AMT-130 (AAV5, Huntington’s disease)'],
    platform: 'aav',
    date: null,
    agency: 'FDA',
    kind: 'pending_decision',
    text: 'AMT-130: on 17 Jun 2026 the FDA agreed that three-year phase I/II data can support an accelerated-approval BLA, planned for Q3 2026. A decision before March 2027 is unlikely without priority review.',
    sources: ['uniqure-2026-06-17'],
    verified: false,
    note: 'The filing and any decision date were not found; news reports only.'
  },
  {
    id: 'anitocel-pdufa-2026-12',
    products: ['car-t'],
    platform: 'lv',
    date: '2026-12-23',
    agency: 'FDA',
    kind: 'pending_decision',
    text: 'FDA decision expected on anitocabtagene autoleucel (anito-cel), a BCMA-directed CAR-T for relapsed or refractory multiple myeloma (BLA accepted Feb 2026).',
    sources: ['arcellx-bla-2026', 'audit-2026-12-b'],
    verified: false,
    note: 'The BLA acceptance was found in news; the 23 Dec 2026 date comes from the audit’s copy of a Fierce Biotech report and was not found again.'
  }
];
