/** AAV capsids and the tissues they suit, for "serotypes suited to the target tissue". */
import type { Serotype } from './schema';

export const serotypes: Serotype[] = [
  {
    id: 'AAV1',
    tissues: ['muscle'],
    routes: 'intramuscular; heart',
    products: [],
    tropism: {
      text: 'Skeletal muscle and heart (Glybera, intramuscular).',
      sources: ['wjg-aav-table'],
      verified: false
    }
  },
  {
    id: 'AAV2',
    tissues: ['retina', 'cns'],
    routes: 'subretinal; intraputaminal',
    products: ['luxturna', 'kebilidi'],
    tropism: {
      text: 'Safe for retina and CNS by local delivery (Luxturna subretinal; Kebilidi intraputaminal). The most prevalent pre-existing antibodies.',
      sources: ['jbiomedsci-2025', 'kebilidi-label', 'calcedo-2009'],
      verified: true
    }
  },
  {
    id: 'AAV5',
    tissues: ['liver', 'retina', 'lung'],
    routes: 'intravenous (liver)',
    products: ['roctavian', 'hemgenix'],
    tropism: {
      text: 'Liver (Hemgenix, Roctavian); photoreceptors in trials; airway better than AAV2. Lowest antibody prevalence among common capsids.',
      sources: ['jbiomedsci-2025', 'hgt-2006-airway', 'chhabra-2024'],
      verified: true
    }
  },
  {
    id: 'AAV6',
    tissues: ['muscle', 'lung'],
    routes: 'local',
    products: [],
    tropism: {
      text: 'Airway epithelia and skeletal muscle.',
      sources: ['wjg-aav-table', 'hgt-2006-airway'],
      verified: false
    }
  },
  {
    id: 'AAV8',
    tissues: ['liver', 'muscle', 'retina'],
    routes: 'intravenous; subretinal',
    products: [],
    tropism: {
      text: 'Robust liver and muscle transduction, with liver toxicity at high doses; retinal trials (XLRS).',
      sources: ['jbiomedsci-2025', 'li-2023-ijms'],
      verified: true
    }
  },
  {
    id: 'AAV9',
    tissues: ['cns', 'muscle'],
    routes: 'intravenous (infants); intrathecal',
    products: ['zolgensma', 'itvisma'],
    tropism: {
      text: 'Crosses the blood–brain barrier; CNS and muscle (Zolgensma IV, Itvisma intrathecal).',
      sources: ['jbiomedsci-2025', 'itvisma-approval-2025'],
      verified: true
    }
  },
  {
    id: 'AAVrh10',
    tissues: ['cns', 'lung', 'muscle', 'liver'],
    routes: 'trials',
    products: [],
    tropism: {
      text: 'Lung, heart, muscle, CNS and liver (GM1 gangliosidosis trial).',
      sources: ['li-2023-ijms'],
      verified: true
    }
  },
  {
    id: 'AAVrh74',
    tissues: ['muscle'],
    routes: 'intravenous',
    products: ['elevidys'],
    tropism: { text: 'Muscle (Elevidys), with a risk of myocarditis.', sources: ['jbiomedsci-2025'], verified: true }
  },
  {
    id: 'AAVrh74var',
    tissues: ['liver'],
    routes: 'intravenous',
    products: ['beqvez'],
    tropism: {
      text: 'Liver (Beqvez, now discontinued).',
      sources: ['beqvez-approval-2024', 'aabb-2025-beqvez'],
      // News reports only (knowledge base 2.1.0: a verified statement needs more than news).
      verified: false
    }
  },
  {
    id: 'AAV7m8',
    tissues: ['retina'],
    routes: 'intravitreal',
    products: [],
    tropism: {
      text: 'Engineered capsid reaching the retina from the vitreous.',
      sources: ['wjg-aav-table'],
      verified: false
    }
  }
];
