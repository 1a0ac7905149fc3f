/**
 * The zod schemas of the knowledge base: the single source of truth for its shape.
 * Only tests and scripts import these values; the client imports the types (`import type`),
 * so classic zod never reaches the bundle.
 */
import { z } from 'zod';
import { JURISDICTIONS } from './jurisdiction';

export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case kebab-case');
export const jurisdictionSchema = z.enum(JURISDICTIONS);
export const verificationSchema = z.enum(['verified', 'partial', 'unverified']);
/** The three platforms compared, in the order every list shows them: the one platform list. */
export const PLATFORM_IDS = ['adv', 'lv', 'aav'] as const;
export const platformIdSchema = z.enum(PLATFORM_IDS);
export const anyPlatformIdSchema = z.enum(['adv', 'lv', 'aav', 'gamma_retroviral', 'non_viral']);
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
  kind: z.enum(['label', 'regulator', 'guidance', 'paper', 'abstract', 'news', 'reference', 'payer']),
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
    test: z.lazy(() => conditionSchema).optional(),
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

/** A boxed warning or limitation of use, in our words, with where it was read (no quote: unverified). */
export const warningSchema = z
  .object({
    kind: z.enum(['boxed_warning', 'limitation']),
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
    verified: z.boolean()
  })
  .strict();

export const productSchema = z.object({
  id: idSchema,
  name: z.string(),
  inn: z.string(),
  platform: anyPlatformIdSchema,
  serotype: z.string().optional(),
  route: z.string(),
  indications: z.array(z.string()).min(1),
  status: z.enum(['approved', 'discontinued', 'class']),
  /** Market status beyond approval (withdrawn, divested, refused in a region), shown beside the status. */
  marketNote: statementSchema.optional(),
  approval: statementSchema,
  /** The label version or date the criteria were checked against, and by whom/when. */
  labelChecked: z.object({ label: z.string().min(5), checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  criteria: z.array(criterionSchema).min(1),
  regimen: z.array(regimenItemSchema),
  labelFacts: z.array(statementSchema).min(1),
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
export type Condition =
  | { op: 'eq'; path: string; value: Scalar }
  | { op: 'in'; path: string; value: Scalar[] }
  | { op: 'includes'; path: string; value: string }
  | { op: 'includesAny'; path: string; value: string[] }
  | { op: 'gt' | 'gte' | 'lt' | 'lte'; path: string; value: number }
  | { op: 'all' | 'any'; conditions: Condition[] }
  | { op: 'not'; condition: Condition }
  /** `then` decides only when `given` is met; otherwise the result is unknown (e.g. a limit set for one assay kind). */
  | { op: 'given'; given: Condition; then: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ op: z.literal('eq'), path, value: scalar }).strict(),
    z.object({ op: z.literal('in'), path, value: z.array(scalar).min(1) }).strict(),
    z.object({ op: z.literal('includes'), path, value: z.string() }).strict(),
    z.object({ op: z.literal('includesAny'), path, value: z.array(z.string()).min(1) }).strict(),
    z.object({ op: z.enum(['gt', 'gte', 'lt', 'lte']), path, value: z.number() }).strict(),
    z.object({ op: z.enum(['all', 'any']), conditions: z.array(conditionSchema).min(1) }).strict(),
    z.object({ op: z.literal('not'), condition: conditionSchema }).strict(),
    z.object({ op: z.literal('given'), given: conditionSchema, then: conditionSchema }).strict()
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
    when: conditionSchema,
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

const quotesWhenVerified = (s: { verified: boolean; basis?: { quote?: string }[] }) =>
  !s.verified || (s.basis ?? []).every((b) => b.quote);

export const monitoringItemSchema = z
  .object({
    id: idSchema,
    platform: platformIdSchema,
    text: z.string(),
    when: conditionSchema.optional(),
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

export type Verification = z.infer<typeof verificationSchema>;
export type PlatformId = z.infer<typeof platformIdSchema>;
export type AnyPlatformId = z.infer<typeof anyPlatformIdSchema>;
export type Strength = z.infer<typeof strengthSchema>;
export type Direction = z.infer<typeof directionSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
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
/** A source with the patient attributes its rules use (derived from the rules, see index.ts). */
export type Source = SourceData & { patientAttributes: string[] };
