/**
 * The answer codes of the published Questionnaire as FHIR R4 terminology resources, generated from the same data
 * as the Questionnaire (wizard/questions.ts, the medicines list and its classes) so they cannot drift: a
 * CodeSystem and a ValueSet (all its codes) per coded question and for the medicines and their classes, in one
 * `collection` Bundle; and a ConceptMap from the indications to the standard codes of terminology.ts, the only
 * ones verified (docs/fhir.md). `npm run fhir` writes them to static/fhir/. Used by the script and tests only.
 */
import type {
  Bundle,
  CodeSystem,
  CodeSystemConcept,
  ConceptMap,
  ConceptMapGroup,
  QuestionnaireItem,
  ValueSet
} from 'fhir/r4';
import { MEDICINES } from '../case/values';
import { medicines } from '../knowledge/medicines';
import { CLASS_LABELS } from '../wizard/class-labels';
import * as c from './codes';
import { buildQuestionnaire, ITEM_FIELDS } from './questionnaire';
import { INDICATION_CODES } from './terminology';

export const TERMINOLOGY_BUNDLE_ID = 'vector-select-terminology';
export const CONCEPT_MAP_ID = 'vector-select-indication';
export const INDICATION_LINK_ID = 'patient.indication';

/** One closed vocabulary: a question's answers (key = its link id), the medicines or their classes. */
type Vocabulary = {
  key: string;
  system: string;
  title: string;
  description: string;
  concept: CodeSystemConcept[];
  property?: CodeSystem['property'];
};

