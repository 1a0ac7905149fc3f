/**
 * Monitoring plan items per platform (candidates 40 and 41 of the reference, plus product
 * and patient-specific items). An item with `when` is listed only when its condition is met.
 */
import type { FollowUp, MonitoringItem } from './schema';
import { any, eq, isIn } from './build';
import { read } from './products/define';
import {
  ELEVIDYS_WEEKLY_2025,
  LYFGENIA_BOXED,
  RAGNI_ALT,
  RAGNI_FVIII,
  ROCTAVIAN_HCC,
  SKYSONA_CLONAL,
  ZOLGENSMA_LIVER_3_MONTHS,
  ZOLGENSMA_LIVER_SCHEDULE,
  ZOLGENSMA_PLATELETS,
  ZOLGENSMA_TMA_2_WEEKS,
  ZOLGENSMA_TROPONIN
} from './label-words';

export const monitoring: MonitoringItem[] = [
  {
    id: 'adv-systemic-inflammation',
    platform: 'adv',
    when: eq('target.route', 'systemic'),
    text: 'First 24–98 hours after systemic dosing: fever, SIRS, jaundice, confusion, DIC, platelets, transaminases, IL-6.',
    sources: ['raper-2003', 'nhp-intraportal-2001'],
    verified: true,
    basis: [
      read(
        'raper-2003',
        'abstract',
        'systemic inflammatory response syndrome, biochemically detectable disseminated intravascular coagulation, and multiple organ system failure, leading to death 98 h following gene transfer'
      ),
      read(
        'nhp-intraportal-2001',
        'abstract',
        'petechiae, consistent with the development of thrombocytopenia and biochemical evidence of disseminated intravascular coagulation … A systemic release of the cytokine IL-6'
      )
    ]
  },
  {
    id: 'adv-intravesical-uti',
    platform: 'adv',
    when: eq('target.tissue', 'bladder_tumour'),
    text: 'Exclude urinary tract infection before each bladder instillation.',
    sources: ['adstiladrin-label'],
    verified: true,
    basis: [
      read(
        'adstiladrin-label',
        'EU SmPC',
        'Urinary tract infection should be excluded before each bladder instillation'
      )
    ]
  },
  {
    id: 'adv-intravesical-response',
    platform: 'adv',
    when: eq('patient.indication', 'nmibc'),
    text: 'Cystoscopy and cytology at 3 months; consider cystectomy if no complete response or CIS recurs.',
    sources: ['adstiladrin-label'],
    verified: true,
    basis: [
      read(
        'adstiladrin-label',
        '5.1 Risk with delayed cystectomy',
        'If patients with CIS do not have a complete response to treatment after 3 months or if CIS recurs, consider cystectomy'
      )
    ]
  },
  {
    id: 'lv-cbc',
    platform: 'lv',
    text: 'Complete blood count at least every 6 months (Lyfgenia) or every 3 months (Skysona, current boxed warning).',
    sources: ['lyfgenia-label', 'skysona-uspi-2026'],
    verified: true,
    basis: [
      read('lyfgenia-label', 'Boxed Warning (openFDA)', LYFGENIA_BOXED),
      read(
        'skysona-uspi-2026',
        'Boxed Warning (openFDA)',
        'Monitor patients closely for evidence of malignancy through complete blood counts at least every 3 months.'
      )
    ]
  },
  {
    id: 'lv-clonality',
    platform: 'lv',
    text: 'Integration-site (clonality) analysis at least twice in year 1, then yearly, with bone marrow as indicated (Skysona); at months 6 and 12, then as warranted (Lyfgenia).',
    sources: ['skysona-uspi-2026', 'lyfgenia-label'],
    verified: true,
    basis: [
      read('skysona-uspi-2026', 'Boxed Warning (openFDA)', SKYSONA_CLONAL),
      read('lyfgenia-label', 'Boxed Warning (openFDA)', LYFGENIA_BOXED)
    ]
  },
  {
    id: 'lv-rcl',
    platform: 'lv',
    text: 'Replication-competent lentivirus testing as the FDA guidance requires (exact schedule unverified).',
    sources: ['fda-rcr-2020', 'cornetta-2022'],
    verified: false,
    basis: [
      read('fda-rcr-2020', 'IV Patient monitoring (not read)'),
      read(
        'cornetta-2022',
        'abstract',
        'regulatory agencies to require specific monitoring for replication-competent viruses, both prior to and after treatment'
      )
    ]
  },
  {
    id: 'lv-hiv-testing',
    platform: 'lv',
    text: 'For HIV testing after LV therapy use an integrase-target NAT or serology, not LTR/gag NATs.',
    sources: ['villalba-2022', 'hauser-2020'],
    verified: true
  },
  {
    id: 'lv-cart-malignancy',
    platform: 'lv',
    when: isIn('target.tissue', ['t_cells_ex_vivo']),
    text: 'CAR-T: life-long monitoring for new malignancies; send samples to the maker for CAR-transgene testing if one occurs.',
    sources: ['fda-cart-2024'],
    verified: true
  },
  {
    id: 'aav-liver-tests',
    platform: 'aav',
    text: 'Liver tests (ALT, AST, bilirubin; GGT for Elevidys) weekly for at least the first 1–3 months; taper steroids only when ALT/AST are below 2 × ULN.',
    sources: ['zolgensma-uspi', 'aifa-dhpc-2023', 'elevidys-uspi-2023'],
    verified: true,
    basis: [
      read('zolgensma-uspi', 'Boxed Warning (copy)', ZOLGENSMA_LIVER_3_MONTHS),
      read('zolgensma-uspi', '5.1 (copy)', ZOLGENSMA_LIVER_SCHEDULE),
      read(
        'aifa-dhpc-2023',
        'DHPC',
        'Corticosteroids should not be tapered until liver function tests become unremarkable (… ALT and AST levels below 2 × ULN)'
      ),
      read(
        'elevidys-uspi-2023',
        '5.1 (2023 label, copy)',
        'Monitor liver function (clinical exam, GGT, and total bilirubin) weekly for the first 3 months'
      )
    ]
  },
  {
    id: 'aav-platelets-tma',
    platform: 'aav',
    text: 'Platelets at least weekly in month 1, then every other week in months 2 and 3 (Zolgensma); creatinine and signs of TMA (hypertension, bruising, seizures, less urine), which occurs mostly in the first 2 weeks.',
    sources: ['zolgensma-uspi'],
    verified: true,
    basis: [
      read('zolgensma-uspi', 'Highlights (2.3, 5.3)', ZOLGENSMA_PLATELETS),
      read('zolgensma-uspi', '5.4 TMA (HCP safety information)', ZOLGENSMA_TMA_2_WEEKS),
      read(
        'zolgensma-uspi',
        'TMA (HCP site)',
        'signs and symptoms of TMA, such as hypertension, increased bruising, seizures, or decreased urine output'
      )
    ]
  },
  {
    id: 'aav-troponin',
    platform: 'aav',
    when: isIn('patient.indication', ['sma', 'dmd']),
    text: 'Troponin-I weekly in month 1 (Zolgensma then monthly to month 3; Elevidys weekly cardiac checks for 1 month, from news, not the label).',
    sources: ['zolgensma-uspi', 'particle-2025-elevidys'],
    // The Elevidys schedule was found only in a news summary, not in the FDA release it was filed under (audit B, #6).
    verified: false,
    basis: [
      read('zolgensma-uspi', '5.3 (copy)', ZOLGENSMA_TROPONIN),
      read('particle-2025-elevidys', 'news summary (not the label)', ELEVIDYS_WEEKLY_2025)
    ]
  },
  {
    id: 'aav-infusion-observation',
    platform: 'aav',
    when: isIn('patient.indication', ['dmd', 'haemophilia_a']),
    text: 'Observe for at least 3 hours after the infusion.',
    sources: ['elevidys-eligibility', 'roctavian-uspi'],
    verified: true,
    basis: [
      read(
        'elevidys-eligibility',
        'HCP site, after the infusion',
        'Closely monitor patients during and for at least 3 hours after the infusion'
      ),
      read(
        'roctavian-uspi',
        'monitoring after the infusion (TheWebHealth copy)',
        'monitored for a minimum of 3 hours following Roctavian'
      )
    ]
  },
  {
    id: 'aav-liver-directed-long-term',
    platform: 'aav',
    when: eq('target.tissue', 'liver'),
    text: 'Liver-directed AAV: ALT/AST and factor levels weekly to week 26, then every 6–12 months; HCC screening (ultrasound and AFP) if risk factors.',
    sources: ['ragni-2024', 'roctavian-uspi'],
    verified: true,
    basis: [
      read('ragni-2024', 'Table 2', RAGNI_ALT),
      read('ragni-2024', 'Table 2 (FVIII)', RAGNI_FVIII),
      read('ragni-2024', 'Table 2 (HCC screening)', 'Monitor every 6 mos by ultrasound or MRI, and α-fetoprotein'),
      read('roctavian-uspi', '5.x (Chinese translation of the label)', ROCTAVIAN_HCC)
    ]
  },
  {
    id: 'aav-hcc-risk',
    platform: 'aav',
    when: any(
      isIn('infections.hbv', ['past', 'active']),
      isIn('infections.hcv', ['past', 'active']),
      eq('medicines.alcohol', 'yes')
    ),
    text: 'HCC risk factors present: liver ultrasound and AFP at least yearly (6-monthly in expert advice).',
    sources: ['roctavian-uspi', 'ragni-2024'],
    verified: true,
    basis: [
      read('roctavian-uspi', '5.x (Chinese translation of the label)', ROCTAVIAN_HCC),
      read('ragni-2024', 'Table 2 (HCC screening)', 'Monitor every 6 mos by ultrasound or MRI, and α-fetoprotein')
    ]
  },
  {
    id: 'aav-complement',
    platform: 'aav',
    when: isIn('immunity.complement', ['disorder_or_variant', 'prior_tma']),
    text: 'Complement risk: platelets, haemolysis markers and renal function closely for 2 weeks.',
    sources: ['guillou-2022', 'zolgensma-uspi'],
    verified: true,
    basis: [
      read(
        'guillou-2022',
        'abstract',
        'first case of fatal systemic thrombotic microangiopathy (TMA) following onasemnogene abeparvovec … potential genetic predisposition in the Complement Factor I gene'
      ),
      read('zolgensma-uspi', '5.4 TMA (HCP safety information)', ZOLGENSMA_TMA_2_WEEKS)
    ]
  }
];

