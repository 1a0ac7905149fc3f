/**
 * The rules: data with a closed set of operators (see schema.ts `Condition`), evaluated
 * three-valued by the engine. `candidates` maps each rule to the numbered candidate rules at
 * the end of the clinical reference; `note` says why candidates were split or merged.
 * Thresholds live here, never in the engine.
 */
import type { Rule } from './schema';
import { all, any, eq, gt, gte, includes, isIn, lte, not } from './build';

const LIVER_PRODUCTS = ['roctavian', 'hemgenix'];
const advancedLiver = isIn('liver.fibrosis', ['advanced', 'cirrhosis']);
const liverTarget = eq('target.tissue', 'liver');
const activeHepatitis = any(eq('infections.hbv', 'active'), eq('infections.hcv', 'active'));
const hivPositive = isIn('infections.hiv', ['positive_controlled', 'positive_uncontrolled']);
const under2 = isIn('patient.ageBand', ['neonate', 'infant']);
const under12 = isIn('patient.ageBand', ['neonate', 'infant', 'child']);
const priorCapsid = (s: string) => includes('priorTherapyDetails.aavSerotypes', s);

export const rules: Rule[] = [
  // Anti-capsid antibodies and product thresholds (candidates 1–5, 8)
  {
    id: 'roctavian-aav5-antibodies',
    candidates: [1],
    strength: 'exclude',
    target: { products: ['roctavian'] },
    when: eq('aavAntibodies.AAV5.result', 'detected'),
    text: 'Anti-AAV5 antibodies were detected: Roctavian must not be given.',
    rationale:
      'The label restricts Roctavian to adults without anti-AAV5 antibodies on an FDA-approved companion test; antibodies neutralise the capsid before it reaches the liver.',
    sources: ['roctavian-uspi', 'blood-2006-low-nab'],
    verified: true
  },
  {
    id: 'hemgenix-aav5-high-titre',
    candidates: [2],
    strength: 'strong_caution',
    target: { products: ['hemgenix'] },
    when: gt('aavAntibodies.AAV5.titre', 898),
    text: 'Anti-AAV5 neutralising titre above 1:898: Hemgenix may fail to express factor IX.',
    rationale:
      'The EU SmPC says titres above 1:898 (extended assay) may impede expression; one patient at 1:3212 had no factor IX expression.',
    sources: ['hemgenix-label'],
    verified: true,
    note: 'Split from candidate 2 by titre band.'
  },
  {
    id: 'hemgenix-aav5-low-titre',
    candidates: [2],
    strength: 'note',
    target: { products: ['hemgenix'] },
    when: all(eq('aavAntibodies.AAV5.result', 'detected'), lte('aavAntibodies.AAV5.titre', 898)),
    text: 'Anti-AAV5 antibodies at or below 1:898: Hemgenix remains an option; factor IX may be lower.',
    rationale:
      'In the US, anti-AAV5 antibodies are measured but do not exclude; patients up to 1:678 (clinical assay) responded with numerically lower factor IX.',
    sources: ['hemgenix-label'],
    verified: true,
    note: 'Split from candidate 2 by titre band.'
  },
  {
    id: 'zolgensma-aav9-titre',
    candidates: [3],
    strength: 'strong_caution',
    target: { products: ['zolgensma'] },
    when: gt('aavAntibodies.AAV9.titre', 50),
    text: 'Anti-AAV9 titre above 1:50: defer Zolgensma and retest.',
    rationale:
      'Safety and efficacy above 1:50 are not established; in infants the antibodies are often maternal and fall (half-life 18–59 days), so retesting can allow dosing.',
    sources: ['zolgensma-uspi', 'day-2021', 'van-olden-mda'],
    verified: true
  },
  {
    id: 'elevidys-aavrh74-titre',
    candidates: [4],
    strength: 'exclude',
    target: { products: ['elevidys'] },
    when: gte('aavAntibodies.AAVrh74.titre', 400),
    text: 'Anti-AAVrh74 antibody titre of 1:400 or more: Elevidys is not recommended.',
    rationale: 'The label selects patients with total binding antibody titres below 1:400.',
    sources: ['elevidys-uspi-2023'],
    verified: true,
    note: 'The label threshold is for a total binding antibody assay; a titre from another assay should be confirmed on that assay.'
  },
  {
    id: 'beqvez-aavrh74var-antibodies',
    candidates: [5],
    strength: 'exclude',
    target: { products: ['beqvez'] },
    when: eq('aavAntibodies.AAVrh74var.result', 'detected'),
    text: 'Anti-AAVRh74var antibodies were detected: Beqvez is not indicated.',
    rationale:
      'Beqvez was approved only for patients without AAVRh74var neutralising antibodies on an FDA-approved test.',
    sources: ['beqvez-approval-2024'],
    verified: true,
    note: 'Split from candidate 5 (antibodies vs discontinuation).'
  },
  {
    id: 'beqvez-discontinued',
    candidates: [5],
    strength: 'note',
    target: { products: ['beqvez'] },
    when: eq('patient.indication', 'haemophilia_b'),
    text: 'Beqvez has been discontinued by its maker (Feb 2025).',
    rationale: 'An approved product that is no longer marketed cannot be a practical option.',
    sources: ['aabb-2025-beqvez'],
    verified: true,
    note: 'Split from candidate 5.'
  },
  {
    id: 'neonate-maternal-aav9-antibodies',
    candidates: [8],
    strength: 'caution',
    target: { platforms: ['aav'] },
    when: all(eq('patient.ageBand', 'neonate'), gt('aavAntibodies.AAV9.titre', 50)),
    text: 'Raised anti-AAV9 titre under 3 months of age: likely maternal; retest every 2–4 weeks.',
    rationale:
      'Elevated titres are far commoner at ≤3 months (18.2%) than at ≥21 months (1.1%) and fall over weeks; one infant reached 1:12.5 at 6 weeks and was treated.',
    sources: ['day-2023', 'van-olden-mda', 'jnd-2024-retest'],
    verified: true
  },
  // DMD genotype and ambulation (candidates 6, 7)
  {
    id: 'elevidys-exon-8-9-deletion',
    candidates: [6],
    strength: 'exclude',
    target: { products: ['elevidys'] },
    when: eq('condition.dmdDeletion', 'exon_8_or_9'),
    text: 'DMD deletion involving exon 8 and/or 9: Elevidys is contraindicated.',
    rationale: 'These patients developed T-cell immune-mediated myositis against the micro-dystrophin transgene.',
    sources: ['elevidys-uspi-2023', 'potter-2025'],
    verified: true,
    note: 'Split from candidate 6 by deletion region.'
  },
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
    id: 'elevidys-non-ambulatory',
    candidates: [7],
    strength: 'exclude',
    target: { products: ['elevidys'] },
    when: eq('condition.ambulatory', 'no'),
    text: 'Not ambulatory: Elevidys is no longer indicated (Nov 2025 label).',
    rationale:
      'Two non-ambulatory boys died of acute liver failure (June 2025); the November 2025 label removed the non-ambulatory indication and added a Boxed Warning.',
    sources: ['fda-elevidys-2025-06', 'fda-elevidys-2025-11'],
    verified: true
  },
  {
    id: 'elevidys-under-4',
    candidates: [7],
    strength: 'exclude',
    target: { products: ['elevidys'] },
    when: under2,
    text: 'Under 2 years: below the Elevidys age limit of 4 years.',
    rationale: 'The Nov 2025 label covers ambulatory patients 4 years and older.',
    sources: ['fda-elevidys-2025-11'],
    verified: true,
    note: 'Split from candidate 7: the same label update sets the age limit. The child band (2–11 y) cannot show age ≥4, so see elevidys-child-age-check.'
  },
  {
    id: 'elevidys-child-age-check',
    candidates: [7],
    strength: 'note',
    target: { products: ['elevidys'] },
    when: eq('patient.ageBand', 'child'),
    text: 'Confirm the child is at least 4 years old before Elevidys.',
    rationale: 'The age band 2–11 years straddles the label limit of 4 years.',
    sources: ['fda-elevidys-2025-11'],
    verified: true,
    note: 'Split from candidate 7.'
  },
  // Liver (candidates 9–12, 32)
  {
    id: 'advanced-fibrosis-liver-aav-products',
    candidates: [9],
    strength: 'exclude',
    target: { products: LIVER_PRODUCTS },
    when: advancedLiver,
    text: 'Advanced fibrosis or cirrhosis: Roctavian and Hemgenix are contraindicated.',
    rationale:
      'Both labels contraindicate significant fibrosis (stage 3–4) or cirrhosis; the liver is the target and the main site of toxicity.',
    sources: ['roctavian-uspi', 'hemgenix-label'],
    verified: true,
    note: 'Candidate 9 split by platform: liver-directed products, systemic AAV, LV conditioning.'
  },
  {
    id: 'advanced-fibrosis-systemic-aav',
    candidates: [9],
    strength: 'strong_caution',
    target: { platforms: ['aav'] },
    when: all(advancedLiver, not(eq('target.route', 'local'))),
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
    when: advancedLiver,
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
    note: 'Split from candidate 10. The case records ALT/AST only, not bilirubin.'
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
    verified: true
  },
  {
    id: 'autoimmune-hepatitis-liver-aav',
    candidates: [12],
    strength: 'exclude',
    target: { platforms: ['aav'], products: LIVER_PRODUCTS },
    when: all(liverTarget, eq('immunity.autoimmune', 'autoimmune_hepatitis')),
    text: 'Autoimmune hepatitis: liver-directed AAV is contraindicated (expert recommendation).',
    rationale: 'Expert liver-management recommendations for Roctavian list autoimmune hepatitis as a contraindication.',
    sources: ['bloodadv-2024-roctavian-liver'],
    verified: true
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
    verified: true
  },
  // Infections (candidates 13–17)
  {
    id: 'acute-infection-liver-aav-products',
    candidates: [13],
    strength: 'exclude',
    target: { products: LIVER_PRODUCTS },
    when: eq('infections.acuteInfection', 'yes'),
    text: 'Active infection: Roctavian and Hemgenix are contraindicated until it resolves.',
    rationale: 'Both labels contraindicate active acute or uncontrolled chronic infection.',
    sources: ['roctavian-uspi', 'hemgenix-label'],
    verified: true,
    note: 'Candidate 13 split: liver products (contraindicated) vs other AAV (postpone) vs LV (defer).'
  },
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
    text: 'HIV positive: LV stem-cell therapy needs screening, antiretroviral planning around collection, and HIV tests that do not target the LTR afterwards.',
    rationale:
      'HIV screening is required before apheresis, the label asks that HIV medicines are not taken for at least 1 month before collection, and LTR/gag-targeting HIV NATs give false positives after LV therapy.',
    sources: ['skysona-label', 'zynteglo-patient-info', 'villalba-2022'],
    verified: true,
    note: 'Candidate 15 split: LV vs liver AAV vs uncontrolled HIV and Hemgenix.'
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
    id: 'hemgenix-uncontrolled-hiv',
    candidates: [15],
    strength: 'strong_caution',
    target: { products: ['hemgenix'] },
    when: eq('infections.hiv', 'positive_uncontrolled'),
    text: 'Uncontrolled HIV: Hemgenix trials excluded these patients.',
    rationale: 'No trial data exist for uncontrolled HIV.',
    sources: ['hemgenix-trials-faq'],
    verified: true,
    note: 'Split from candidate 15.'
  },
  {
    id: 'antiretrovirals-lv-collection',
    candidates: [16],
    strength: 'caution',
    target: { platforms: ['lv'] },
    when: includes('medicines.current', 'antiretrovirals'),
    text: 'Taking antiretrovirals (treatment or PrEP): the label asks for a pause of at least 1 month before stem-cell collection.',
    rationale:
      'The Zynteglo patient information says not to take HIV medicines for at least 1 month before collection; stopping treatment needs the HIV physician.',
    action:
      'Plan with the HIV physician: the label asks that HIV medicines (treatment or PrEP) are not taken for at least 1 month before stem-cell collection; stopping antiretroviral treatment needs specialist planning.',
    sources: ['zynteglo-patient-info'],
    verified: true
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
    target: { platforms: ['adv'], products: ['adstiladrin'] },
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
    verified: true
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
    strength: 'exclude',
    target: { platforms: ['aav'] },
    when: gt('target.cargoKb', 4.7),
    text: 'Cargo above about 4.7 kb: too large for a single AAV vector (consider a mini-gene or a dual vector).',
    rationale: 'The single-stranded AAV genome holds about 4.7 kb (comparison tables give 4.5 kb).',
    sources: ['moltherapy-2025-vectors', 'pharmaceutics-2021'],
    verified: true,
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
  {
    id: 'luxturna-viable-cells',
    candidates: [25],
    strength: 'exclude',
    target: { products: ['luxturna'] },
    when: eq('condition.viableRetinalCells', 'no'),
    text: 'Not enough viable retinal cells: Luxturna cannot help.',
    rationale: 'Luxturna is indicated only with sufficient viable retinal cells.',
    sources: ['luxturna-uspi', 'nice-hst11'],
    verified: true,
    note: 'Split from candidate 25.'
  },
  {
    id: 'luxturna-under-12-months',
    candidates: [25],
    strength: 'exclude',
    target: { products: ['luxturna'] },
    when: eq('patient.ageBand', 'neonate'),
    text: 'Under 3 months: Luxturna is not recommended under 12 months.',
    rationale: 'The label does not recommend use under 12 months.',
    sources: ['luxturna-uspi'],
    verified: true,
    note: 'Split from candidate 25. The infant band (3–23 months) straddles the limit: see luxturna-infant-age-check.'
  },
  {
    id: 'luxturna-infant-age-check',
    candidates: [25],
    strength: 'note',
    target: { products: ['luxturna'] },
    when: eq('patient.ageBand', 'infant'),
    text: 'Confirm the infant is at least 12 months old before Luxturna.',
    rationale: 'The label does not recommend use under 12 months.',
    sources: ['luxturna-uspi'],
    verified: true,
    note: 'Split from candidate 25.'
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
    strength: 'exclude',
    target: { products: ['zolgensma', 'itvisma'] },
    when: priorCapsid('AAV9'),
    text: 'Previous AAV9 therapy: repeat AAV9 dosing is not evaluated.',
    rationale: 'Repeat Zolgensma administration has not been evaluated; antibodies block the same capsid.',
    sources: ['zolgensma-uspi', 'blood-2022-dog-ltfu'],
    verified: true,
    note: 'Split from candidate 27.'
  },
  {
    id: 'prior-aavrh74-same-capsid',
    candidates: [27],
    strength: 'exclude',
    target: { products: ['elevidys'] },
    when: priorCapsid('AAVrh74'),
    text: 'Previous AAVrh74 therapy: Elevidys re-administration is not recommended.',
    rationale: 'The label does not recommend re-administration.',
    sources: ['elevidys-uspi-2023'],
    verified: true,
    note: 'Split from candidate 27.'
  },
  {
    id: 'prior-aav5-same-capsid',
    candidates: [27],
    strength: 'exclude',
    target: { products: LIVER_PRODUCTS },
    when: priorCapsid('AAV5'),
    text: 'Previous AAV5 therapy: a further AAV5 haemophilia gene therapy is not possible.',
    rationale: 'After Roctavian a similar haemophilia gene therapy cannot be given; antibodies block the same capsid.',
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
  {
    id: 'prior-hsc-gene-therapy',
    candidates: [28],
    strength: 'exclude',
    target: { products: ['zynteglo'] },
    when: eq('priorTherapyDetails.hscGeneTherapy', 'yes'),
    text: 'Previous stem-cell gene therapy: Zynteglo is contraindicated (EU).',
    rationale: 'The EU SmPC lists previous HSC gene therapy as a contraindication.',
    sources: ['zynteglo-label'],
    verified: true
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
    id: 'skysona-hla-donor',
    candidates: [30],
    strength: 'exclude',
    target: { products: ['skysona'] },
    when: eq('condition.hlaMatchedDonor', 'yes'),
    text: 'HLA-matched donor available: Skysona is now restricted to patients without one (Aug 2025); allogeneic transplant is preferred.',
    rationale: 'After malignancies in 15% of trial participants the indication was restricted.',
    sources: ['fda-skysona-2025-08'],
    verified: true,
    note: 'Candidate 30 split: Skysona (US restriction) and Zynteglo (EU indication).'
  },
  {
    id: 'zynteglo-hla-donor',
    candidates: [30],
    strength: 'caution',
    target: { products: ['zynteglo'] },
    when: eq('condition.hlaMatchedDonor', 'yes'),
    text: 'HLA-matched donor available: the EU indication of Zynteglo covers only patients without an HLA-matched related donor.',
    rationale: 'EU indication text.',
    sources: ['zynteglo-label'],
    verified: true,
    note: 'Split from candidate 30; the US indication has no donor condition.'
  },
  {
    id: 'pregnancy-lv',
    candidates: [31],
    strength: 'exclude',
    target: { platforms: ['lv'], products: ['zynteglo'] },
    when: isIn('patient.pregnancy', ['pregnant', 'breastfeeding']),
    text: 'Pregnant or breast-feeding: myeloablative LV stem-cell therapy is contraindicated.',
    rationale: 'The Zynteglo EU SmPC contraindicates pregnancy and breast-feeding.',
    sources: ['zynteglo-label'],
    verified: true,
    note: 'Candidate 31 split by platform.'
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
    verified: true
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
    note: 'Split from candidate 37.'
  },
  {
    id: 'hydroxyurea-lv-mobilisation',
    candidates: [38],
    strength: 'note',
    target: { platforms: ['lv'], products: ['lyfgenia', 'zynteglo'] },
    when: includes('medicines.current', 'hydroxyurea'),
    text: 'Hydroxyurea: stop it before stem-cell mobilisation.',
    rationale:
      'Hydroxyurea lowers CD34+ yield: stop at least 2 months before each mobilisation for Lyfgenia, at least 1 month before collection for Zynteglo.',
    action:
      'Stop hydroxyurea at least 2 months before each mobilisation (Lyfgenia) or 1 month before collection (Zynteglo).',
    sources: ['lyfgenia-label', 'zynteglo-patient-info'],
    verified: true
  },
  {
    id: 'iron-chelators-zynteglo',
    candidates: [39],
    strength: 'note',
    target: { platforms: ['lv'], products: ['zynteglo'] },
    when: includes('medicines.current', 'iron_chelators'),
    text: 'Iron chelation: stop before conditioning and avoid for 6 months after Zynteglo.',
    rationale:
      'The Zynteglo patient information asks for no iron chelators 7 days before conditioning and for 6 months after.',
    action: 'Stop iron chelators at least 7 days before conditioning; none for 6 months after infusion.',
    sources: ['zynteglo-patient-info'],
    verified: true
  },
  // Product-specific (candidates 42–44)
  {
    id: 'zolgensma-premature',
    candidates: [42],
    strength: 'caution',
    target: { products: ['zolgensma'] },
    when: all(eq('patient.ageBand', 'neonate'), eq('patient.premature', 'yes')),
    text: 'Premature neonate: delay Zolgensma until full-term gestational age.',
    rationale: 'The label asks to delay infusion in premature neonates.',
    sources: ['zolgensma-uspi'],
    verified: true
  },
  {
    id: 'kebilidi-skull-immature',
    candidates: [43],
    strength: 'exclude',
    target: { products: ['kebilidi'] },
    when: eq('condition.skullMature', 'no'),
    text: 'Skull maturity not reached: Kebilidi is contraindicated.',
    rationale: 'Stereotactic intraputaminal delivery needs a mature skull on imaging.',
    sources: ['kebilidi-label'],
    verified: true
  },
  {
    id: 'adstiladrin-cystectomy-plan',
    candidates: [44],
    strength: 'note',
    target: { products: ['adstiladrin'] },
    when: all(eq('condition.bcgUnresponsiveCis', 'yes'), eq('condition.cystectomyEligible', 'yes')),
    text: 'If there is no complete response at 3 months, or CIS recurs, consider cystectomy.',
    rationale: 'Delaying cystectomy can lead to muscle-invasive or metastatic disease.',
    sources: ['adstiladrin-label'],
    verified: true
  },
  // Label eligibility outside the numbered candidates
  {
    id: 'zolgensma-age',
    candidates: [],
    strength: 'exclude',
    target: { products: ['zolgensma'] },
    when: not(under2),
    text: '2 years or older: IV Zolgensma is labelled (US) for children under 2 years; see Itvisma.',
    rationale: 'US label age limit; EU/Canada use a weight limit of 21 kg.',
    sources: ['zolgensma-uspi'],
    verified: true,
    note: 'From the Zolgensma label (§4 of the reference).'
  },
  {
    id: 'itvisma-age',
    candidates: [],
    strength: 'exclude',
    target: { products: ['itvisma'] },
    when: under2,
    text: 'Under 2 years: Itvisma is approved from 2 years of age.',
    rationale: 'Itvisma is the intrathecal fixed-dose product for 2 years and older.',
    sources: ['itvisma-approval-2025'],
    verified: true,
    note: 'From the Itvisma approval (§4).'
  },
  {
    id: 'sma-smn1-not-biallelic',
    candidates: [],
    strength: 'exclude',
    target: { products: ['zolgensma', 'itvisma'] },
    when: eq('condition.smn1Biallelic', 'no'),
    text: 'No bi-allelic SMN1 mutations: onasemnogene is indicated only with bi-allelic SMN1 mutations.',
    rationale: 'Indication text.',
    sources: ['zolgensma-uspi'],
    verified: true,
    note: 'From the Zolgensma indication (§4).'
  },
  {
    id: 'haemophilia-adult-only',
    candidates: [],
    strength: 'exclude',
    target: { products: ['roctavian', 'hemgenix', 'beqvez'] },
    when: under12,
    text: 'Child: the haemophilia gene therapies are approved for adults.',
    rationale: 'Roctavian, Hemgenix and Beqvez are indicated for adults.',
    sources: ['roctavian-uspi', 'hemgenix-label', 'beqvez-approval-2024'],
    verified: true,
    note: 'From the indications (§4). Adolescents fall outside the adult label too: see haemophilia-adolescent.'
  },
  {
    id: 'haemophilia-adolescent',
    candidates: [],
    strength: 'strong_caution',
    target: { products: ['roctavian', 'hemgenix', 'beqvez'] },
    when: eq('patient.ageBand', 'adolescent'),
    text: 'Adolescent: the haemophilia gene therapies are approved for adults only.',
    rationale: 'Growing liver and adult-only indications.',
    sources: ['roctavian-uspi', 'hemgenix-label', 'binny-2012'],
    verified: true,
    note: 'From the indications (§4).'
  },
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
  },
  {
    id: 'lyfgenia-age-voc',
    candidates: [],
    strength: 'exclude',
    target: { products: ['lyfgenia'] },
    when: any(under12, eq('condition.vocHistory', 'no')),
    text: 'Lyfgenia is for sickle cell disease from 12 years with a history of vaso-occlusive events.',
    rationale: 'Indication text.',
    sources: ['lyfgenia-label'],
    verified: true,
    note: 'From §4.'
  },
  {
    id: 'zynteglo-eu-restrictions',
    candidates: [],
    strength: 'caution',
    target: { products: ['zynteglo'] },
    when: any(under12, eq('condition.tdtGenotype', 'b0_b0')),
    text: 'Under 12 years or β0/β0 genotype: outside the EU indication of Zynteglo (the US indication has neither limit).',
    rationale: 'EU indication: 12 years and older, non-β0/β0.',
    sources: ['zynteglo-label'],
    verified: true,
    note: 'From §4.'
  },
  {
    id: 'lenmeldy-stage',
    candidates: [],
    strength: 'exclude',
    target: { products: ['lenmeldy'] },
    when: eq('condition.mldEligibleStage', 'no'),
    text: 'MLD stage outside the approved indication of Lenmeldy.',
    rationale:
      'Approved for pre-symptomatic late-infantile, pre-symptomatic early-juvenile and early-symptomatic early-juvenile MLD.',
    sources: ['lenmeldy-approval'],
    verified: true,
    note: 'From §4.'
  },
  {
    id: 'adstiladrin-indication',
    candidates: [],
    strength: 'exclude',
    target: { products: ['adstiladrin'] },
    when: eq('condition.bcgUnresponsiveCis', 'no'),
    text: 'Not BCG-unresponsive NMIBC with carcinoma in situ: outside the Adstiladrin indication.',
    rationale: 'Indication text.',
    sources: ['adstiladrin-label'],
    verified: true,
    note: 'From §4.'
  },
  {
    id: 'adstiladrin-interferon-hypersensitivity',
    candidates: [],
    strength: 'exclude',
    target: { products: ['adstiladrin'] },
    when: eq('condition.interferonHypersensitivity', 'yes'),
    text: 'Past hypersensitivity to interferon alfa: Adstiladrin is contraindicated.',
    rationale: 'Label contraindication (the transgene is interferon alfa-2b).',
    sources: ['adstiladrin-label'],
    verified: true,
    note: 'From §4.'
  },
  {
    id: 'immunodeficiency-zynteglo',
    candidates: [],
    strength: 'caution',
    target: { products: ['zynteglo'] },
    when: eq('immunity.primaryImmunodeficiency', 'yes'),
    text: 'Significant immunodeficiency: payer criteria exclude it for Zynteglo.',
    rationale: 'Payer policy lists significant immunodeficiency among exclusions.',
    sources: ['cigna-zynteglo'],
    verified: true,
    note: 'From §8 (payer criteria).'
  }
];
