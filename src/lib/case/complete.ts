/**
 * A complete case: every answer the wizard asks for, given the other answers. The branching
 * (which sections and questions apply) is defined here, once: the wizard's pages, the case-file
 * check (`completeCaseSchema`, used by parseCase, the CLI and the case opener) and the property
 * test read the same predicates, so a case the schema calls complete is one the wizard opens at review.
 *
 * The structural schema (`caseSchema`) stays looser: a case from an older schema can lack an
 * answer the current wizard asks (persistence/migrations.ts), and opens at the page that asks it.
 */
import * as z from 'zod/mini';
import {
  aavResultSchema,
  caseSchema,
  conditionSchema,
  priorTherapyDetailsSchema,
  targetSchema,
  type AavResult,
  type Draft,
  type SectionId
} from './schema';
import { asksSex } from './age';
import { applies, type Condition } from './conditions';
import { CONDITION_FIELDS, PRODUCT_INDICATIONS } from './values';

export type Gap = { path: (string | number)[]; message: string };
type Indication = keyof typeof CONDITION_FIELDS;

/** The condition-page questions for an indication (none until the indication is known). */
export const conditionFieldsFor = (indication: Indication | undefined): readonly string[] =>
  indication ? CONDITION_FIELDS[indication] : [];

/** Capsids whose results carry the extra questions below (the AAV5 products' labels name the assay). */
export const COMPANION_TEST_SEROTYPES: readonly AavResult['serotype'][] = ['AAV5'];
export const ASSAY_VERSION_SEROTYPES: readonly AavResult['serotype'][] = ['AAV5'];

type ResultKind = { serotype?: unknown; assay?: unknown; result?: unknown };
const among = (list: readonly string[], x: unknown) => typeof x === 'string' && list.includes(x);

/** Roctavian's label requires a negative result on the FDA-approved AAV5 total-antibody test. */
export const asksCompanionTest = (r: ResultKind) =>
  among(COMPANION_TEST_SEROTYPES, r.serotype) && r.assay === 'total_binding';

/** Hemgenix's limit (1:898 extended-range ≡ 1:678 clinical-study assay) matters once antibodies are detected. */
export const asksAssayVersion = (r: ResultKind) =>
  among(ASSAY_VERSION_SEROTYPES, r.serotype) && r.assay === 'neutralising' && r.result === 'detected';

/** The target questions a product fixes: asked only when the indication has no approved product. */
export const DELIVERY_FIELDS = ['route', 'cargoKb', 'aavDose'] as const;
const REQUIRED_DELIVERY = ['route', 'aavDose'] as const;

/** Whether the wizard asks the route, cargo size and AAV dose: not when the indication has approved products. */
export const asksDelivery = (indication: Indication | undefined): boolean =>
  indication === undefined || !PRODUCT_INDICATIONS.includes(indication);

/** The sections that are not always asked, and when they are (case/conditions.ts; the FHIR Questionnaire reads these too). */
export const SECTION_WHEN: Partial<Record<SectionId, Condition>> = {
  condition: {
    behavior: 'all',
    when: [
      {
        field: 'patient.indication',
        op: 'in',
        value: (Object.keys(CONDITION_FIELDS) as Indication[]).filter((i) => CONDITION_FIELDS[i].length > 0)
      }
    ]
  },
  priorTherapyDetails: {
    behavior: 'all',
    when: [{ field: 'priorTherapy.hadGeneTherapy', op: 'equals', value: 'yes' }]
  }
};

/** Whether the wizard asks a section, given the answers so far. */
export function asksSection(section: SectionId, draft: Draft): boolean {
  return applies(SECTION_WHEN[section], (ref) => {
    const [page, id] = ref.split('.') as [SectionId, string];
    return (draft[page] as Record<string, unknown> | undefined)?.[id];
  });
}

type Shape = Record<string, z.ZodMiniType>;
const unwrap = (s: z.ZodMiniType) =>
  s.def.type === 'optional' ? (s.def as unknown as { innerType: z.ZodMiniType }).innerType : s;

/** The answers `keys` of `value` checked as required: each missing one gets its own question's message. */
function required(shape: Shape, keys: readonly string[], value: unknown, at: (string | number)[] = []): Gap[] {
  if (keys.length === 0) return [];
  const schema = z.object(Object.fromEntries(keys.map((k) => [k, unwrap(shape[k]!)])));
  const parsed = schema.safeParse(typeof value === 'object' && value !== null ? value : {});
  return parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: [...at, ...(i.path as string[])], message: i.message }));
}

const resultShape = aavResultSchema.def.shape as Shape;

/**
 * What a section still lacks, beyond its own schema, given the rest of the answers: the condition
 * questions of the indication, the delivery questions when no product fixes them, and the AAV5 assay questions. Works on partial input (a form being filled).
 */
export function sectionGaps(section: SectionId, value: unknown, draft: Draft): Gap[] {
  // Schema 3 asks sex where a question or a label depends on it; a case from schema 2 lacks it until asked.
  if (section === 'patient') {
    const p = (typeof value === 'object' && value !== null ? value : {}) as Parameters<typeof asksSex>[0] & {
      sex?: unknown;
    };
    return asksSex(p) && p.sex === undefined ? [{ path: ['sex'], message: 'Select the patient’s sex' }] : [];
  }
  if (section === 'condition')
    return required(conditionSchema.def.shape as Shape, conditionFieldsFor(draft.patient?.indication), value);
  if (section === 'target')
    return asksDelivery(draft.patient?.indication)
      ? required(targetSchema.def.shape as Shape, REQUIRED_DELIVERY, value)
      : [];
  if (section === 'aavAntibodies') {
    const results = (value as { results?: unknown } | undefined)?.results;
    if (!Array.isArray(results)) return [];
    return results.flatMap((r: ResultKind, i) =>
      required(
        resultShape,
        [asksCompanionTest(r) && 'companionTest', asksAssayVersion(r) && 'assayVersion'].filter(
          (k): k is string => typeof k === 'string'
        ),
        r,
        ['results', i]
      )
    );
  }
  return [];
}

/** Sections that may be absent from a structurally valid case, with the schema that says what they need. */
const OPTIONAL_SECTIONS: Partial<Record<SectionId, z.ZodMiniType>> = {
  condition: conditionSchema,
  priorTherapyDetails: priorTherapyDetailsSchema
};

/** Every answer a structurally valid case lacks for the wizard to call it complete, in the wizard's order. */
export function caseGaps(c: Draft): Gap[] {
  return (Object.keys(caseSchema.def.shape) as (keyof typeof caseSchema.def.shape)[])
    .filter((k): k is SectionId => k !== 'schemaVersion' && k !== 'label' && asksSection(k, c))
    .flatMap((section) => {
      const value = c[section];
      const own = value === undefined ? OPTIONAL_SECTIONS[section]?.safeParse({}).error?.issues : undefined;
      const missing = (own ?? []).map((i) => ({ path: i.path as string[], message: i.message }));
      return [...missing, ...sectionGaps(section, value, c)].map((g) => ({ ...g, path: [section, ...g.path] }));
    });
}

/** The case file as the wizard completes it: the structural schema plus every answer the wizard would ask. */
export const completeCaseSchema = caseSchema.check(
  z.superRefine((c, ctx) => {
    for (const gap of caseGaps(c)) ctx.issues.push({ code: 'custom', input: undefined, ...gap });
  })
);
