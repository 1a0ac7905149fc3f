/** A plain case for flow tests; the clinical example patients live in src/lib/fixtures. */
import type { Case } from '../src/lib/case/schema';

export const flowCase: Case = {
  schemaVersion: 3,
  patient: { ageUnit: 'years', ageYears: 52, sex: 'male', indication: 'haemophilia_b', jurisdiction: 'US' },
  condition: { haemophiliaBSelection: 'yes', factorInhibitors: 'no' },
  infections: { hiv: 'negative', hbv: 'past', hcv: 'none', acuteInfection: 'no', ad5Nab: 'not_tested' },
  aavAntibodies: {
    testing: 'tested',
    results: [
      { serotype: 'AAV5', assay: 'neutralising', result: 'detected', titre: 200, assayVersion: 'extended_range' }
    ]
  },
  immunity: { primaryImmunodeficiency: 'no', immunosuppressed: 'no', autoimmune: 'none', complement: 'none' },
  medicines: {
    answer: 'some',
    current: [{ id: 'prednisolone', classes: ['corticosteroids'] }],
    steroidDose: 'lower',
    alcohol: 'yes',
    liveVaccineDue: 'no'
  },
  priorTherapy: { hadGeneTherapy: 'yes' },
  priorTherapyDetails: {
    platforms: ['aav'],
    aavSerotypes: ['AAV8'],
    hscGeneTherapy: 'no',
    seriousReaction: 'no',
    year: 2019
  },
  liver: {
    altStatus: 'raised',
    altMultiple: 1.4,
    fibrosis: 'f0_f1',
    hepatobiliaryDisease: 'no',
    malignancy: 'none'
  },
  // Haemophilia B has products: the wizard does not ask what they fix (route, cargo size, AAV dose).
  target: { tissue: 'liver', goal: 'durable' }
};