export const valueSetUrl = (key: string) => `${c.FHIR_BASE}/ValueSet/${key}`;
/** A resource id allows letters, digits, `-` and `.` only (`assay_AAV5` → `assay-AAV5`). */
const idOf = (key: string) => key.replace(/[^A-Za-z0-9.-]/g, '-');
/** A computer-friendly name: `patient.indication` → `PatientIndication`. */
const nameOf = (key: string) =>
  key
    .split(/[^A-Za-z0-9]+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

/** The link ids of the Questionnaire's items, wherever they are nested (a question no indication asks is absent). */
function questionnaireLinkIds(): Set<string> {
  const ids = new Set<string>();
  const walk = (items: QuestionnaireItem[] | undefined) =>
    items?.forEach((i) => {
      ids.add(i.linkId);
      walk(i.item);
    });
  walk(buildQuestionnaire().item);
  return ids;
}

function questionVocabularies(): Vocabulary[] {
  const asked = questionnaireLinkIds();
  return [...ITEM_FIELDS.values()].flatMap(({ linkId, field }) =>
    (field.kind === 'radios' || field.kind === 'checkboxes') && asked.has(linkId)
      ? [
          {
            key: linkId,
            system: c.answerSystem(linkId),
            title: `vector-select answers: ${field.label}`,
            description: `The answers to the question "${field.label}" (link id ${linkId}) of the vector-select Questionnaire. The code is the case file's value.`,
            concept: field.options.map((o) => ({
              code: o.value,
              display: o.label,
              ...(o.hint ? { definition: o.hint } : {})
            }))
          }
        ]
      : []
  );
}

const classConcept = (cls: (typeof MEDICINES)[number]) => ({ code: cls, display: CLASS_LABELS[cls] });

function medicineVocabularies(): Vocabulary[] {
  return [
    {
      key: 'medicine',
      system: c.MEDICINE_SYSTEM,
      title: 'vector-select medicines',
      description:
        'The medicines of the vector-select interactions list by id, with their brand names and other names as designations and the classes the rules read as the property "class".',
      property: [
        {
          code: 'class',
          description: `A class of this medicine that the rules read (${c.MEDICINE_CLASS_SYSTEM})`,
          type: 'Coding'
        }
      ],
      concept: medicines.map((m) => {
        const names = [...(m.aliases ?? []), ...m.brands];
        return {
          code: m.id,
          display: m.name,
          ...(names.length ? { designation: names.map((value) => ({ value })) } : {}),
          ...(m.classes.length
            ? {
                property: m.classes.map((cls) => ({
                  code: 'class',
                  valueCoding: { system: c.MEDICINE_CLASS_SYSTEM, ...classConcept(cls) }
                }))
              }
            : {})
        };
      })
    },
    {
      key: 'medicine-class',
      system: c.MEDICINE_CLASS_SYSTEM,
      title: 'vector-select medicine classes',
      description: 'The classes of medicines that the vector-select rules read.',
      concept: MEDICINES.map(classConcept)
    }
  ];
}

const common = (v: Vocabulary) => ({
  id: idOf(v.key),
  version: c.QUESTIONNAIRE_VERSION,
  name: nameOf(v.key),
  title: v.title,
  status: 'active' as const,
  experimental: false,
  description: v.description
});

function codeSystemOf(v: Vocabulary): CodeSystem {
  return {
    resourceType: 'CodeSystem',
    ...common(v),
    url: v.system,
    caseSensitive: true,
    valueSet: valueSetUrl(v.key),
    content: 'complete',
    count: v.concept.length,
    ...(v.property ? { property: v.property } : {}),
    concept: v.concept
  };
}

function valueSetOf(v: Vocabulary): ValueSet {
  return {
    resourceType: 'ValueSet',
    ...common(v),
    url: valueSetUrl(v.key),
    compose: { include: [{ system: v.system, version: c.QUESTIONNAIRE_VERSION }] }
  };
}

/** Every published CodeSystem and ValueSet, a CodeSystem followed by its ValueSet. */
export function buildTerminologyBundle(): Bundle<CodeSystem | ValueSet> {
  const vocabularies = [...questionVocabularies(), ...medicineVocabularies()];
  const ids = new Set(vocabularies.map((v) => idOf(v.key)));
  const names = new Set(vocabularies.map((v) => nameOf(v.key)));
  if (ids.size !== vocabularies.length || names.size !== vocabularies.length)
    throw new Error('two vocabularies would share an id or a name');
  return {
    resourceType: 'Bundle',
    id: TERMINOLOGY_BUNDLE_ID,
    type: 'collection',
    entry: vocabularies.flatMap((v) =>
      [codeSystemOf(v), valueSetOf(v)].map((resource) => ({
        fullUrl: `${c.FHIR_BASE}/${resource.resourceType}/${resource.id}`,
        resource
      }))
    )
  };
}

/**
 * The indications → SNOMED CT, ICD-10, ICD-10-CM and Orphanet, exactly the verified codes of terminology.ts with
 * their equivalence. An indication without a verified code is absent (not `unmatched`, which would say the target
 * system has no such concept, when only no code was confirmed).
 */
export function buildConceptMap(): ConceptMap {
  const field = ITEM_FIELDS.get(INDICATION_LINK_ID)!.field;
  const options = 'options' in field ? field.options : [];
  const label = (code: string) => options.find((o) => o.value === code)?.label;
  const groups = new Map<string, ConceptMapGroup>();
  for (const k of INDICATION_CODES) {
    const group = groups.get(k.system) ?? {
      source: c.answerSystem(INDICATION_LINK_ID),
      sourceVersion: c.QUESTIONNAIRE_VERSION,
      target: k.system,
      element: []
    };
    groups.set(k.system, group);
    let element = group.element.find((e) => e.code === k.indication);
    if (!element) {
      element = { code: k.indication, display: label(k.indication), target: [] };
      group.element.push(element);
    }
    element.target!.push({
      code: k.code,
      display: k.display,
      equivalence: k.equivalence,
      ...(k.comment ? { comment: k.comment } : {})
    });
  }
  return {
    resourceType: 'ConceptMap',
    id: CONCEPT_MAP_ID,
    url: `${c.FHIR_BASE}/ConceptMap/${CONCEPT_MAP_ID}`,
    version: c.QUESTIONNAIRE_VERSION,
    name: 'VectorSelectIndication',
    title: 'vector-select: the conditions being treated, to standard codes',
    status: 'active',
    experimental: false,
    description:
      'The answers to "Condition being treated" mapped to SNOMED CT, ICD-10, ICD-10-CM and Orphanet codes, only where the code was found in a public source (docs/fhir.md). A condition with no verified code is absent: it is not known to have none. Re-check the codes against the terminology releases before relying on them.',
    copyright:
      'Includes codes of SNOMED CT (© SNOMED International), ICD-10 (© World Health Organization), ICD-10-CM and the Orphanet nomenclature; their use is subject to their owners’ licences.',
    sourceCanonical: valueSetUrl(INDICATION_LINK_ID),
    group: [...groups.values()]
  };
}
