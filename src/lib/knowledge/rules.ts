/**
 * The rules: data with a closed set of operators (see schema.ts `Predicate`), evaluated
 * three-valued by the engine. `candidates` maps each rule to the numbered candidate rules at
 * the end of the clinical reference; `note` says why candidates were split or merged.
 * Thresholds live here, never in the engine. Rules about one product alone live in its module
 * (products/*.ts `rules`), so that the browser loads them with the product.
 */
import type { Rule } from './schema';
import { ageUnderYears, all, any, eq, gt, includes, isIn, lte, not } from './build';
import { read } from './products/define';
import { tissueRules } from './tissue-rules';
import { activeHepatitis } from './predicates';
import { ZOLGENSMA_TMA_2_WEEKS } from './label-words';

const LIVER_PRODUCTS = ['roctavian', 'hemgenix'];
const advancedLiver = isIn('liver.fibrosis', ['advanced', 'cirrhosis']);
const liverTarget = eq('target.tissue', 'liver');
const hivPositive = isIn('infections.hiv', ['positive_controlled', 'positive_uncontrolled']);
const under2 = ageUnderYears(2);
const hscTarget = eq('target.tissue', 'hsc_ex_vivo');
const priorCapsid = (s: string) => includes('priorTherapyDetails.aavSerotypes', s);

