/** Strimvelis: γ-retroviral stem cells for ADA-SCID (EU only), outside the three platforms compared. */
import { CHECKED, fact, hasIndication, inclusion, market, notRead, read, type Product } from './define';
import type { SourceData } from '../schema';

/** The sources that only this product's statements cite (the others are in ../sources.ts). */
const SOURCES: SourceData[] = [
  {
    id: 'strimvelis-ema',
    citation:
      'EMA product information for Strimvelis (autologous CD34+ enriched cell fraction transduced with a retroviral vector encoding ADA), authorised 26 May 2016; EMBO Mol Med 2017;9(6):737-740.',
    issuer: 'European Medicines Agency; EMBO Molecular Medicine',
    kind: 'regulator',
    date: '2016-05-26',
    identifier: { pmid: '28396566' },
    verification: 'partial',
    unverifiedNote: 'The SmPC text itself was not read.',
    developer: 'European Medicines Agency',
    funding: 'EU',
    revised: null
  }
];

export const strimvelis: Product = {
  sources: SOURCES,
  id: 'strimvelis',
  name: 'Strimvelis (γ-retroviral, EU only, not compared here)',
  inn: 'autologous CD34+ cells transduced with a retroviral vector encoding ADA',
  platform: 'gamma_retroviral',
  route: 'ex vivo γ-retroviral-modified autologous CD34+ cells',
  indications: ['ada_scid'],
  status: 'approved',
  approval: fact(
    'EU authorisation 26 May 2016 for ADA-SCID without a suitable matched related donor; a γ-retroviral vector, a platform this tool does not compare.',
    ['strimvelis-ema']
  ),
  labelChecked: { label: 'EMA product information (common name) and a PubMed abstract', checked: CHECKED },
  criteria: [
    inclusion({
      id: 'ada-scid',
      text: 'ADA-SCID',
      test: hasIndication('ada_scid'),
      needs: 'The condition being treated',
      basis: [read('strimvelis-ema', 'indication')],
      verified: false
    }),
    inclusion({
      id: 'label-criteria',
      text: 'The rest of its label criteria (this tool does not check γ-retroviral products)',
      needs: 'Its EU product information, read by the treating team',
      basis: [read('strimvelis-ema', 'whole SmPC')],
      verified: false
    })
  ],
  regimen: [],
  warnings: [notRead('strimvelis-ema')],
  markets: {
    US: market('not_authorised', fact('Not approved in the US: authorised in the EU only.', ['strimvelis-ema'], false)),
    EU: market('authorised', fact('EU: authorised since 26 May 2016.', ['strimvelis-ema']))
  },
  labelFacts: [fact('Authorised in the EU only.', ['strimvelis-ema'], false)]
};
