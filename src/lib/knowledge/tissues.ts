/** Target tissues (the case's `target.tissue` values) with what each platform offers there. */
import type { Tissue } from './schema';

const s = (text: string, sources: string[], verified = true) => ({ text, sources, verified });

export const tissues: Tissue[] = [
  {
    id: 'liver',
    name: 'Liver',
    platforms: {
      adv: s(
        'Ad5 is trapped in the liver after IV delivery (Kupffer cells, platelets), with dose-dependent toxicity.',
        ['nhp-intraportal-2001', 'atasheva-2022']
      ),
      lv: s('In vivo liver delivery with LV is investigational.', ['jbiomedsci-2025'], false),
      aav: s('Approved route: AAV5 (Roctavian, Hemgenix), AAVRh74var (Beqvez); AAV8 transduces liver well.', [
        'jbiomedsci-2025',
        'beqvez-approval-2024'
      ])
    },
    noEstablishedUse: ['adv', 'lv']
  },
  {
    id: 'cns',
    name: 'Central nervous system',
    platforms: {
      adv: s('Expression is short-term and immunogenic; not suited to durable neuronal expression.', ['pmc4387942']),
      lv: s('Used ex vivo in stem cells for leukodystrophies (Skysona for CALD, Lenmeldy for MLD).', [
        'skysona-label',
        'lenmeldy-approval'
      ]),
      aav: s(
        'AAV9 crosses the blood–brain barrier after IV (Zolgensma) and is given intrathecally (Itvisma); AAV2 intraputaminal (Kebilidi); AAVrh10 in trials.',
        ['jbiomedsci-2025', 'itvisma-approval-2025', 'kebilidi-label', 'li-2023-ijms']
      )
    },
    noEstablishedUse: ['adv']
  },
  {
    id: 'retina',
    name: 'Retina',
    platforms: {
      adv: s('Expression is short-term and immunogenic; not suited to durable retinal expression.', ['pmc4387942']),
      lv: s(
        'Integrates close to randomly in post-mitotic eye and brain cells; none of the approved products is a retinal LV.',
        ['bartholomae-2011']
      ),
      aav: s('AAV2 subretinal (Luxturna); AAV8 and AAV5 in trials; engineered 7m8 intravitreal.', [
        'jbiomedsci-2025',
        'li-2023-ijms',
        'wjg-aav-table'
      ])
    },
    noEstablishedUse: ['adv', 'lv']
  },
  {
    id: 'muscle',
    name: 'Skeletal or cardiac muscle',
    platforms: {
      adv: s('Transient expression and strong immunity make it unsuited to durable muscle expression.', ['pmc4387942']),
      lv: s(
        'LV products are used ex vivo; in vivo muscle delivery is investigational.',
        ['zynteglo-label', 'skysona-label'],
        false
      ),
      aav: s('AAVrh74 (Elevidys), AAV9, AAV8, AAV1 and AAV6 transduce muscle.', ['jbiomedsci-2025', 'wjg-aav-table'])
    },
    noEstablishedUse: ['adv', 'lv']
  },
  {
    id: 'hsc_ex_vivo',
    name: 'Haematopoietic stem cells (ex vivo)',
    platforms: {
      adv: s('Not suited: expression is short-term.', ['pmc4387942']),
      lv: s('Approved platform (Zynteglo, Lyfgenia, Skysona, Lenmeldy).', [
        'zynteglo-label',
        'lyfgenia-label',
        'skysona-label',
        'lenmeldy-approval'
      ]),
      aav: s('Not suited: mostly episomal genomes are diluted as cells divide.', ['sabatino-2022', 'binny-2012'])
    },
    noEstablishedUse: ['adv', 'aav']
  },
  {
    id: 't_cells_ex_vivo',
    name: 'T cells (ex vivo)',
    platforms: {
      adv: s('Not suited: expression is short-term.', ['pmc4387942']),
      lv: s('Approved platform for CAR-T (e.g. tisagenlecleucel).', ['laetsch-2018']),
      aav: s('Not suited: mostly episomal genomes are diluted as T cells expand.', ['sabatino-2022', 'binny-2012'])
    },
    noEstablishedUse: ['adv', 'aav']
  },
  {
    id: 'lung',
    name: 'Lung or airway',
    platforms: {
      adv: s('Tried in cystic fibrosis without clinical benefit.', ['sui-2022']),
      lv: s('Under study for repeat dosing; no approved product.', ['sui-2022']),
      aav: s('AAV2 aerosol failed in phase 2B; AAV5 and AAV6 transduce airway better than AAV2.', [
        'sui-2022',
        'hgt-2006-airway'
      ])
    },
    noEstablishedUse: ['adv', 'lv', 'aav']
  },
  {
    id: 'bladder_tumour',
    name: 'Bladder or tumour (in situ)',
    platforms: {
      adv: s('Approved in situ platform: Adstiladrin (intravesical Ad5-IFNα2b).', ['adstiladrin-label']),
      lv: s('Integrates: lasting expression that a tumour target does not need.', ['moltherapy-2025-vectors']),
      aav: s('Long-lasting expression that a tumour target does not need.', ['moltherapy-2025-vectors'])
    },
    noEstablishedUse: ['lv', 'aav']
  },
  {
    id: 'other',
    name: 'Other',
    platforms: {
      adv: s('Compare on capacity, duration and immunogenicity.', ['moltherapy-2025-vectors']),
      lv: s('Compare on capacity, duration and integration risk.', ['moltherapy-2025-vectors']),
      aav: s('Compare on capacity, serotype tropism and pre-existing immunity.', ['moltherapy-2025-vectors'])
    },
    noEstablishedUse: []
  }
];
