/**
 * Monitoring plan items per platform (candidates 40 and 41 of the reference, plus product
 * and patient-specific items). An item with `when` is listed only when its condition is met.
 */
import type { FollowUp, MonitoringItem } from './schema';
import { any, eq, isIn } from './build';

export const monitoring: MonitoringItem[] = [
  {
    id: 'adv-systemic-inflammation',
    platform: 'adv',
    when: eq('target.route', 'systemic'),
    text: 'First 24–98 hours after systemic dosing: fever, SIRS, jaundice, confusion, DIC, platelets, transaminases, IL-6.',
    sources: ['raper-2003', 'nhp-intraportal-2001'],
    verified: true
  },
  {
    id: 'adv-intravesical-uti',
    platform: 'adv',
    when: eq('target.tissue', 'bladder_tumour'),
    text: 'Exclude urinary tract infection before each bladder instillation.',
    sources: ['adstiladrin-label'],
    verified: true
  },
  {
    id: 'adv-intravesical-response',
    platform: 'adv',
    when: eq('patient.indication', 'nmibc'),
    text: 'Cystoscopy and cytology at 3 months; consider cystectomy if no complete response or CIS recurs.',
    sources: ['adstiladrin-label'],
    verified: true
  },
  {
    id: 'lv-cbc',
    platform: 'lv',
    text: 'Complete blood count at least every 6 months (Lyfgenia) or every 3 months (Skysona, current boxed warning).',
    sources: ['lyfgenia-label', 'skysona-uspi-2026'],
    verified: true
  },
  {
    id: 'lv-clonality',
    platform: 'lv',
    text: 'Integration-site (clonality) analysis at least twice in year 1, then yearly; bone marrow as indicated.',
    sources: ['skysona-label'],
    verified: true
  },
  {
    id: 'lv-rcl',
    platform: 'lv',
    text: 'Replication-competent lentivirus testing as the FDA guidance requires (exact schedule unverified).',
    sources: ['fda-rcr-2020', 'cornetta-2022'],
    verified: false
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
    verified: true
  },
  {
    id: 'aav-platelets-tma',
    platform: 'aav',
    text: 'Platelets, creatinine and signs of TMA (hypertension, bruising, seizures, less urine) in the first 2 weeks.',
    sources: ['zolgensma-uspi'],
    verified: true
  },
  {
    id: 'aav-troponin',
    platform: 'aav',
    when: isIn('patient.indication', ['sma', 'dmd']),
    text: 'Troponin-I weekly in month 1 (Zolgensma then monthly to month 3; Elevidys weekly cardiac checks for 1 month).',
    sources: ['zolgensma-uspi', 'fda-elevidys-2025-11'],
    verified: true
  },
  {
    id: 'aav-infusion-observation',
    platform: 'aav',
    when: isIn('patient.indication', ['dmd', 'haemophilia_a']),
    text: 'Observe for at least 3 hours after the infusion.',
    sources: ['elevidys-eligibility', 'roctavian-uspi'],
    verified: true
  },
  {
    id: 'aav-liver-directed-long-term',
    platform: 'aav',
    when: eq('target.tissue', 'liver'),
    text: 'Liver-directed AAV: ALT/AST and factor levels weekly to week 26, then every 6–12 months; HCC screening (ultrasound and AFP) if risk factors.',
    sources: ['ragni-2024', 'roctavian-uspi'],
    verified: true
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
    verified: true
  },
  {
    id: 'aav-complement',
    platform: 'aav',
    when: isIn('immunity.complement', ['disorder_or_variant', 'prior_tma']),
    text: 'Complement risk: platelets, haemolysis markers and renal function closely for 2 weeks.',
    sources: ['guillou-2022', 'zolgensma-uspi'],
    verified: true
  }
];

export const followUp: FollowUp[] = [
  {
    platform: 'adv',
    years: null,
    text: 'Risk-based under the FDA long-term follow-up guidance; the reference states no duration for adenoviral vectors.',
    sources: ['fda-ltfu-2020'],
    verified: false
  },
  {
    platform: 'lv',
    years: 15,
    text: '15 years for integrating vectors such as lentivirus: at least 5 years of yearly examinations, then yearly contact (Zynteglo: at least 15 years).',
    sources: ['raps-ltfu', 'zynteglo-label'],
    verified: true
  },
  {
    platform: 'aav',
    years: 5,
    text: 'Up to 5 years for AAV vectors (unverified — check the FDA guidance, §V.B); some sponsors commit to 15 years (Beqvez).',
    sources: ['fda-ltfu-2020', 'beqvez-ltfu'],
    verified: false
  }
];
