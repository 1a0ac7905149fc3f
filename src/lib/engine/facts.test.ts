import { describe, expect, test } from 'vitest';
import { withPatch, type Patch } from '../fixtures/build';
import { extractFacts } from './facts';

describe('facts from a case', () => {
  test.each<[string, Patch, string, unknown]>([
    ['"not known" is unknown', { infections: { hiv: 'not_known' } }, 'infections.hiv', undefined],
    ['"not tested" is unknown', { infections: { ad5Nab: 'not_tested' } }, 'infections.ad5Nab', undefined],
    [
      'pregnancy is "no" where it is not asked',
      { patient: { ageYears: 8, pregnancy: undefined } },
      'patient.pregnancy',
      'no'
    ],
    ['pregnancy "not known" stays unknown', { patient: { pregnancy: 'not_known' } }, 'patient.pregnancy', undefined],
    ['no medicines is an empty list', { medicines: { answer: 'none' } }, 'medicines.current', []],
    ['medicines "not known" is unknown', { medicines: { answer: 'not_known' } }, 'medicines.current', undefined],
    [
      'no corticosteroids means steroid dose "none"',
      { medicines: { answer: 'none' } },
      'medicines.steroidDose',
      'none'
    ],
    [
      'unknown medicines leave the steroid dose unknown',
      { medicines: { answer: 'not_known' } },
      'medicines.steroidDose',
      undefined
    ],
    [
      'no gene therapy means no prior capsids',
      { priorTherapy: { hadGeneTherapy: 'no' } },
      'priorTherapyDetails.aavSerotypes',
      []
    ],
    ['no gene therapy means no prior stem-cell gene therapy', {}, 'priorTherapyDetails.hscGeneTherapy', 'no'],
    [
      'prior gene therapy "not known" leaves capsids unknown',
      { priorTherapy: { hadGeneTherapy: 'not_known' } },
      'priorTherapyDetails.aavSerotypes',
      undefined
    ],
    [
      'an unknown prior platform may have been AAV',
      {
        priorTherapy: { hadGeneTherapy: 'yes' },
        priorTherapyDetails: { platforms: ['not_known'], hscGeneTherapy: 'no', seriousReaction: 'no' }
      },
      'priorTherapyDetails.aavSerotypes',
      ['not_known']
    ],
    ['normal ALT counts as 1 × ULN', {}, 'liver.altMultiple', 1],
    ['raised ALT keeps its multiple', { liver: { altStatus: 'raised', altMultiple: 3 } }, 'liver.altMultiple', 3],
    ['an antibody not detected has titre 0', {}, 'aavAntibodies.AAV9.titre', 0],
    [
      'a detected antibody without a titre leaves the titre unknown',
      {
        aavAntibodies: {
          testing: 'tested',
          results: [{ serotype: 'AAV9', assay: 'total_binding', result: 'detected' }]
        }
      },
      'aavAntibodies.AAV9.titre',
      undefined
    ],
    [
      'a capsid not tested is unknown',
      {
        aavAntibodies: {
          testing: 'tested',
          results: [{ serotype: 'AAV5', assay: 'total_binding', result: 'detected' }]
        }
      },
      'aavAntibodies.AAV9.result',
      undefined
    ],
    [
      'untested antibodies are unknown',
      { aavAntibodies: { testing: 'not_tested', results: undefined } },
      'aavAntibodies.AAV5.result',
      undefined
    ]
  ])('%s', (_name, patch, path, expected) => {
    expect(extractFacts(withPatch(patch))[path]).toEqual(expected);
  });
});
