/**
 * The canonical names of what vector-select publishes in FHIR (docs/fhir.md). The deployment's own domain is not
 * decided yet, so the base is a reserved `.invalid` name: every URL below is a name, never fetched.
 */
import type { Coding } from 'fhir/r4';
import { SCHEMA_VERSION } from '../case/schema';

export const FHIR_BASE = 'https://vector-select.invalid/fhir';
export const QUESTIONNAIRE_URL = `${FHIR_BASE}/Questionnaire/vector-select`;
/** The Questionnaire follows the case format: its version is the case schema's. */
export const QUESTIONNAIRE_VERSION = String(SCHEMA_VERSION);
export const QUESTIONNAIRE_CANONICAL = `${QUESTIONNAIRE_URL}|${QUESTIONNAIRE_VERSION}`;

/** The local code system of one question's answers: its link id (`patient.indication`), so a code means one thing. */
export const answerSystem = (linkId: string) => `${FHIR_BASE}/CodeSystem/${linkId}`;
/** Medicines of the interactions list (knowledge/medicines.ts) by id, and the classes the rules read (case/values.ts). */
export const MEDICINE_SYSTEM = `${FHIR_BASE}/CodeSystem/medicine`;
export const MEDICINE_CLASS_SYSTEM = `${FHIR_BASE}/CodeSystem/medicine-class`;

export const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
export const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';
export const MIN_VALUE = 'http://hl7.org/fhir/StructureDefinition/minValue';
export const MAX_VALUE = 'http://hl7.org/fhir/StructureDefinition/maxValue';
export const ENTRY_FORMAT = 'http://hl7.org/fhir/StructureDefinition/entryFormat';
export const QUESTIONNAIRE_UNIT = 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit';
export const SDC_QUESTIONNAIRE = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire|3.0.0';

export const UCUM = 'http://unitsofmeasure.org';
export const LOINC = 'http://loinc.org';
/** LOINC 30525-0 "Age" (docs/fhir.md: the code public SDC examples put on an age item; interop.md §2.1). */
export const LOINC_AGE: Coding = { system: LOINC, code: '30525-0', display: 'Age' };
