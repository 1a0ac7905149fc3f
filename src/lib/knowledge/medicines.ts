/**
 * The medicines that matter around AdV, LV and AAV therapies and their comparators (issue 20): each with its
 * generic name, common brand names and the classes the rules and the interactions list read. The wizard's
 * medicines combobox offers these (by generic or brand name); the case records a medicine by its id.
 * Loaded only where it is used (the medicines page once "Yes" is chosen, and the summary of a case that lists
 * medicines), never on the start page. Sources: `medicine-sources.ts`; docs/medicines.md.
 */
import type { Medicine } from './schema';

type Row = [
  id: string,
  name: string,
  brands: string[],
  classes: Medicine['classes'],
  sources?: string[],
  aliases?: string[]
];

/** Class memberships come from the interaction source that names the medicine, else a general reference. */
const REF = ['who-atc'];
const CYP = ['buck-2006-sirolimus'];
const BU = ['busulfan-label'];
const ABN = ['abn-2018-lumbar-puncture'];

const rows: Row[] = [
  // Corticosteroids (prophylactic steroid courses; live vaccines; the dose is asked separately)
  ['prednisolone', 'Prednisolone', ['Orapred', 'Pediapred', 'Millipred'], ['corticosteroids']],
  ['prednisone', 'Prednisone', ['Deltasone', 'Rayos'], ['corticosteroids']],
  ['methylprednisolone', 'Methylprednisolone', ['Medrol', 'Solu-Medrol'], ['corticosteroids']],
  ['dexamethasone', 'Dexamethasone', ['Decadron'], ['corticosteroids']],
  ['hydrocortisone', 'Hydrocortisone', ['Cortef', 'Solu-Cortef'], ['corticosteroids']],
  ['deflazacort', 'Deflazacort', ['Emflaza'], ['corticosteroids']],
  ['budesonide', 'Budesonide', ['Entocort', 'Pulmicort', 'Uceris'], ['corticosteroids']],
  // Immunosuppressants
  ['tacrolimus', 'Tacrolimus', ['Prograf', 'Advagraf', 'Envarsus'], ['calcineurin_inhibitors']],
  ['ciclosporin', 'Ciclosporin', ['Neoral', 'Sandimmune'], ['calcineurin_inhibitors'], REF, ['Cyclosporine']],
  ['sirolimus', 'Sirolimus', ['Rapamune'], ['other_immunosuppressants', 'mtor_inhibitors'], CYP],
  ['everolimus', 'Everolimus', ['Afinitor', 'Zortress', 'Certican'], ['other_immunosuppressants', 'mtor_inhibitors']],
  [
    'mycophenolate',
    'Mycophenolate mofetil',
    ['CellCept', 'Myfortic'],
    ['other_immunosuppressants'],
    REF,
    ['Mycophenolic acid']
  ],
  ['azathioprine', 'Azathioprine', ['Imuran'], ['other_immunosuppressants']],
  [
    'methotrexate',
    'Methotrexate',
    ['Trexall', 'Otrexup', 'Metoject'],
    ['other_immunosuppressants', 'hepatotoxic_drugs']
  ],
  ['leflunomide', 'Leflunomide', ['Arava'], ['other_immunosuppressants', 'hepatotoxic_drugs']],
  // Anti-CD20
  ['rituximab', 'Rituximab', ['Rituxan', 'MabThera', 'Truxima'], ['anti_cd20']],
  ['ocrelizumab', 'Ocrelizumab', ['Ocrevus'], ['anti_cd20']],
  ['ofatumumab', 'Ofatumumab', ['Kesimpta', 'Arzerra'], ['anti_cd20']],
  ['obinutuzumab', 'Obinutuzumab', ['Gazyva', 'Gazyvaro'], ['anti_cd20'], ['anti-cd20-label']],
  // Complement inhibitors
  ['eculizumab', 'Eculizumab', ['Soliris', 'Bkemv', 'Epysqli'], ['complement_inhibitor']],
  ['ravulizumab', 'Ravulizumab', ['Ultomiris'], ['complement_inhibitor']],
  ['zilucoplan', 'Zilucoplan', ['Zilbrysq'], ['complement_inhibitor'], ['complement-inhibitor-label']],
  ['pegcetacoplan', 'Pegcetacoplan', ['Empaveli'], ['complement_inhibitor']],
  ['iptacopan', 'Iptacopan', ['Fabhalta'], ['complement_inhibitor']],
  // Antiretrovirals, including PrEP
  ['emtricitabine-tenofovir-df', 'Emtricitabine with tenofovir disoproxil', ['Truvada'], ['antiretrovirals']],
  ['emtricitabine-tenofovir-af', 'Emtricitabine with tenofovir alafenamide', ['Descovy'], ['antiretrovirals']],
  [
    'bictegravir-combination',
    'Bictegravir, emtricitabine and tenofovir alafenamide',
    ['Biktarvy'],
    ['antiretrovirals']
  ],
  ['dolutegravir', 'Dolutegravir', ['Tivicay', 'Triumeq', 'Dovato'], ['antiretrovirals']],
  ['raltegravir', 'Raltegravir', ['Isentress'], ['antiretrovirals']],
  ['cabotegravir', 'Cabotegravir', ['Apretude', 'Vocabria', 'Cabenuva'], ['antiretrovirals']],
  ['lenacapavir', 'Lenacapavir', ['Sunlenca', 'Yeztugo'], ['antiretrovirals']],
  ['efavirenz', 'Efavirenz', ['Sustiva', 'Atripla'], ['antiretrovirals']],
  ['ritonavir', 'Ritonavir', ['Norvir', 'Paxlovid'], ['antiretrovirals', 'strong_cyp3a4_inhibitors'], CYP],
  [
    'darunavir-cobicistat',
    'Darunavir with cobicistat',
    ['Prezcobix', 'Symtuza'],
    ['antiretrovirals', 'strong_cyp3a4_inhibitors'],
    CYP
  ],
  // Sickle cell disease and thalassaemia
  [
    'hydroxyurea',
    'Hydroxyurea',
    ['Hydrea', 'Droxia', 'Siklos'],
    ['hydroxyurea'],
    ['lyfgenia-label'],
    ['Hydroxycarbamide']
  ],
  ['voxelotor', 'Voxelotor', ['Oxbryta'], ['sickle_cell_modifiers']],
  ['crizanlizumab', 'Crizanlizumab', ['Adakveo'], ['sickle_cell_modifiers']],
  ['l-glutamine', 'L-glutamine', ['Endari'], ['sickle_cell_modifiers']],
  ['deferasirox', 'Deferasirox', ['Exjade', 'Jadenu'], ['iron_chelators'], BU],
  ['deferoxamine', 'Deferoxamine', ['Desferal'], ['iron_chelators'], REF, ['Desferrioxamine']],
  ['deferiprone', 'Deferiprone', ['Ferriprox'], ['iron_chelators']],
  // Stem-cell mobilisation
  [
    'filgrastim',
    'Filgrastim (G-CSF)',
    ['Neupogen', 'Zarxio', 'Nivestym'],
    ['g_csf', 'stem_cell_mobilisers'],
    ['fitzhugh-2009-gcsf']
  ],
  ['pegfilgrastim', 'Pegfilgrastim (G-CSF)', ['Neulasta', 'Fulphila'], ['g_csf'], ['fitzhugh-2009-gcsf']],
  ['lenograstim', 'Lenograstim (G-CSF)', ['Granocyte'], ['g_csf', 'stem_cell_mobilisers'], ['fitzhugh-2009-gcsf']],
  ['plerixafor', 'Plerixafor', ['Mozobil'], ['stem_cell_mobilisers']],
  ['motixafortide', 'Motixafortide', ['Aphexda'], ['stem_cell_mobilisers']],
  // Anticoagulants and antiplatelets
  ['warfarin', 'Warfarin', ['Coumadin', 'Jantoven'], ['anticoagulants'], ABN],
  ['apixaban', 'Apixaban', ['Eliquis'], ['anticoagulants'], ABN],
  ['rivaroxaban', 'Rivaroxaban', ['Xarelto'], ['anticoagulants'], ABN],
  ['edoxaban', 'Edoxaban', ['Savaysa', 'Lixiana'], ['anticoagulants'], ABN],
  ['dabigatran', 'Dabigatran', ['Pradaxa'], ['anticoagulants'], ABN],
  ['enoxaparin', 'Enoxaparin', ['Lovenox', 'Clexane'], ['anticoagulants'], ABN],
  ['dalteparin', 'Dalteparin', ['Fragmin'], ['anticoagulants'], ABN],
  ['heparin', 'Heparin (unfractionated)', [], ['anticoagulants'], ABN],
  ['fondaparinux', 'Fondaparinux', ['Arixtra'], ['anticoagulants'], ABN],
  ['aspirin', 'Aspirin (acetylsalicylic acid)', ['Bayer', 'Ecotrin'], ['antiplatelets']],
  ['clopidogrel', 'Clopidogrel', ['Plavix'], ['antiplatelets'], ABN],
  ['prasugrel', 'Prasugrel', ['Effient', 'Efient'], ['antiplatelets'], ABN],
  ['ticagrelor', 'Ticagrelor', ['Brilinta', 'Brilique'], ['antiplatelets'], ABN],
  ['dipyridamole', 'Dipyridamole', ['Persantine', 'Aggrenox'], ['antiplatelets'], ABN],
  // Strong CYP3A4 inhibitors and inducers, and other medicines that change busulfan exposure
  ['voriconazole', 'Voriconazole', ['Vfend'], ['strong_cyp3a4_inhibitors'], CYP],
  ['posaconazole', 'Posaconazole', ['Noxafil'], ['strong_cyp3a4_inhibitors'], ['sirolimus-ketoconazole-ddi']],
  ['itraconazole', 'Itraconazole', ['Sporanox'], ['strong_cyp3a4_inhibitors'], CYP],
  ['ketoconazole', 'Ketoconazole', ['Nizoral'], ['strong_cyp3a4_inhibitors', 'hepatotoxic_drugs'], CYP],
  ['clarithromycin', 'Clarithromycin', ['Biaxin', 'Klacid'], ['strong_cyp3a4_inhibitors'], CYP],
  ['fluconazole', 'Fluconazole', ['Diflucan'], [], BU],
  ['metronidazole', 'Metronidazole', ['Flagyl'], [], BU],
  ['rifampicin', 'Rifampicin', ['Rifadin', 'Rimactane'], ['strong_cyp3a4_inducers'], CYP, ['Rifampin']],
  ['rifabutin', 'Rifabutin', ['Mycobutin'], ['strong_cyp3a4_inducers'], CYP],
  ['st-johns-wort', "St John's wort", [], ['strong_cyp3a4_inducers'], CYP, ['Hypericum']],
  // Anticonvulsants
  ['phenytoin', 'Phenytoin', ['Dilantin', 'Epanutin'], ['anticonvulsants', 'strong_cyp3a4_inducers'], CYP],
  ['carbamazepine', 'Carbamazepine', ['Tegretol', 'Carbatrol'], ['anticonvulsants', 'strong_cyp3a4_inducers'], CYP],
  [
    'phenobarbital',
    'Phenobarbital',
    ['Luminal'],
    ['anticonvulsants', 'strong_cyp3a4_inducers'],
    CYP,
    ['Phenobarbitone']
  ],
  [
    'valproate',
    'Valproate',
    ['Depakote', 'Epilim', 'Depakine'],
    ['anticonvulsants', 'hepatotoxic_drugs'],
    REF,
    ['Valproic acid', 'Sodium valproate']
  ],
  ['levetiracetam', 'Levetiracetam', ['Keppra'], ['anticonvulsants']],
  ['lamotrigine', 'Lamotrigine', ['Lamictal'], ['anticonvulsants']],
  ['clonazepam', 'Clonazepam', ['Klonopin', 'Rivotril'], ['anticonvulsants']],
  // Medicines that can harm the liver
  [
    'paracetamol',
    'Paracetamol (acetaminophen), usual doses',
    ['Tylenol', 'Panadol', 'Calpol'],
    [],
    BU,
    ['Acetaminophen']
  ],
  [
    'paracetamol-high-dose',
    'Paracetamol (acetaminophen), high doses',
    [],
    ['hepatotoxic_drugs'],
    BU,
    ['Acetaminophen']
  ],
  ['isoniazid', 'Isoniazid', ['Nydrazid'], ['hepatotoxic_drugs']],
  ['amiodarone', 'Amiodarone', ['Cordarone', 'Pacerone'], ['hepatotoxic_drugs']],
  ['isotretinoin', 'Isotretinoin', ['Accutane', 'Absorica', 'Roaccutane'], []],
  // Haemophilia: factor concentrates and emicizumab
  ['emicizumab', 'Emicizumab', ['Hemlibra'], ['factor_replacement'], ['ash-sap-emicizumab-labs']],
  [
    'factor-viii',
    'Factor VIII concentrate',
    ['Advate', 'Eloctate', 'Altuviiio', 'Kovaltry', 'Esperoct'],
    ['factor_replacement'],
    REF,
    ['Octocog alfa', 'Efanesoctocog alfa']
  ],
  [
    'factor-ix',
    'Factor IX concentrate',
    ['BeneFIX', 'Alprolix', 'Idelvion', 'Rebinyn'],
    ['factor_replacement'],
    REF,
    ['Nonacog alfa', 'Eftrenonacog alfa']
  ],
  ['concizumab', 'Concizumab', ['Alhemo'], ['factor_replacement']],
  ['marstacimab', 'Marstacimab', ['Hympavzi'], ['factor_replacement']],
  ['fitusiran', 'Fitusiran', ['Qfitlia'], ['factor_replacement']],
  // Spinal muscular atrophy
  ['nusinersen', 'Nusinersen', ['Spinraza'], ['sma_treatments']],
  ['risdiplam', 'Risdiplam', ['Evrysdi'], ['sma_treatments']],
  // Interferons
  [
    'interferon-alfa',
    'Interferon alfa',
    ['Intron A', 'Pegasys', 'Besremi'],
    ['interferons'],
    ['adstiladrin-label'],
    ['Peginterferon alfa']
  ],
  ['interferon-beta', 'Interferon beta', ['Avonex', 'Rebif', 'Plegridy', 'Betaseron'], ['interferons']],
  // RSV prophylaxis (recommended with Zolgensma's steroid course)
  ['palivizumab', 'Palivizumab', ['Synagis'], [], ['zolgensma-uspi']],
  ['nirsevimab', 'Nirsevimab', ['Beyfortus'], [], ['zolgensma-uspi']],
  // Live vaccines (given recently or planned)
  [
    'mmr-vaccine',
    'Measles, mumps and rubella vaccine (live)',
    ['M-M-R II', 'Priorix', 'ProQuad'],
    ['live_vaccines'],
    ['immunize-live-vaccines'],
    ['MMR']
  ],
  [
    'varicella-vaccine',
    'Varicella vaccine (live)',
    ['Varivax'],
    ['live_vaccines'],
    ['immunize-live-vaccines'],
    ['Chickenpox vaccine']
  ],
  [
    'rotavirus-vaccine',
    'Rotavirus vaccine (live)',
    ['RotaTeq', 'Rotarix'],
    ['live_vaccines'],
    ['immunize-live-vaccines']
  ],
  [
    'yellow-fever-vaccine',
    'Yellow fever vaccine (live)',
    ['YF-Vax', 'Stamaril'],
    ['live_vaccines'],
    ['immunize-live-vaccines']
  ],
  ['bcg-vaccine', 'BCG vaccine (live)', [], ['live_vaccines'], ['immunize-live-vaccines'], ['Tuberculosis vaccine']],
  [
    'live-influenza-vaccine',
    'Influenza vaccine, live nasal',
    ['FluMist', 'Fluenz'],
    ['live_vaccines'],
    ['immunize-live-vaccines'],
    ['LAIV']
  ]
];

export const medicines: Medicine[] = rows.map(([id, name, brands, classes, sources = REF, aliases]) => ({
  id,
  name,
  ...(aliases ? { aliases } : {}),
  brands,
  classes,
  sources
}));
