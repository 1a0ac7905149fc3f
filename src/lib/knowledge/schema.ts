/**
 * The zod schemas of the knowledge base: the single source of truth for its shape.
 * Only tests and scripts import these values; the client imports the types (`import type`),
 * so classic zod never reaches the bundle.
 */
import { z } from 'zod';
import { MEDICINES } from '../case/values';
import { ANCHORS, TIME_UNITS, type Timing } from './timing';
import { PLAN_JURISDICTIONS, PLAN_STEPS } from './plan-steps';
import { JURISDICTIONS } from './jurisdiction';

export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case kebab-case');
export const jurisdictionSchema = z.enum(JURISDICTIONS);
export const verificationSchema = z.enum(['verified', 'partial', 'unverified']);
import { PLATFORM_IDS } from './platform-ids';
export { PLATFORM_IDS };
export const platformIdSchema = z.enum(PLATFORM_IDS);
export const anyPlatformIdSchema = z.enum([...PLATFORM_IDS, 'gamma_retroviral', 'non_viral']);
export const strengthSchema = z.enum(['exclude', 'strong_caution', 'caution', 'note', 'favours']);
export const directionSchema = z.enum(['for', 'against', 'neutral']);

/** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) exactly as far as the reference states it, or null when not stated. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .nullable();

export const sourceSchema = z.object({
  id: idSchema,
  citation: z.string().min(10),
  issuer: z.string().min(2),
  /**
   * What the source is. `company` is a label holder's own statement (press release, letter); `patient` is a
   * patient organisation's or patient site's summary. A verified statement never rests on news or patient
   * sources alone (integrity.test.ts).
   */
  kind: z.enum([
    'label',
    'regulator',
    'guidance',
    'paper',
    'abstract',
    'news',
    'reference',
    'payer',
    'company',
    'patient'
  ]),
  date: partialDateSchema,
  identifier: z
    .object({
      doi: z
        .string()
        .regex(/^10\.\d{4,}\/\S+$/)
        .optional(),
      pmid: z.string().regex(/^\d+$/).optional(),
      pmcid: z
        .string()
        .regex(/^PMC\d+$/)
        .optional(),
      label: z.string().optional()
    })
    .strict(),
  verification: verificationSchema,
  /** What a reviewer still has to check; required unless verified. */
  unverifiedNote: z.string().optional(),
  developer: z.string().min(2),
  funding: z.string().min(2),
  revised: partialDateSchema
});

export const statementSchema = z.object({
  text: z.string().min(5),
  sources: z.array(idSchema).min(1),
  verified: z.boolean()
});

export const platformSchema = z.object({
  id: anyPlatformIdSchema,
  name: z.string(),
  shortName: z.string(),
  role: z.enum(['candidate', 'comparator']),
  variants: z.array(z.object({ name: z.string(), note: statementSchema })),
  /** General strengths and limitations, shown beside the patient's findings so both sides get equal detail. */
  pros: z.array(statementSchema),
  cons: z.array(statementSchema),
  properties: z.object({
    integration: statementSchema,
    capacity: statementSchema,
    cellCycle: statementSchema,
    onsetDuration: statementSchema,
    immunogenicity: statementSchema
  })
});

export const tissueSchema = z.object({
  id: z.string(),
  name: z.string(),
  platforms: z.object({ adv: statementSchema, lv: statementSchema, aav: statementSchema }),
  /** Platforms with no established (approved or clinically proven) use for this tissue: a finding against them. */
  noEstablishedUse: z.array(platformIdSchema)
});

export const serotypeSchema = z.object({
  id: z.string(),
  tissues: z.array(z.string()).min(1),
  routes: z.string(),
  products: z.array(idSchema),
  tropism: statementSchema
});

/** Where a statement was read: the source, the label section (or page heading) and the exact words. */
export const basisSchema = z
  .object({
    source: idSchema,
    section: z.string().min(2),
    /** Verbatim, or absent when no copy of the words was read (the statement is then unverified). */
    quote: z.string().min(5).optional()
  })
  .strict();

/**
 * One label criterion, three-valued. An inclusion is satisfied when `test` is met; an exclusion
 * applies when `test` is met. "Not known" leaves it unknown, which can never give "meets".
 */
