/**
 * The glossary: the terms the tool uses, in plain words. Data only. `aliases` are the spellings linked in
 * the tool's text (see `terms.ts`); a definition that states a clinical fact cites knowledge-base sources.
 */
export type GlossaryEntry = {
  id: string;
  term: string;
  aliases: string[];
  definition: string;
  sources: string[];
};

export const GLOSSARY: GlossaryEntry[] = [
  {
    id: 'alt-ast',
    term: 'ALT and AST',
    aliases: ['ALT', 'AST'],
    definition:
      'Liver enzymes measured in a blood test. They rise when liver cells are injured; after liver-directed AAV, an immune response against the capsid can raise them and cost expression.',
    sources: ['perrin-2019']
  },
  {
    id: 'capsid',
    term: 'Capsid and serotype',
    aliases: ['capsids', 'capsid', 'serotypes', 'serotype'],
    definition:
      'The capsid is the protein shell that carries the vector genome. AAV capsids come in variants called serotypes (for example AAV5, AAV9, AAVrh74); the serotype decides which tissues the vector reaches and which antibodies block it.',
    sources: ['jbiomedsci-2025', 'blood-2022-dog-ltfu']
  },
  {
    id: 'car-t',
    term: 'CAR-T cell therapy',
    aliases: ['CAR-T'],
    definition:
      'The patient’s own T cells, modified outside the body to carry a chimeric antigen receptor that recognises a cancer, then given back. Tisagenlecleucel is made with a lentiviral vector; approved BCMA- and CD19-directed CAR-T products carry a Boxed Warning for T-cell malignancies.',
    sources: ['laetsch-2018', 'fda-cart-2024']
  },
  {
    id: 'companion-diagnostic',
    term: 'Companion diagnostic',
    aliases: ['companion test', 'companion diagnostic'],
    definition:
      'A test named in a product’s label to select patients. Roctavian’s label asks for no anti-AAV5 antibodies on an FDA-approved test, a total-antibody assay; a result from another assay does not answer that criterion.',
    sources: ['roctavian-uspi', 'arup-aav5-total-antibody']
  },
  {
    id: 'dividing-cells',
    term: 'Dividing and non-dividing cells',
    aliases: ['non-dividing cells', 'dividing cells', 'dividing'],
    definition:
      'Some target cells keep dividing (stem cells, a growing infant’s liver); others rarely divide (neurons, retina, adult liver). A vector genome that is not built into the chromosomes is diluted each time a cell divides.',
    sources: ['binny-2012', 'sabatino-2022']
  },
  {
    id: 'episomal',
    term: 'Episomal',
    aliases: ['episomal'],
    definition:
      'Kept in the nucleus as a separate piece of DNA rather than built into a chromosome. Most recombinant AAV DNA stays episomal, so it is not copied when the cell divides.',
    sources: ['sabatino-2022', 'binny-2012']
  },
  {
    id: 'ex-vivo',
    term: 'Ex vivo and in vivo',
    aliases: ['ex vivo', 'in vivo'],
    definition:
      'Ex vivo: cells are collected, modified with the vector in the laboratory and returned to the patient. In vivo: the vector is given into the body. All approved lentiviral products are ex vivo.',
    sources: ['zynteglo-label', 'skysona-label']
  },
  {
    id: 'expression',
    term: 'Expression (onset and duration)',
    aliases: ['expression'],
    definition:
      'The making of the protein encoded by the delivered gene. How soon it starts and how long it lasts differ by platform: adenoviral expression is short-term, integrated lentiviral genomes are passed to daughter cells.',
    sources: ['pmc4387942', 'moltherapy-2025-vectors']
  },
  {
    id: 'fibrosis',
    term: 'Liver fibrosis stages (F0 to F4)',
    aliases: ['fibrosis', 'cirrhosis'],
    definition:
      'Scarring of the liver graded from F0 (none) to F4 (cirrhosis); F3 is advanced fibrosis. The Roctavian and Hemgenix labels contraindicate stage 3–4 fibrosis or cirrhosis.',
    sources: ['roctavian-uspi', 'hemgenix-label']
  },
  {
    id: 'genotoxicity',
    term: 'Genotoxicity',
    aliases: ['genotoxicity'],
    definition:
      'Harm to a cell’s genome. For vectors, the main concern is insertional mutagenesis by integrating vectors; strong enhancers in the vector drive most of the risk.',
    sources: ['maruggi-2009']
  },
  {
    id: 'hsc',
    term: 'Haematopoietic stem cell (HSC)',
    aliases: ['haematopoietic stem cells', 'haematopoietic stem cell', 'HSC'],
    definition:
      'A bone-marrow stem cell that divides to make every kind of blood cell for life. Because it divides, only a vector that integrates into its chromosomes is passed on to every daughter cell.',
    sources: ['moltherapy-2025-vectors']
  },
  {
    id: 'immunogenicity',
    term: 'Immunogenicity and pre-existing immunity',
    aliases: ['immunogenicity', 'pre-existing immunity'],
    definition:
      'Immunogenicity is how strongly a vector provokes the immune system; adenoviral vectors provoke strong responses. Pre-existing immunity means antibodies or T cells from an earlier natural infection or treatment, which can block a vector.',
    sources: ['pmc4387942', 'calcedo-2009']
  },
  {
    id: 'insertional-mutagenesis',
    term: 'Insertional mutagenesis',
    aliases: ['insertional mutagenesis', 'insertional oncogenesis'],
    definition:
      'A change in a cell’s genes caused by the vector inserting its DNA, for example next to a gene that drives cell growth. Gamma-retroviral vectors caused leukaemias this way in SCID-X1 and Wiskott–Aldrich syndrome trials.',
    sources: ['hacein-bey-abina-2008', 'braun-2014']
  },
  {
    id: 'integration',
    term: 'Integration',
    aliases: ['integrating vectors', 'integrating vector', 'integration', 'integrating', 'integrated'],
    definition:
      'The vector’s DNA is built into a chromosome of the cell, so it is copied whenever the cell divides. Lentiviral and gamma-retroviral vectors integrate; AAV and adenoviral vectors mostly do not.',
    sources: ['moltherapy-2025-vectors', 'sabatino-2022']
  },
  {
    id: 'label-criteria',
    term: 'Label criteria',
    aliases: ['label criteria', 'label criterion'],
    definition:
      'Who a product’s label is for (its inclusions: condition, genotype, age, sex, stage, donor, antibody test) and whom it excludes. The summary checks each one against the recorded answers: a criterion that is not answered is never counted as met, so the product reads “check needed”, not “meets the label criteria”.',
    sources: []
  },
  {
    id: 'long-term-follow-up',
    term: 'Long-term follow-up (LTFU)',
    aliases: ['long-term follow-up', 'LTFU'],
    definition:
      'Planned checks for years after gene therapy, to find delayed effects such as cancers. FDA guidance is risk-based, with the longest follow-up (15 years) for the highest-risk products such as integrating vectors.',
    sources: ['fda-ltfu-2020', 'raps-ltfu']
  },
  {
    id: 'myeloablative-conditioning',
    term: 'Myeloablative conditioning',
    aliases: ['myeloablative conditioning', 'myeloablation', 'myeloablative'],
    definition:
      'Chemotherapy that clears the bone marrow so that modified stem cells can take its place. It causes profound temporary immunosuppression and can damage the liver (hepatic veno-occlusive disease).',
    sources: ['skysona-label', 'zynteglo-vod']
  },
  {
    id: 'neutralising-antibody',
    term: 'Neutralising antibody (NAb)',
    aliases: ['neutralising antibodies', 'neutralising antibody', 'NAb'],
    definition:
      'An antibody that stops the vector from getting into cells in a laboratory assay. Even low titres of pre-existing neutralising antibodies can block AAV from reaching the liver.',
    sources: ['blood-2006-low-nab']
  },
  {
    id: 'packaging-capacity',
    term: 'Packaging capacity',
    aliases: ['packaging capacity', 'expression cassette'],
    definition:
      'How much DNA (the expression cassette: the gene with its promoter and control elements) fits in one vector particle, in kilobases. About 4.7 kb for a single-stranded AAV, about 8 kb for LV, up to about 37 kb for a helper-dependent adenoviral vector.',
    sources: ['moltherapy-2025-vectors', 'pharmaceutics-2021', 'ricobaraza-2020']
  },
  {
    id: 'sin-lv',
    term: 'Self-inactivating (SIN) lentiviral vector',
    aliases: ['self-inactivating', 'SIN'],
    definition:
      'A lentiviral vector with a deletion in its 3′ long terminal repeat, so that once integrated its own viral promoter is switched off. Less enhancer activity near the insertion site lowers the risk of activating nearby genes.',
    sources: ['addgene-lentiviral-guide', 'maruggi-2009']
  },
  {
    id: 'thrombotic-microangiopathy',
    term: 'Thrombotic microangiopathy (TMA)',
    aliases: ['thrombotic microangiopathy', 'TMA'],
    definition:
      'Clots in the smallest blood vessels, with a low platelet count, broken red cells and kidney injury. It has followed high-dose AAV, mostly in the first 2 weeks, and was fatal in an infant with a complement factor I variant.',
    sources: ['guillou-2022', 'zolgensma-uspi']
  },
  {
    id: 'titre',
    term: 'Titre (1:N)',
    aliases: ['titres', 'titre', '1:N'],
    definition:
      'The strength of an antibody result: the highest dilution of the serum at which the antibody is still found (or still blocks the vector), written 1:N. A titre of 1:400 is higher than 1:50. Each assay has its own scale.',
    sources: []
  },
  {
    id: 'total-binding-antibody',
    term: 'Total binding antibody',
    aliases: ['total binding antibodies', 'total binding antibody'],
    definition:
      'Every antibody that sticks to the capsid in an assay, whether or not it blocks the vector. The Elevidys label selects patients by their total binding antibody titre to AAVrh74.',
    sources: ['elevidys-uspi-2023']
  },
  {
    id: 'transduction',
    term: 'Transduction',
    aliases: ['transduction', 'transduces', 'transduced'],
    definition: 'Delivery of genetic material into a cell by a viral vector, so that the cell expresses it.',
    sources: []
  },
  {
    id: 'uln',
    term: 'Upper limit of normal (ULN)',
    aliases: ['upper limit of normal', 'ULN'],
    definition:
      'The top of a laboratory’s reference range for a test. “2 × ULN” means twice that value; labels and the tool express liver-test limits this way.',
    sources: []
  },
  {
    id: 'vg-per-kg',
    term: 'vg/kg (vector genomes per kilogram)',
    aliases: ['vg/kg'],
    definition:
      'The dose of an AAV vector: the number of vector genomes given per kilogram of body weight, usually written as a power of ten (1 × 10¹⁴ vg/kg). In the AT132 trial, three patients given 3 × 10¹⁴ vg/kg died after severe liver disease.',
    sources: ['at132-aspiro']
  }
];

export const glossaryById = new Map(GLOSSARY.map((g) => [g.id, g]));