const ruleData: Rule[] = [
  // Anti-capsid antibodies and product thresholds (candidates 1–5, 8)
  {
    id: 'neonate-maternal-aav9-antibodies',
    candidates: [8],
    strength: 'caution',
    target: { platforms: ['aav'] },
    when: all(lte('patient.ageMonths', 3), gt('aavAntibodies.AAV9.titre', 50)),
    text: 'Raised anti-AAV9 titre at 3 months of age or younger: likely maternal; retest every 2–4 weeks.',
    rationale:
      'Elevated titres are far commoner at ≤3 months (18.2%) than at ≥21 months (1.1%) and fall over weeks; one infant reached 1:12.5 at 6 weeks and was treated.',
    sources: ['day-2023', 'van-olden-mda', 'jnd-2024-retest'],
    verified: true,
    basis: [
      read(
        'day-2023',
        'abstract',
        '18.2% (92 of 507) of patients ≤3 months old but only 1.1% (1 of 92) of patients ≥21 months old'
      ),
      read(
        'van-olden-mda',
        'abstract, quoting the Zolgensma label',
        'Safety and efficacy … for patients with elevated anti-AAV9 antibody titers (>1:50) are not established'
      ),
      read('van-olden-mda', 'abstract', 'The half-life of the antibodies was estimated to be 18–59 days'),
      read('jnd-2024-retest', 'abstract', 'Six weeks after initial diagnosis, a titer of 1:12.5 allowed treatment')
    ]
  },
  // DMD genotype and ambulation (candidates 6, 7)
  // Liver (candidates 9–12, 32)
  {
    id: 'liver-aav-advanced-fibrosis',
    candidates: [9],
    strength: 'exclude',
    target: { platforms: ['aav'] },
    when: all(liverTarget, advancedLiver),
    text: 'Liver-directed AAV with advanced fibrosis or cirrhosis: not advised.',
    rationale:
      'The liver-directed AAV labels contraindicate significant fibrosis (stage 3–4) or cirrhosis (Roctavian; Hemgenix in the EU), and expert liver-management recommendations list cirrhosis as a contraindication.',
    sources: ['roctavian-uspi', 'hemgenix-label', 'bloodadv-2024-roctavian-liver'],
    verified: true,
    basis: [
      read(
        'roctavian-uspi',
        '4 Contraindications (copy)',
        'Known significant hepatic fibrosis (stage 3 or 4), or cirrhosis. (4)'
      ),
      read(
        'hemgenix-label',
        'EU package leaflet, section 2',
        'If your liver does not work properly due to advanced liver fibrosis (tissue scarring and thickening), or cirrhosis (scarring due to long-term liver damage).'
      ),
      read(
        'bloodadv-2024-roctavian-liver',
        'abstract',
        'gene therapy is contraindicated in patients with uncontrolled liver infections, autoimmune hepatitis, liver stiffness ≥8 kPa, or cirrhosis'
      )
    ],
    note: "Split from candidate 9: the platform-level form of the liver products' contraindication."
  },
  {
    id: 'advanced-fibrosis-systemic-aav',
    candidates: [9],
    strength: 'strong_caution',
    target: { platforms: ['aav'] },
    when: all(advancedLiver, not(eq('target.route', 'local')), not(liverTarget)),
    text: 'Advanced fibrosis or cirrhosis: systemic AAV carries a higher risk of serious liver injury.',
    rationale:
      'Zolgensma and Elevidys carry Boxed Warnings for acute liver failure, with higher risk in pre-existing liver impairment; AT132 deaths occurred in patients with liver disease.',
    sources: ['zolgensma-uspi', 'fda-elevidys-2025-11', 'at132-aspiro'],
    verified: true,
    note: 'Split from candidate 9.'
  },
  {
    id: 'advanced-fibrosis-lv-conditioning',
    candidates: [9],
    strength: 'strong_caution',
    target: { platforms: ['lv'] },
    when: all(hscTarget, advancedLiver),
    text: 'Advanced fibrosis or cirrhosis: busulfan conditioning for stem-cell LV products is risky.',
    rationale:
      'Myeloablative conditioning caused hepatic veno-occlusive disease in 11.1% with Zynteglo; payer criteria exclude bridging fibrosis or cirrhosis.',
    sources: ['zynteglo-vod', 'cigna-zynteglo'],
    verified: true,
    note: 'Split from candidate 9.'
  },
  {
    id: 'alt-raised-liver-aav',
    candidates: [10],
    strength: 'caution',
    target: { platforms: ['aav'], products: LIVER_PRODUCTS },
    when: all(liverTarget, eq('liver.altStatus', 'raised')),
    text: 'ALT/AST above normal: liver-directed AAV is not recommended until a baseline is established.',
    rationale:
      'Expert Roctavian recommendations advise against dosing with ALT above the upper limit of normal and to repeat tests to establish a baseline.',
    sources: ['bloodadv-2024-roctavian-liver'],
    verified: true,
    note: 'Split from candidate 10 (liver-directed vs Zolgensma threshold).'
  },
  {
    id: 'hepatobiliary-high-dose-aav',
    candidates: [11],
    strength: 'strong_caution',
    target: { platforms: ['aav'] },
    when: all(eq('liver.hepatobiliaryDisease', 'yes'), eq('target.aavDose', 'at_or_above_1e14')),
    text: 'Liver or biliary disease with a planned AAV dose of 1×10^14 vg/kg or more: high risk of fatal liver failure.',
    rationale:
      'All three high-dose AT132 deaths had pre-existing hepatobiliary disease; Zolgensma and Elevidys Boxed Warnings name pre-existing liver impairment.',
    sources: ['at132-aspiro', 'morales-2020', 'zolgensma-uspi', 'fda-elevidys-2025-11'],
    verified: true,
    basis: [
      read(
        'at132-aspiro',
        'ASPIRO abstract',
        'deaths occurred in the higher-dose cohort (3/17) following severe decompensated liver disease'
      ),
      read(
        'at132-aspiro',
        'BioWorld, 21 Aug 2020',
        'All three patients who have died to date after receiving that same dose demonstrated evidence of pre-existing hepatobiliary disease'
      ),
      read('morales-2020', 'abstract', 'progressive liver dysfunction and sepsis'),
      read('zolgensma-uspi', '2.1 Dose (copy)', 'recommended dose … 1.1 × 10^14 vector genomes per kilogram'),
      read(
        'zolgensma-uspi',
        'Boxed Warning (Highlights copy)',
        'Patients with preexisting liver impairment may be at higher risk.'
      ),
      read(
        'fda-elevidys-2025-11',
        'FDA release, 14 Nov 2025 (copy)',
        'Addition of a Boxed Warning describing the risk of serious liver injury and acute liver failure, including fatal outcomes'
      )
    ]
  },
  {
    id: 'autoimmune-hepatitis-liver-aav',
    candidates: [12],
    strength: 'exclude',
    target: { platforms: ['aav'] },
    when: all(liverTarget, eq('immunity.autoimmune', 'autoimmune_hepatitis')),
    text: 'Autoimmune hepatitis: liver-directed AAV is contraindicated (expert recommendation).',
    rationale: 'Expert liver-management recommendations for Roctavian list autoimmune hepatitis as a contraindication.',
    sources: ['bloodadv-2024-roctavian-liver'],
    verified: true,
    basis: [
      read(
        'bloodadv-2024-roctavian-liver',
        'abstract',
        'gene therapy is contraindicated in patients with uncontrolled liver infections, autoimmune hepatitis, liver stiffness ≥8 kPa, or cirrhosis'
      )
    ]
  },
  {
    id: 'infant-liver-aav',
    candidates: [32],
    strength: 'caution',
    target: { platforms: ['aav'] },
    when: all(under2, liverTarget),
    text: 'Growing infant liver: expect AAV expression to fall as hepatocytes divide.',
    rationale:
      'Episomal genomes dilute with cell division (fetal monkeys fell from 20% to about 1% in 7 weeks); re-dosing with another capsid is investigational.',
    sources: ['binny-2012'],
    verified: true,
    basis: [
      read(
        'binny-2012',
        'abstract',
        'gradual decline to > 1% by 7 weeks. Re-administration of an alternative serotype at 12 months postnatal age increased hFVII levels'
      )
    ]
  },
  // Infections (candidates 13–17)
  {
    id: 'acute-infection-defer-aav',
    candidates: [13],
    strength: 'caution',
    target: { platforms: ['aav'] },
    when: eq('infections.acuteInfection', 'yes'),
    text: 'Active infection: postpone AAV treatment until it has resolved.',
    rationale:
      'Infection at dosing may amplify the systemic immune response (Zolgensma label: postpone until resolved).',
    sources: ['zolgensma-uspi'],
    verified: true,
    note: 'Split from candidate 13.'
  },
  {
    id: 'acute-infection-defer-lv',
    candidates: [13],
    strength: 'caution',
    target: { platforms: ['lv'] },
    when: eq('infections.acuteInfection', 'yes'),
    text: 'Active infection: defer stem-cell collection and conditioning.',
    rationale:
      'Myeloablative conditioning causes profound temporary immunosuppression; stem-cell products require viral screening before apheresis.',
    sources: ['skysona-label'],
    verified: false,
    note: 'Split from candidate 13. The reference gives no label wording for deferring LV products during infection: check the primary source.'
  },
  {
    id: 'active-hepatitis-liver-aav',
    candidates: [14],
    strength: 'strong_caution',
    target: { platforms: ['aav'], products: LIVER_PRODUCTS },
    when: all(liverTarget, activeHepatitis),
    text: 'Active hepatitis B or C: liver-directed AAV was not studied and is not advised.',
    rationale: 'Roctavian and Hemgenix trials excluded active HBV/HCV.',
    sources: ['roctavian-uspi', 'hemgenix-trials-faq'],
    verified: true,
    note: 'Candidate 14 split: liver AAV, LV screening, HCC surveillance.'
  },
  {
    id: 'active-hepatitis-lv',
    candidates: [14],
    strength: 'caution',
    target: { platforms: ['lv'] },
    when: activeHepatitis,
    text: 'Active hepatitis B or C: mandatory viral screening before apheresis may block collection.',
    rationale: 'Stem-cell LV products require HBV and HCV screening before apheresis.',
    sources: ['skysona-label'],
    verified: true,
    note: 'Split from candidate 14.'
  },
  {
    id: 'past-hepatitis-hcc-surveillance',
    candidates: [14],
    strength: 'note',
    target: { platforms: ['aav'] },
    when: all(liverTarget, any(isIn('infections.hbv', ['past', 'active']), isIn('infections.hcv', ['past', 'active']))),
    text: 'History of hepatitis B or C: plan HCC surveillance after liver-directed AAV.',
    rationale:
      'HBV and HCV are HCC risk factors; the Roctavian label and experts advise periodic liver ultrasound and AFP.',
    sources: ['roctavian-uspi', 'ragni-2024'],
    verified: true,
    note: 'Split from candidate 14.'
  },
  {
    id: 'hiv-lv',
    candidates: [15],
    strength: 'strong_caution',
    target: { platforms: ['lv'] },
    when: hivPositive,
    text: 'HIV positive: LV therapy needs HIV screening before cell collection, planning with the HIV specialist, and HIV tests that do not target the LTR afterwards.',
    rationale:
      'The Skysona label requires HIV screening before cells are collected; after LV therapy, HIV nucleic-acid tests that target the LTR or gag give false positives.',
    sources: ['skysona-label', 'villalba-2022'],
    verified: true,
    note: 'Candidate 15 split: LV vs liver AAV vs uncontrolled HIV and Hemgenix. No advice here to stop HIV treatment (audit §4.5).'
  },
  {
    id: 'hiv-liver-aav',
    candidates: [15],
    strength: 'caution',
    target: { platforms: ['aav'], products: LIVER_PRODUCTS },
    when: all(liverTarget, hivPositive),
    text: 'HIV positive: limited data for liver-directed AAV.',
    rationale: 'The Roctavian label notes limited information in HIV; Hemgenix trials excluded uncontrolled HIV.',
    sources: ['roctavian-uspi', 'hemgenix-trials-faq'],
    verified: true,
    note: 'Split from candidate 15.'
  },
  {
    id: 'antiretrovirals-lv-collection',
    candidates: [16],
    strength: 'caution',
    target: { platforms: ['lv'] },
    when: all(hscTarget, includes('medicines.current', 'antiretrovirals')),
    text: 'Taking antiretroviral medicines before stem-cell collection: plan them with the HIV specialist and the treatment centre.',
    rationale:
      'A patient leaflet for Zynteglo says not to use medicine to treat HIV for at least 1 month before collection; the label wording itself was not found, and nothing like it was found for CAR-T. HIV treatment must never be stopped without the HIV specialist.',
    action:
      'Review antiretroviral medicines with the HIV specialist and the treatment centre before stem-cell collection. Do not stop HIV treatment on the strength of this summary: the label wording was not verified (a Zynteglo patient leaflet says "Do not use … medicine to treat HIV for at least 1 month before having a procedure to collect your blood").',
    sources: ['zynteglo-patient-info'],
    verified: false,
    basis: [
      read(
        'zynteglo-patient-info',
        'proper use (patient leaflet, not the label)',
        'Do not use hydroxyurea or medicine to treat HIV for at least 1 month before having a procedure to collect your blood.'
      )
    ],
    note: 'Candidate 16, limited to stem-cell (HSC) targets (audit §4.5).'
  },
  {
    id: 'prior-lv-hiv-test',
    candidates: [17],
    strength: 'note',
    target: { platforms: ['lv'] },
    when: includes('priorTherapyDetails.platforms', 'lv'),
    text: 'Previous LV therapy: a positive HIV NAT may be a false positive; retest with an integrase-target NAT or serology.',
    rationale: 'LTR- and gag-targeting HIV NATs cross-react with integrated LV sequences.',
    sources: ['villalba-2022', 'hauser-2020', 'laetsch-2018'],
    verified: true,
    note: 'The case has no HIV test result, so the rule fires on previous LV exposure.'
  },
  // Immunity and adenovirus (candidates 18–20)
  {
    id: 'immunocompromised-adv',
    candidates: [18],
    strength: 'exclude',
    target: { platforms: ['adv'] },
    when: any(
      eq('immunity.primaryImmunodeficiency', 'yes'),
      eq('immunity.immunosuppressed', 'yes'),
      includes('medicines.current', 'calcineurin_inhibitors'),
      includes('medicines.current', 'other_immunosuppressants'),
      eq('medicines.steroidDose', 'high')
    ),
    text: 'Immunocompromised or on immunosuppressants: avoid adenoviral vectors (risk of disseminated adenovirus infection); immunosuppressed staff and contacts must not handle the product.',
    rationale:
      'The Adstiladrin label warns of disseminated adenovirus infection and advises avoiding use in immunocompromise; products may contain low levels of replication-competent adenovirus.',
    sources: ['adstiladrin-label'],
    verified: true,
    basis: [
      read(
        'adstiladrin-label',
        'Highlights, 8 (copy)',
        'Immunocompromise/immunodeficiency: Avoid in patients with immunocompromise or immunodeficiency. (8)'
      ),
      read(
        'adstiladrin-label',
        '5.2 (copy)',
        'Immunocompromised persons, including those receiving immunosuppressant therapy, may be at risk for disseminated adenovirus infection'
      ),
      read(
        'adstiladrin-label',
        '2 Preparation and handling (copy)',
        'Individuals who are immunosuppressed or immune-deficient, should not prepare, administer, or come into contact with ADSTILADRIN'
      )
    ]
  },
  {
    id: 'systemic-adv',
    candidates: [19],
    strength: 'strong_caution',
    target: { platforms: ['adv'] },
    when: eq('target.route', 'systemic'),
    text: 'Systemic (IV or intra-arterial) adenovirus: dose-dependent cytokine storm, DIC and death have occurred.',
    rationale:
      'An 18-year-old died 98 hours after 6×10^11 particles/kg into the hepatic artery (SIRS, DIC, multi-organ failure); primates show thrombocytopenia, DIC and IL-6 release.',
    sources: ['raper-2003', 'nhp-intraportal-2001', 'atasheva-2022'],
    verified: true
  },
  {
    id: 'ad5-high-titre',
    candidates: [20],
    strength: 'caution',
    target: { platforms: ['adv'] },
    when: eq('infections.ad5Nab', 'high'),
    text: 'High Ad5 antibody titre: Ad5 vectors may work less well; consider rarer serotypes (Ad26, chimpanzee Ad) or another platform.',
    rationale:
      'Pre-existing Ad5 antibodies reduce responses to Ad5 vectors; in Chinese adults Ad26 (35.3%) and ChAd68 (12.7%) antibodies were rarer than Ad5 (73.1%), and chimpanzee Ad antibodies are rare in US residents.',
    sources: ['xiang-2006', 'jmedvirol-2012-ad5', 'china-ad-seroprevalence'],
    verified: true,
    note: 'Residence in a high-prevalence region is not recorded in the case. The effect on intravesical Adstiladrin is not verified.'
  },
  // Cargo size (candidate 21)
  {
    id: 'cargo-over-aav',
    candidates: [21],
    strength: 'strong_caution',
    target: { platforms: ['aav'] },
    when: gt('target.cargoKb', 4.7),
    text: 'Cargo above about 4.7 kb: too large for a single AAV vector; it needs a dual-vector or mini-gene design.',
    rationale:
      'The single-stranded AAV genome holds about 4.7 kb (comparison tables give 4.5 kb); a dual-AAV product (Otarmeni, 2026) shows that a split design can be approved.',
    sources: ['moltherapy-2025-vectors', 'pharmaceutics-2021', 'otarmeni-approval-2026'],
    verified: true,
    basis: [
      read('moltherapy-2025-vectors', 'Table 2', '∼4.7-kb single-stranded DNA genome'),
      read('pharmaceutics-2021', 'Table 2', 'AAV 4.5 kb … LV 8 kb … AV >8 kb'),
      read(
        'otarmeni-approval-2026',
        'FDA release (copy)',
        'the first-ever dual adeno-associated virus (AAV) vector-based gene therapy'
      )
    ],
    note: 'Candidate 21 split by platform capacity.'
  },
  {
    id: 'cargo-over-lv',
    candidates: [21],
    strength: 'caution',
    target: { platforms: ['lv'] },
    when: gt('target.cargoKb', 8),
    text: 'Cargo above about 8 kb: beyond the usual LV capacity.',
    rationale: 'Comparison tables give LV about 8 kb.',
    sources: ['pharmaceutics-2021'],
    verified: true,
    basis: [read('pharmaceutics-2021', 'Table 2', 'AAV 4.5 kb … LV 8 kb … AV >8 kb')],
    note: 'Split from candidate 21.'
  },
  {
    id: 'cargo-needs-hd-adv',
    candidates: [21],
    strength: 'note',
    target: { platforms: ['adv'] },
    when: all(gt('target.cargoKb', 8), lte('target.cargoKb', 37)),
    text: 'Cargo above about 8 kb: needs a helper-dependent adenoviral vector (up to about 37 kb).',
    rationale: 'First-generation vectors carry about 8 kb; helper-dependent vectors up to about 37 kb.',
    sources: ['adv-encyclopedia-2007', 'ricobaraza-2020'],
    verified: true,
    basis: [
      read(
        'adv-encyclopedia-2007',
        'entry text',
        'first-generation Ad vectors can accommodate up to approximately 8 kb of insert DNA'
      ),
      read(
        'ricobaraza-2020',
        'abstract',
        'extends the cloning capacity up to 37 Kb, and allows long-term episomal persistence of transgenes in non-dividing cells'
      )
    ],
    note: 'Split from candidate 21.'
  },
  {
    id: 'cargo-over-adv',
    candidates: [21],
    strength: 'exclude',
    target: { platforms: ['adv'] },
    when: gt('target.cargoKb', 37),
    text: 'Cargo above about 37 kb: too large even for helper-dependent adenovirus.',
    rationale: 'Helper-dependent vectors carry up to about 37 kb.',
    sources: ['ricobaraza-2020'],
    verified: true,
    basis: [
      read(
        'ricobaraza-2020',
        'abstract',
        'extends the cloning capacity up to 37 Kb, and allows long-term episomal persistence of transgenes in non-dividing cells'
      )
    ],
    note: 'Split from candidate 21.'
  },
  // Tissue and goal (candidates 22–26)
  {
    id: 'ex-vivo-cells-lv',
    candidates: [22, 26],
    strength: 'favours',
    target: { platforms: ['lv'] },
    when: isIn('target.tissue', ['hsc_ex_vivo', 't_cells_ex_vivo']),
    text: 'Stem cells or T cells modified ex vivo: LV integrates and is passed on as the cells divide; approved products use it.',
    rationale:
      'Integrated provirus is inherited by daughter cells; Zynteglo, Lyfgenia, Skysona, Lenmeldy and tisagenlecleucel are lentiviral.',
    sources: ['moltherapy-2025-vectors', 'zynteglo-label', 'laetsch-2018'],
    verified: true,
    note: 'Candidates 22 and 26 merged: in the case, the dividing-cell targets needing durable expression are the ex vivo stem-cell and T-cell targets (growing liver is rule infant-liver-aav).'
  },
  {
    id: 'ex-vivo-cells-aav',
    candidates: [22, 26],
    strength: 'strong_caution',
    target: { platforms: ['aav'] },
    when: isIn('target.tissue', ['hsc_ex_vivo', 't_cells_ex_vivo']),
    text: 'Dividing cells: AAV genomes stay episomal and are lost as cells divide; not suited to stem cells or T cells.',
    rationale: 'Episomal AAV genomes are diluted with each division.',
    sources: ['binny-2012', 'sabatino-2022'],
    verified: true,
    note: 'Candidates 22 and 26 merged.'
  },
  {
    id: 'ex-vivo-cells-adv',
    candidates: [22, 26],
    strength: 'strong_caution',
    target: { platforms: ['adv'] },
    when: isIn('target.tissue', ['hsc_ex_vivo', 't_cells_ex_vivo']),
    text: 'Dividing cells: adenoviral expression is transient; not suited to stem cells or T cells.',
    rationale: 'Adenoviral genomes do not integrate and expression is short-term.',
    sources: ['pmc4387942', 'moltherapy-2025-vectors'],
    verified: true,
    note: 'Candidates 22 and 26 merged.'
  },
  {
    id: 'durable-goal-adv',
    candidates: [22],
    strength: 'caution',
    target: { platforms: ['adv'] },
    when: eq('target.goal', 'durable'),
    text: 'Durable expression needed: adenoviral expression is short-lived in immunocompetent patients.',
    rationale: 'Adenoviral vectors give short-term expression and strong immune responses.',
    sources: ['pmc4387942'],
    verified: true,
    note: 'Generalised from candidate 22: the transience of AdV expression applies whatever the target cell (§1b).'
  },
  {
    id: 'transient-goal-adv',
    candidates: [23],
    strength: 'favours',
    target: { platforms: ['adv'] },
    when: eq('target.goal', 'transient'),
    text: 'Transient, high-level expression wanted: adenoviral vectors fit (tumour, vaccine, intravesical use).',
    rationale: 'Adenoviral expression is high and short-term; Adstiladrin is an approved intravesical example.',
    sources: ['pmc4387942', 'adstiladrin-label'],
    verified: true,
    note: 'Candidate 23 split: AdV favoured vs LV/AAV note.'
  },
  {
    id: 'transient-goal-lv-aav',
    candidates: [23],
    strength: 'note',
    target: { platforms: ['lv', 'aav'] },
    when: eq('target.goal', 'transient'),
    text: 'Transient expression wanted: LV and AAV persist longer than needed.',
    rationale:
      'Integration (LV) or long episomal persistence (AAV) adds exposure without benefit when a short effect is the goal.',
    sources: ['moltherapy-2025-vectors'],
    verified: true,
    note: 'Split from candidate 23.'
  },
  {
    id: 'cns-aav',
    candidates: [24],
    strength: 'favours',
    target: { platforms: ['aav'] },
    when: eq('target.tissue', 'cns'),
    text: 'CNS target: AAV9 crosses the blood–brain barrier (IV in infants, intrathecal), and AAV2 is used locally.',
    rationale: 'Zolgensma (AAV9 IV), Itvisma (AAV9 intrathecal) and Kebilidi (AAV2 intraputaminal) are approved.',
    sources: ['jbiomedsci-2025', 'itvisma-approval-2025', 'kebilidi-label'],
    verified: true,
    note: 'Candidate 24 split: AAV favoured, AdV unsuitable, LV for leukodystrophies.'
  },
  {
    id: 'cns-adv',
    candidates: [24],
    strength: 'strong_caution',
    target: { platforms: ['adv'] },
    when: eq('target.tissue', 'cns'),
    text: 'CNS target: no adenoviral CNS product; expression would be short-lived.',
    rationale: 'Adenoviral expression is short-term and immunogenic.',
    sources: ['pmc4387942'],
    verified: true,
    note: 'Split from candidate 24.'
  },
  {
    id: 'leukodystrophy-lv',
    candidates: [24],
    strength: 'favours',
    target: { platforms: ['lv'] },
    when: isIn('patient.indication', ['cald', 'mld']),
    text: 'Leukodystrophy (CALD, MLD): ex vivo LV stem-cell products are approved.',
    rationale: 'Skysona (CALD) and Lenmeldy (MLD) are lentiviral stem-cell products.',
    sources: ['skysona-label', 'lenmeldy-approval'],
    verified: true,
    note: 'Split from candidate 24.'
  },
  {
    id: 'in-vivo-lv',
    candidates: [24, 26],
    strength: 'caution',
    target: { platforms: ['lv'] },
    when: all(
      not(isIn('target.tissue', ['hsc_ex_vivo', 't_cells_ex_vivo'])),
      not(isIn('patient.indication', ['cald', 'mld', 'tdt', 'scd', 'b_cell']))
    ),
    text: 'LV products are used ex vivo (stem cells, T cells); direct in vivo delivery to this target is investigational.',
    rationale:
      'All approved LV products modify stem cells or T cells outside the body; in vivo LV (e.g. liver) is investigational.',
    sources: ['zynteglo-label', 'skysona-label', 'jbiomedsci-2025'],
    verified: false,
    note: 'Generalised from candidates 24 and 26 (LV is the ex vivo platform). The reference states "essentially ex vivo" without a quoted source: check.'
  },
  {
    id: 'liver-aav',
    candidates: [],
    strength: 'favours',
    target: { platforms: ['aav'] },
    when: liverTarget,
    text: 'Liver target: AAV5 and AAV8 transduce liver, and liver-directed AAV products are approved (Roctavian, Hemgenix).',
    rationale: 'Hepatocytes in adults divide little, so episomal AAV genomes persist.',
    sources: ['jbiomedsci-2025'],
    verified: true,
    note: 'From §2 (tropism by tissue); no numbered candidate covers liver fit.'
  },
  {
    id: 'muscle-aav',
    candidates: [],
    strength: 'favours',
    target: { platforms: ['aav'] },
    when: eq('target.tissue', 'muscle'),
    text: 'Muscle target: AAVrh74, AAV9, AAV8, AAV1 and AAV6 transduce muscle; Elevidys is approved for DMD.',
    rationale: 'Systemic AAV reaches skeletal and cardiac muscle.',
    sources: ['jbiomedsci-2025', 'wjg-aav-table'],
    verified: true,
    note: 'From §2 (tropism by tissue); no numbered candidate covers muscle fit.'
  },
  {
    id: 'retina-aav',
    candidates: [25],
    strength: 'favours',
    target: { platforms: ['aav'] },
    when: eq('target.tissue', 'retina'),
    text: 'Retinal target: subretinal AAV2 (Luxturna) is approved for RPE65 dystrophy.',
    rationale: 'Local subretinal AAV2 reaches the retinal pigment epithelium at low total dose.',
    sources: ['jbiomedsci-2025', 'luxturna-uspi'],
    verified: true,
    note: 'Candidate 25 split: platform fit vs the two Luxturna eligibility checks.'
  },
  // Prior gene therapy (candidates 27, 28)
  {
    id: 'prior-aav-other-capsid',
    candidates: [27],
    strength: 'strong_caution',
    target: { platforms: ['aav'] },
    when: includes('priorTherapyDetails.platforms', 'aav'),
    text: 'Previous AAV therapy: a second AAV dose is investigational; antibodies persist, with limited cross-reactivity to other capsids.',
    rationale:
      'Post-dose antibodies persist for years at levels precluding the same capsid; trials exclude prior gene therapy; a different capsid or immunoadsorption is experimental.',
    sources: ['blood-2022-dog-ltfu', 'front-immunol-2021', 'bloodadv-2019-immunoadsorption'],
    verified: true,
    note: 'Candidate 27 split: the platform gets the "different capsid" caution; each product gets the same-capsid exclusion.'
  },
  {
    id: 'prior-aav9-same-capsid',
    candidates: [27],
    strength: 'strong_caution',
    target: { products: ['zolgensma', 'itvisma'] },
    when: priorCapsid('AAV9'),
    text: 'Previous AAV9 therapy: repeat AAV9 dosing is not evaluated.',
    rationale: 'Repeat Zolgensma administration has not been evaluated; antibodies block the same capsid.',
    sources: ['zolgensma-uspi', 'blood-2022-dog-ltfu'],
    verified: true,
    note: 'Split from candidate 27.'
  },
  {
    id: 'prior-aav5-same-capsid',
    candidates: [27],
    strength: 'strong_caution',
    target: { products: LIVER_PRODUCTS },
    when: priorCapsid('AAV5'),
    text: 'Previous AAV5 therapy: a further AAV5 haemophilia gene therapy is unlikely to work.',
    rationale:
      'Antibodies after an AAV5 vector block the same capsid; the antibody test (the companion test for Roctavian) decides.',
    sources: ['roctavian-uspi', 'blood-2022-dog-ltfu'],
    verified: true,
    note: "Split from candidate 27. The Boston Children's statement is recorded against the Roctavian label."
  },
  {
    id: 'prior-aav2-same-capsid',
    candidates: [27],
    strength: 'strong_caution',
    target: { products: ['luxturna', 'kebilidi'] },
    when: priorCapsid('AAV2'),
    text: 'Previous AAV2 therapy: antibodies may limit a further AAV2 product.',
    rationale:
      'Antibodies after AAV persist at levels precluding the same capsid systemically; the labels of these local products say nothing about prior AAV2.',
    sources: ['blood-2022-dog-ltfu'],
    verified: false,
    note: 'Split from candidate 27. Strong caution, not exclusion: no label statement for local AAV2 products.'
  },
  // Malignancy, donors, pregnancy (candidates 29–31)
  {
    id: 'malignancy-integrating-vector',
    candidates: [29],
    strength: 'strong_caution',
    target: { platforms: ['lv'] },
    when: any(
      eq('liver.malignancy', 'myeloid'),
      all(eq('liver.malignancy', 'malignancy'), not(isIn('patient.indication', ['b_cell', 'nmibc'])))
    ),
    text: 'History of cancer, MDS or myeloproliferative disease: integrating vectors add insertional-oncogenesis risk.',
    rationale:
      'Integrating vectors caused leukaemias (SCID-X1, WAS) and MDS/AML (Skysona); payer criteria exclude prior malignancy for Zynteglo.',
    sources: ['hacein-bey-abina-2008', 'skysona-label', 'cigna-zynteglo'],
    verified: true,
    note: 'The cancer being treated (B-cell malignancy for CAR-T, NMIBC) does not count; a myeloid disorder always does.'
  },
  {
    id: 'pregnancy-lv',
    candidates: [31],
    strength: 'exclude',
    target: { platforms: ['lv'] },
    when: all(hscTarget, isIn('patient.pregnancy', ['pregnant', 'breastfeeding'])),
    text: 'Pregnant or breast-feeding: myeloablative conditioning for LV stem-cell therapy is contraindicated.',
    rationale:
      'The former EU label of Zynteglo contraindicated pregnancy and breast-feeding because of myeloablative conditioning; CAR-T (lymphodepletion) is not covered by this rule.',
    sources: ['zynteglo-label'],
    // The only words read are the withdrawn EU SmPC's; no current LV label was read for pregnancy (audit B, #25).
    verified: false,
    basis: [
      read(
        'zynteglo-label',
        'EU SmPC 4.3 (former EU authorisation, copy)',
        '4.3. Contraindications … Pregnancy and breast-feeding (see section 4.6).'
      ),
      read(
        'zynteglo-label',
        'EU SmPC 4.6 (former EU authorisation, copy)',
        'Betibeglogene autotemcel must not be used during pregnancy because of myeloablative conditioning.'
      )
    ],
    note: 'Candidate 31 split by platform. Unverified: rests on the withdrawn EU Zynteglo SmPC.'
  },
  {
    id: 'pregnancy-adv',
    candidates: [31],
    strength: 'caution',
    target: { platforms: ['adv'], products: ['adstiladrin'] },
    when: isIn('patient.pregnancy', ['pregnant', 'breastfeeding']),
    text: 'Pregnant or breast-feeding: advise of the potential risk to the fetus.',
    rationale: 'The Adstiladrin label advises pregnant women of potential fetal risk.',
    sources: ['adstiladrin-label'],
    verified: true,
    note: 'Split from candidate 31.'
  },
  {
    id: 'pregnancy-aav',
    candidates: [31],
    strength: 'caution',
    target: { platforms: ['aav'], products: ['roctavian'] },
    when: isIn('patient.pregnancy', ['pregnant', 'breastfeeding']),
    text: 'Pregnant or breast-feeding: defer AAV; after Roctavian prevent pregnancy and do not donate semen for 6 months.',
    rationale: 'The Roctavian label asks to prevent or postpone pregnancy for 6 months.',
    sources: ['roctavian-uspi'],
    verified: true,
    basis: [
      read(
        'roctavian-uspi',
        '8 (Chinese translation of the label)',
        '给药后6个月内,男性不得捐献精液,男性及其女性伴侣必须预防或推迟怀孕'
      )
    ],
    note: 'Split from candidate 31.'
  },
  // Complement, medicines (candidates 33–39)
  {
    id: 'complement-high-dose-aav',
    candidates: [33],
    strength: 'strong_caution',
    target: { platforms: ['aav'] },
    when: all(
      isIn('immunity.complement', ['disorder_or_variant', 'prior_tma']),
      eq('target.aavDose', 'at_or_above_1e14')
    ),
    text: 'Complement disorder or past TMA with high-dose AAV: risk of fatal thrombotic microangiopathy; monitor platelets, creatinine and haemolysis for 2 weeks.',
    rationale:
      'A fatal TMA after onasemnogene occurred in an infant with a complement factor I variant; TMA occurs mostly in the first 2 weeks.',
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
  },
  {
    id: 'live-vaccine-aav-steroids',
    candidates: [34],
    strength: 'note',
    target: { platforms: ['aav'] },
    when: eq('medicines.liveVaccineDue', 'yes'),
    text: 'Live vaccine due: AAV regimens use prophylactic corticosteroids; plan vaccines around the course.',
    rationale:
      'Live vaccines are contraindicated at immunosuppressive steroid doses (≥2 mg/kg/day or ≥20 mg/day prednisone for ≥2 weeks) and should wait at least 1 month after stopping; the Zolgensma label adjusts the schedule and recommends RSV prophylaxis.',
    action:
      'Give live vaccines before the steroid course or at least 1 month after immunosuppressive doses stop; inactivated vaccines may be given; RSV prophylaxis for infants per the Zolgensma label.',
    sources: ['immunize-live-vaccines', 'zolgensma-uspi'],
    verified: true,
    basis: [
      read(
        'immunize-live-vaccines',
        'Ask the Experts',
        'wait at least 1 month after discontinuation of therapy … before administering a live virus vaccine'
      ),
      read(
        'zolgensma-uspi',
        '17 Patient counselling (copy)',
        'Prophylaxis against respiratory syncytial virus is recommended'
      )
    ],
    note: 'Candidate 34 split: planned gene-therapy steroids (AAV) vs current high-dose steroids (all platforms).'
  },
  {
    id: 'live-vaccine-current-steroids',
    candidates: [34],
    strength: 'note',
    target: { platforms: ['adv', 'lv', 'aav'] },
    when: all(eq('medicines.liveVaccineDue', 'yes'), eq('medicines.steroidDose', 'high')),
    text: 'Live vaccine due while on immunosuppressive steroid doses: defer it.',
    rationale:
      'Live vaccines are contraindicated at ≥2 mg/kg/day or ≥20 mg/day prednisone for ≥2 weeks; wait at least 1 month after stopping.',
    action: 'Defer live vaccines until at least 1 month after stopping immunosuppressive corticosteroid doses.',
    sources: ['immunize-live-vaccines'],
    verified: true,
    basis: [
      read(
        'immunize-live-vaccines',
        'Ask the Experts',
        'wait at least 1 month after discontinuation of therapy … before administering a live virus vaccine'
      )
    ],
    note: 'Split from candidate 34. "High" in the case means the immunosuppressive dose above.'
  },
  {
    id: 'anti-cd20-hbv-screen',
    candidates: [35],
    strength: 'caution',
    target: { platforms: ['aav'] },
    when: includes('medicines.current', 'anti_cd20'),
    text: 'Anti-CD20 treatment (e.g. for AAV immunomodulation): screen for hepatitis B first.',
    rationale: 'B-cell depletion can reactivate HBV; labels require HBsAg and anti-HBc screening.',
    action: 'Screen HBsAg and anti-HBc before anti-CD20 treatment.',
    sources: ['anti-cd20-label'],
    verified: true,
    note: 'The case records current medicines, not planned immunomodulation.'
  },
  {
    id: 'complement-inhibitor-meningococcal',
    candidates: [36],
    strength: 'note',
    target: { platforms: ['aav'] },
    when: includes('medicines.current', 'complement_inhibitor'),
    text: 'Complement inhibitor: meningococcal vaccination or prophylaxis is needed.',
    rationale:
      'Complement inhibitors carry a class Boxed Warning for serious meningococcal infection. Their use as TMA prophylaxis with AAV is not verified.',
    action: 'Give meningococcal vaccination (or prophylaxis) before complement inhibition.',
    sources: ['complement-inhibitor-label', 'guillou-2022'],
    verified: true
  },
  {
    id: 'hepatotoxic-drugs-liver-aav',
    candidates: [37],
    strength: 'caution',
    target: { platforms: ['aav'] },
    when: all(liverTarget, includes('medicines.current', 'hepatotoxic_drugs')),
    text: 'Hepatotoxic medicines with liver-directed AAV: stop them beforehand.',
    rationale:
      'Expert recommendations: stop hepatotoxic drugs 4–6 weeks before and monitor their use weekly to week 26.',
    action: 'Stop hepatotoxic medicines 4–6 weeks before liver-directed AAV; review use weekly to week 26.',
    sources: ['ragni-2024'],
    verified: true,
    basis: [
      read('ragni-2024', 'Table 2', 'Hepatotoxic drugs: discontinue 4-6 wk before gene therapy'),
      read('ragni-2024', 'Table 2', 'Up to week 26: monitor weekly for use of alcohol and hepatotoxic drugs')
    ],
    note: 'Candidate 37 split: medicines and alcohol have different lead times.'
  },
  {
    id: 'alcohol-liver-aav',
    candidates: [37],
    strength: 'caution',
    target: { platforms: ['aav'] },
    when: all(liverTarget, eq('medicines.alcohol', 'yes')),
    text: 'Alcohol use with liver-directed AAV: stop drinking beforehand.',
    rationale: 'Expert recommendations: stop alcohol 6–8 weeks before and monitor use weekly to week 26.',
    action: 'Stop alcohol 6–8 weeks before liver-directed AAV; review use weekly to week 26.',
    sources: ['ragni-2024'],
    verified: true,
    basis: [
      read('ragni-2024', 'Table 2', 'Alcohol use: discontinue 6-8 wk before gene therapy'),
      read('ragni-2024', 'Table 2', 'Up to week 26: monitor weekly for use of alcohol and hepatotoxic drugs')
    ],
    note: 'Split from candidate 37.'
  },
  {
    id: 'hydroxyurea-lv-mobilisation',
    candidates: [38],
    strength: 'note',
    target: { platforms: ['lv'], products: ['lyfgenia', 'zynteglo'] },
    when: all(hscTarget, includes('medicines.current', 'hydroxyurea')),
    text: 'Hydroxyurea: stop it before stem-cell mobilisation.',
    rationale:
      'Hydroxyurea lowers CD34+ yield: stop at least 2 months before each mobilisation for Lyfgenia, at least 1 month before collection for Zynteglo.',
    action:
      'Stop hydroxyurea at least 2 months before each mobilisation (Lyfgenia) or 1 month before collection (Zynteglo).',
    sources: ['lyfgenia-label', 'zynteglo-patient-info'],
    verified: true,
    basis: [
      read(
        'lyfgenia-label',
        '7 (interaction monograph quoting the maker)',
        'discontinuation of hydroxyurea for at least 2 months prior to the start of each HSC mobilization cycle, and until all cycles of apheresis have been completed'
      ),
      read(
        'zynteglo-patient-info',
        'proper use (patient leaflet)',
        'Do not use hydroxyurea or medicine to treat HIV for at least 1 month before having a procedure to collect your blood.'
      )
    ]
  },
  {
    id: 'iron-chelators-zynteglo',
    candidates: [39],
    strength: 'note',
    target: { platforms: ['lv'], products: ['zynteglo'] },
    when: all(hscTarget, includes('medicines.current', 'iron_chelators')),
    text: 'Iron chelation: stop before conditioning and avoid for 6 months after Zynteglo.',
    rationale:
      'The Zynteglo patient information asks for no iron chelators 7 days before conditioning and for 6 months after.',
    action: 'Stop iron chelators at least 7 days before conditioning; none for 6 months after infusion.',
    sources: ['zynteglo-patient-info'],
    // Patient-leaflet words only: the label's own wording on iron chelators was not read (knowledge base 2.1.0).
    verified: false,
    basis: [
      read(
        'zynteglo-patient-info',
        'proper use (patient leaflet)',
        'Do not use iron chelators for at least 7 days before receiving a cancer medicine and for 6 months after receiving this medicine.'
      )
    ]
  },
  // Product-specific (candidates 42–44)
  // Label eligibility outside the numbered candidates
  {
    id: 'factor-inhibitors-haemophilia',
    candidates: [],
    strength: 'caution',
    target: { products: ['roctavian', 'hemgenix'] },
    when: eq('condition.factorInhibitors', 'yes'),
    text: 'Factor inhibitors: not established for Roctavian; excluded from Hemgenix trials.',
    rationale:
      'Roctavian is not established with prior FVIII inhibitors; Hemgenix requires inhibitor testing and its trials excluded inhibitors.',
    sources: ['roctavian-uspi', 'hemgenix-trials-faq'],
    verified: true,
    note: 'From §4.'
  }
];

/**
 * The liver-target AAV exclusion, the cargo and tissue rules above. Each product's label criteria become
 * rules too, when a knowledge base is composed for the products of one condition (compose.ts).
 */
export const baseRules: Rule[] = [...ruleData, ...tissueRules];