export const criterionSchema = z
  .object({
    id: idSchema,
    kind: z.enum(['inclusion', 'exclusion']),
    /** The criterion in our words, e.g. "Under 2 years of age". */
    text: z.string().min(5),
    /** Absent when this tool does not ask it: the criterion then stays unknown and is checked at the centre. */
    test: z.lazy(() => predicateSchema).optional(),
    /** What answers it when unknown: the test or question, e.g. "An anti-AAV9 total-binding (ELISA) titre". */
    needs: z.string().min(5),
    basis: z.array(basisSchema).min(1),
    verified: z.boolean(),
    /** The candidate rules of the clinical reference this criterion encodes, if any. */
    candidates: z.array(z.number().int().min(1).max(44)).optional(),
    /** Whose label states it: absent when both the US and the EU label do (or the other was not read). */
    jurisdiction: jurisdictionSchema.optional(),
    /** The shared label term it uses (knowledge/terms.ts), if any. */
    term: idSchema.optional()
  })
  .strict()
  .refine((c) => !c.verified || c.basis.every((b) => b.quote), 'a verified criterion quotes its label');

/** A time relative to mobilisation, conditioning or the dose: the one Timing shape of knowledge/timing.ts. */
export const timingSchema = z
  .object({ offset: z.number().int(), unit: z.enum(TIME_UNITS), anchor: z.enum(ANCHORS) })
  .strict() satisfies z.ZodType<Timing>;

/**
 * One step of a product's care plan, from its label (docs/plan.md): what (`step`), when (`at`, `until`,
 * `every`), for whom (`when`: left out only when the answers show it does not apply, e.g. a test already
 * done) and under which label (`jurisdiction`). A regimen item without `at` is a note without a time.
 */
/** A boxed warning or limitation of use, in our words, with where it was read (no quote: unverified). */
export const warningSchema = z
  .object({
    kind: z.enum(['boxed_warning', 'limitation', 'not_read']),
    text: z.string().min(5),
    basis: z.array(basisSchema).min(1),
    verified: z.boolean(),
    jurisdiction: jurisdictionSchema.optional()
  })
  .strict()
  .refine((w) => !w.verified || w.basis.every((b) => b.quote), 'a verified warning quotes its label');

/** Whether a product can be had in a jurisdiction; a jurisdiction not listed was not checked. */
export const marketSchema = z
  .object({
    status: z.enum(['authorised', 'not_authorised', 'withdrawn', 'discontinued']),
    note: statementSchema
  })
  .strict();

export const regimenItemSchema = z
  .object({
    kind: z.enum(['immunosuppression', 'pre_dose', 'after_dose', 'interaction']),
    text: z.string().min(10),
    basis: z.array(basisSchema).min(1),
    verified: z.boolean(),
    step: z.enum(PLAN_STEPS).optional(),
    at: timingSchema.optional(),
    /** `at` is a deadline ("before the dose"): the label gives no earlier time. */
    by: z.literal(true).optional(),
    until: timingSchema.optional(),
    /** How often, between `at` and `until` (or open-ended). */
    every: z
      .object({ n: z.number().int().min(1), unit: z.enum(TIME_UNITS) })
      .strict()
      .optional(),
    /** What is measured, so that one plan never has two frequencies for the same test at the same time. */
    test: idSchema.optional(),
    /** Done only if needed (reactive immunosuppression, a test after a rise). */
    ifNeeded: z.literal(true).optional(),
    get when() {
      return predicateSchema.optional();
    },
    jurisdiction: z.enum(PLAN_JURISDICTIONS).optional()
  })
  .strict()
  .refine((r) => (r.at === undefined) === (r.step === undefined), 'a timed regimen item has both `step` and `at`')
  .refine((r) => r.at === undefined || r.jurisdiction !== undefined, 'a timed regimen item names its jurisdiction');

const quotesWhenVerifiedAll = (s: { verified: boolean; basis: { quote?: string }[] }) =>
  !s.verified || s.basis.every((b) => b.quote);

/** A product's latest dated change in one line: the date, the words, and the changes.ts entry it restates. */
export const lastChangeSchema = z
  .object({
    change: idSchema,
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    kind: z.enum(['label_change', 'safety_communication', 'withdrawal']),
    text: z.string().min(10)
  })
  .strict();