export const followUp: FollowUp[] = [
  {
    platform: 'adv',
    years: null,
    text: 'Risk-based under the FDA long-term follow-up guidance; the reference states no duration for adenoviral vectors.',
    sources: ['fda-ltfu-2020'],
    verified: false,
    basis: [read('fda-ltfu-2020', 'V Recommended duration of follow-up (not read)')]
  },
  {
    platform: 'lv',
    years: 15,
    text: '15 years for integrating vectors such as lentivirus: at least 5 years of yearly examinations, then yearly contact (Zynteglo: at least 15 years).',
    sources: ['raps-ltfu', 'zynteglo-label'],
    verified: true,
    basis: [
      read(
        'raps-ltfu',
        'p.53',
        'FDA advises observation of subjects for 15 years after exposure to the highest-risk gene therapy products (e.g., integrating viral vectors such as lentivirus), with a minimum of five years of annual examinations and 10 years of annual in-person queries'
      ),
      read(
        'zynteglo-label',
        'FDA approval announcement (copy)',
        'patients who receive Zynteglo should have their blood monitored for at least 15 years for any evidence of cancer.'
      )
    ]
  },
  {
    platform: 'aav',
    years: 5,
    text: 'Up to 5 years for AAV vectors (unverified — check the FDA guidance, §V.B); some sponsors commit to 15 years (Beqvez).',
    sources: ['fda-ltfu-2020', 'beqvez-ltfu'],
    verified: false,
    basis: [
      read('fda-ltfu-2020', 'V.B Recommended duration of follow-up (not read)'),
      read('beqvez-ltfu', 'Flcube report', 'followed for up to 15 years')
    ]
  }
];