export const productSchema = z.object({
  id: idSchema,
  name: z.string(),
  inn: z.string(),
  platform: anyPlatformIdSchema,
  serotype: z.string().optional(),
  route: z.string(),
  /**
   * What the product fixes of the delivery questions (its route and, for AAV, the dose band): the wizard
   * does not ask them when the condition has products, and the engine takes them from here (docs/plan.md).
   */
  delivery: z
    .object({
      route: z.enum(['systemic', 'local', 'ex_vivo']),
      aavDose: z.enum(['below_1e14', 'at_or_above_1e14', 'not_planned']).optional()
    })
    .strict()
    .optional(),
  indications: z.array(z.string()).min(1),
  status: z.enum(['approved', 'discontinued', 'class']),
  /** Market status beyond approval (withdrawn, divested, refused in a region), shown beside the status. */
  marketNote: statementSchema.optional(),
  approval: statementSchema,
  /** The label version or date the criteria were checked against, and by whom/when. */
  labelChecked: z.object({ label: z.string().min(5), checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  /** The DailyMed SPL set id of the US label, looked up; absent when none was found (scripts/labels-watch.ts). */
  setId: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    .optional(),
  /**
   * The latest dated label change, safety communication or withdrawal, in one line for the summary (a first
   * approval is already the product's approval statement). It restates the
   * newest such entry of changes.ts for this product (changes.test.ts keeps the two equal).
   */
  lastChange: lastChangeSchema.optional(),
  criteria: z.array(criterionSchema).min(1),
  regimen: z.array(regimenItemSchema),
  labelFacts: z.array(statementSchema).min(1),
  /**
   * What the label or its source points to for a patient who cannot have the product (e.g. transplantation
   * from a matched donor), with the exact words; `afterCriterion`: only when that criterion is not met.
   */
  otherwise: z
    .array(
      statementSchema
        .extend({ basis: z.array(basisSchema).min(1), afterCriterion: idSchema.optional() })
        .strict()
        .refine(quotesWhenVerifiedAll, 'a verified statement quotes its basis')
    )
    .optional(),
  /** Boxed warnings and limitations of use, shown beside the status (an empty list says none was found). */
  warnings: z.array(warningSchema),
  /** Authorisation per jurisdiction, as far as it was checked. */
  markets: z.object({ US: marketSchema.optional(), EU: marketSchema.optional() }).strict().optional(),
  /** Sources that only this product's statements cite (loaded with the product; compose.ts adds them). */
  sources: z.array(sourceSchema).optional(),
  /** Rules about this product alone beyond its criteria (cautions, notes), targeting only this product. */
  get rules() {
    return z.array(ruleSchema).optional();
  }
});

const scalar = z.union([z.string(), z.number()]);
const path = z.string();

export type Scalar = string | number;
/** The closed set of operators (json-rules-engine style). Recursive, so the type is declared and the schema checks it. */
export type Predicate =
  | { op: 'eq'; path: string; value: Scalar }
  | { op: 'in'; path: string; value: Scalar[] }
  | { op: 'includes'; path: string; value: string }
  | { op: 'includesAny'; path: string; value: string[] }
  | { op: 'gt' | 'gte' | 'lt' | 'lte'; path: string; value: number }
  | { op: 'all' | 'any'; conditions: Predicate[] }
  | { op: 'not'; condition: Predicate }
  /** `then` decides only when `given` is met; otherwise the result is unknown (e.g. a limit set for one assay kind). */
  | { op: 'given'; given: Predicate; then: Predicate };

export const predicateSchema: z.ZodType<Predicate> = z.lazy(() =>
  z.union([
    z.object({ op: z.literal('eq'), path, value: scalar }).strict(),
    z.object({ op: z.literal('in'), path, value: z.array(scalar).min(1) }).strict(),
    z.object({ op: z.literal('includes'), path, value: z.string() }).strict(),
    z.object({ op: z.literal('includesAny'), path, value: z.array(z.string()).min(1) }).strict(),
    z.object({ op: z.enum(['gt', 'gte', 'lt', 'lte']), path, value: z.number() }).strict(),
    z.object({ op: z.enum(['all', 'any']), conditions: z.array(predicateSchema).min(1) }).strict(),
    z.object({ op: z.literal('not'), condition: predicateSchema }).strict(),
    z.object({ op: z.literal('given'), given: predicateSchema, then: predicateSchema }).strict()
  ])
);

export const ruleSchema = z
  .object({
    id: idSchema,
    /** Which of the 44 candidate rules of the clinical reference this encodes. */
    candidates: z.array(z.number().int().min(1).max(44)),
    strength: strengthSchema,
    /** Defaults to the strength's direction: favours → for, note → neutral, the rest → against. */
    direction: directionSchema.optional(),
    target: z
      .object({ platforms: z.array(platformIdSchema).optional(), products: z.array(idSchema).optional() })
      .refine((t) => (t.platforms?.length ?? 0) + (t.products?.length ?? 0) > 0, 'a rule targets something'),
    when: predicateSchema,
    text: z.string().min(10),
    rationale: z.string().min(10),
    /** A medicine to stop, hold or give; listed under medication actions when the rule is met. */
    action: z.string().optional(),
    sources: z.array(idSchema).min(1),
    verified: z.boolean(),
    /** Why candidates were merged or split, or where a rule without a candidate comes from. */
    note: z.string().optional(),
    /** Set on the rules compiled from a product's label criteria (knowledge/criteria.ts). */
    criterion: z
      .object({
        product: idSchema,
        id: idSchema,
        kind: z.enum(['inclusion', 'exclusion']),
        jurisdiction: jurisdictionSchema.optional()
      })
      .optional(),
    /**
     * Where the rule's statement was read: each source with its section and the exact words.
     * Required (quoted) for a verified high-stakes rule; see knowledge/high-stakes.ts.
     */
    basis: z.array(basisSchema).optional()
  })
  .refine((r) => !r.verified || (r.basis ?? []).every((b) => b.quote), 'a verified rule quotes every basis it gives')
  .refine(
    (r) => r.candidates.length > 0 || (r.note?.length ?? 0) > 0,
    'a rule outside the 44 candidates explains its origin in `note`'
  )
  .refine(
    (r) => r.criterion !== undefined || r.strength !== 'exclude' || (r.target.platforms?.length ?? 0) > 0,
    "a product exclusion is one of the product's label criteria, not a free-standing rule"
  );

/** One medicine of the interactions list (knowledge/medicines.ts): what the combobox offers and the case records by id. */
export const medicineSchema = z
  .object({
    id: idSchema,
    /** The generic (international) name, as the list shows it. */
    name: z.string().min(3),
    /** Other generic spellings (rifampin for rifampicin), matched like the name. */
    aliases: z.array(z.string().min(3)).optional(),
    /** Common brand names, matched by their beginning; never an identifier. */
    brands: z.array(z.string().min(2)),
    classes: z.array(z.enum(MEDICINES)),
    /** Where its class membership (what the interactions read) is stated. */
    sources: z.array(idSchema).min(1)
  })
  .strict();

/** The therapy steps a patient's medicine can meet (docs/medicines.md). */
export const INTERACTION_STEPS = [
  'busulfan_conditioning',
  'prophylactic_steroids',
  'sirolimus',
  'lymphodepletion',
  'mobilisation_apheresis',
  'intrathecal_procedure',
  'subretinal_procedure',
  'neurosurgical_procedure',
  'liver_aav_hepatotoxicity',
  'hiv_testing_after_lv',
  'factor_assays_after_liver_aav',
  'label_contraindication'
] as const;
/** What to do: stop (before the anchor), avoid (after it), monitor levels or effects, choose another, test differently, keep, or review. */
export const INTERACTION_ACTIONS = [
  'stop_before',
  'avoid_after',
  'monitor',
  'choose_another',
  'test_differently',
  'keep',
  'review'
] as const;

export const interactionSchema = z
  .object({
    id: idSchema,
    /** It meets a case whose current medicines include any of these ids, or any medicine of these classes. */
    medicines: z.array(idSchema).optional(),
    classes: z.array(z.enum(MEDICINES)).optional(),
    step: z.enum(INTERACTION_STEPS),
    /** When the step applies to this patient (for example a stem-cell target), over the same facts as the rules. */
    when: z.lazy(() => predicateSchema).optional(),
    target: z
      .object({ platforms: z.array(platformIdSchema).optional(), products: z.array(idSchema).optional() })
      .refine((t) => (t.platforms?.length ?? 0) + (t.products?.length ?? 0) > 0, 'an interaction targets something'),
    action: z.enum(INTERACTION_ACTIONS),
    /** When, only where a source states the interval: never invented. */
    timing: z
      .object({ offset: z.number().int(), unit: z.enum(TIME_UNITS), anchor: z.enum(ANCHORS) })
      .strict()
      .optional(),
    text: z.string().min(10),
    /** The rule whose medication action this interaction times: the summary shows the rule's action once, with this timing. */
    rule: idSchema.optional(),
    sources: z.array(idSchema).min(1),
    basis: z.array(basisSchema).optional(),
    verified: z.boolean()
  })
  .strict()
  .refine((i) => (i.medicines?.length ?? 0) + (i.classes?.length ?? 0) > 0, 'an interaction names medicines or classes')
  .refine(
    (i) => !i.verified || ((i.basis?.length ?? 0) > 0 && i.basis!.every((b) => b.quote)),
    'a verified interaction quotes every basis it gives, and gives one'
  )
  .refine((i) => !i.timing || i.verified, 'a timing is given only where a source states it (verified)');

const quotesWhenVerified = (s: { verified: boolean; basis?: { quote?: string }[] }) =>
  !s.verified || (s.basis ?? []).every((b) => b.quote);

export const monitoringItemSchema = z
  .object({
    id: idSchema,
    platform: platformIdSchema,
    text: z.string(),
    when: predicateSchema.optional(),
    sources: z.array(idSchema).min(1),
    verified: z.boolean(),
    /** Where the interval or duration was read, with the exact words (see knowledge/high-stakes.ts). */
    basis: z.array(basisSchema).optional()
  })
  .refine(quotesWhenVerified, 'a verified monitoring item quotes every basis it gives');

export const followUpSchema = z
  .object({
    platform: platformIdSchema,
    years: z.number().nullable(),
    text: z.string(),
    sources: z.array(idSchema).min(1),
    verified: z.boolean(),
    /** Where the follow-up duration was read, with the exact words (see knowledge/high-stakes.ts). */
    basis: z.array(basisSchema).optional()
  })
  .refine(quotesWhenVerified, 'a verified follow-up entry quotes every basis it gives');

/** What kind of event a dated change is. */
export const changeKindSchema = z.enum([
  'label_change',
  'safety_communication',
  'approval',
  'withdrawal',
  'pending_decision',
  'ownership',
  'market'
]);

/**
 * One dated change to what the knowledge base knows: a label change, a safety communication, an approval,
 * a withdrawal, a change of owner or supply, or a decision still pending (with its expected date).
 */
export const changeSchema = z
  .object({
    id: idSchema,
    /** Product ids of products/ (e.g. 'elevidys', 'car-t' for the class), or the names of candidates not in it. */
    products: z.array(z.string().min(2)).min(1),
    /** The vector platform of the product, for filtering. */
    platform: anyPlatformIdSchema,
    /**
     * ISO date as far as the source states it (YYYY, YYYY-MM or YYYY-MM-DD); for a pending decision, the date it
     * is expected. Null when no date was found, which `note` then says.
     */
    date: partialDateSchema,
    agency: z.enum(['FDA', 'EMA', 'EC', 'company']),
    kind: changeKindSchema,
    /** What changed, in one or two sentences. */
    text: z.string().min(10),
    sources: z.array(idSchema).min(1),
    verified: z.boolean(),
    /** Why the entry is not verified, or what is still to check. */
    note: z.string().optional()
  })
  .strict()
  .refine((c) => c.verified || (c.note?.length ?? 0) > 0, 'an unverified change says why in `note`')
  .refine((c) => c.date !== null || (c.note?.length ?? 0) > 0, 'a change without a date says why in `note`');

export type Change = z.infer<typeof changeSchema>;
export type ChangeKind = z.infer<typeof changeKindSchema>;
export type LastChange = z.infer<typeof lastChangeSchema>;
export type Verification = z.infer<typeof verificationSchema>;
export type PlatformId = z.infer<typeof platformIdSchema>;
export type AnyPlatformId = z.infer<typeof anyPlatformIdSchema>;
export type Strength = z.infer<typeof strengthSchema>;
export type Direction = z.infer<typeof directionSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
/** A statement with its sources and whether it is verified: the one shape every cited line has (engine, summary, teaching). */
export type Statement = z.infer<typeof statementSchema>;
export type Platform = z.infer<typeof platformSchema>;
export type Tissue = z.infer<typeof tissueSchema>;
export type Serotype = z.infer<typeof serotypeSchema>;
export type Product = z.infer<typeof productSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type RegimenItem = z.infer<typeof regimenItemSchema>;
export type Warning = z.infer<typeof warningSchema>;
export type Market = z.infer<typeof marketSchema>;
export type Basis = z.infer<typeof basisSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type MonitoringItem = z.infer<typeof monitoringItemSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type Medicine = z.infer<typeof medicineSchema>;
export type Interaction = z.infer<typeof interactionSchema>;
export type InteractionStep = (typeof INTERACTION_STEPS)[number];
export type InteractionAction = (typeof INTERACTION_ACTIONS)[number];
/** A source with the patient attributes its rules use (derived from the rules, see index.ts). */
export type Source = SourceData & { patientAttributes: string[] };
