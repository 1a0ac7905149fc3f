/**
 * The case: one zod schema for every answer the wizard records. It is also the case-file
 * format (see README, "The case file"). Each wizard page validates its own section; the
 * sections are views of this one schema, and every type comes from `z.infer`.
 *
 * zod/mini keeps the client bundle small (stack.md: +5.7 KB gzip against +22 KB for classic).
 */
import * as z from 'zod/mini';
import * as v from './values';
import { asksPregnancy, asksPremature } from './age';
import { JURISDICTIONS } from '../knowledge/jurisdiction';

export const SCHEMA_VERSION = 3 as const;

const choice = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { error: message });

/** A yes / no / not known question with its own message. */
const ynu = (message: string) => choice(v.YES_NO_UNKNOWN, message);

const fieldIssue = (ctx: z.core.$RefinementCtx<unknown>, path: string, message: string) =>
  ctx.issues.push({ code: 'custom', message, path: [path], input: undefined });

/** A titre written as the N of 1:N. */
export const TITRE_MIN = 1;
export const TITRE_MAX = 10_000_000;
export const titre = (label: string) =>
  z.number({ error: `Enter the ${label} titre as 1:N, for example 1:50` }).check(
    z.int(`Enter the ${label} titre as a whole number after "1:", for example 1:50`),
    z.gte(TITRE_MIN, `The ${label} titre must be at least 1:${TITRE_MIN}`),
    // Grouped by hand: a first Intl call at start-up loads locale data the page does not otherwise need.
    z.lte(TITRE_MAX, `The ${label} titre must be at most 1:${String(TITRE_MAX).replace(/\B(?=(\d{3})+$)/g, ',')}`)
  );

const wholeNumber = (message: string, min: number, max: number, range: string) =>
  z
    .number({ error: message })
    .check(z.int(message), z.gte(min, `The age must be ${range}`), z.lte(max, `The age must be ${range}`));

export const patientSchema = z
  .object({
    /** Schema 2: months under 2 years, years from 2 to 89, or 90 or over. */
    ageUnit: z.optional(choice(v.AGE_UNITS, "Select the patient's age")),
    ageMonths: z.optional(
      wholeNumber(
        'Enter the age in completed months, for example 7',
        0,
        v.AGE_MONTHS_MAX,
        `from 0 to ${v.AGE_MONTHS_MAX} months; from 2 years, choose "2 years or older"`
      )
    ),
    ageYears: z.optional(
      wholeNumber(
        'Enter the age in whole years, for example 34',
        v.AGE_YEARS_MIN,
        v.AGE_YEARS_MAX,
        `from ${v.AGE_YEARS_MIN} to ${v.AGE_YEARS_MAX} years; under 2 years, give months; from 90, choose "90 or over"`
      )
    ),
    /** Schema 1's age band: present only in a migrated case whose exact age has not been entered yet. */
    ageBand: z.optional(choice(v.AGE_BANDS, 'Select the age band')),
    premature: z.optional(ynu('Select whether the baby was born premature')),
    /** Schema 3: asked of every patient where a question or a label depends on it (case/age.ts `asksSex`). */
    sex: z.optional(choice(v.SEX, 'Select the patient’s sex')),
    pregnancy: z.optional(choice(v.PREGNANCY, 'Select whether the patient is pregnant or breast-feeding')),
    indication: choice(v.INDICATIONS, 'Select the condition being treated'),
    /** Schema 3: whose labels apply (US FDA or EU EMA); absent reads as US. */
    jurisdiction: z.optional(choice(JURISDICTIONS, 'Select whose labels apply'))
  })
  .check(
    z.superRefine(
      (p, ctx) => {
        if (p.ageUnit === undefined && p.ageBand === undefined) fieldIssue(ctx, 'ageUnit', "Select the patient's age");
        if (p.ageUnit === 'months' && p.ageMonths === undefined)
          fieldIssue(ctx, 'ageMonths', 'Enter the age in completed months, for example 7');
        if (p.ageUnit === 'years' && p.ageYears === undefined)
          fieldIssue(ctx, 'ageYears', 'Enter the age in whole years, for example 34');
        if (asksPremature(p) && p.premature === undefined)
          fieldIssue(ctx, 'premature', 'Select whether the baby was born premature');
        if (asksPregnancy(p) && p.pregnancy === undefined)
          fieldIssue(ctx, 'pregnancy', 'Select whether the patient is pregnant or breast-feeding');
      },
      // Also when another answer (the indication) is wrong, so that a page shows every missing answer at once
      // (GOV.UK error summary); not when an age answer itself is wrong, which this check reads.
      {
        when: ({ value, issues }) =>
          typeof value === 'object' &&
          value !== null &&
          !issues.some((i) =>
            ['ageUnit', 'ageMonths', 'ageYears', 'ageBand', 'premature', 'sex', 'pregnancy'].includes(
              String(i.path?.[0])
            )
          )
      }
    )
  );

export const conditionSchema = z.object({
  caldEarlyActive: z.optional(ynu('Select whether the CALD is early and active')),
  rpe65Biallelic: z.optional(ynu('Select whether bi-allelic RPE65 mutations are confirmed')),
  haemophiliaASevere: z.optional(ynu('Select whether the haemophilia A is severe (factor VIII below 1 IU/dL)')),
  haemophiliaBSelection: z.optional(
    ynu(
      'Select whether the patient uses factor IX prophylaxis or has had life-threatening or repeated serious bleeding'
    )
  ),
  smn1Biallelic: z.optional(ynu('Select whether bi-allelic SMN1 mutations are confirmed')),
  wasMutation: z.optional(ynu('Select whether a mutation in the WAS gene is confirmed')),
  hsctAppropriate: z.optional(ynu('Select whether stem-cell transplantation is appropriate for the patient')),
  itgb2SevereBiallelic: z.optional(ynu('Select whether severe LAD-I with bi-allelic ITGB2 variants is confirmed')),
  sarcomaAfterChemo: z.optional(
    ynu('Select whether the synovial sarcoma is unresectable or metastatic after prior chemotherapy')
  ),
  hlaA02Eligible: z.optional(ynu('Select whether the patient carries HLA-A*02:01P, -A*02:02P, -A*02:03P or -A*02:06P')),
  hlaA0205: z.optional(ynu('Select whether the patient carries HLA-A*02:05P')),
  mageA4Positive: z.optional(ynu('Select whether the tumour expresses MAGE-A4 on the companion test')),
  otofBiallelic: z.optional(ynu('Select whether bi-allelic OTOF variants are confirmed')),
  otofEarEligible: z.optional(
    ynu('Select whether outer hair-cell function is present and the ear to be treated has no cochlear implant')
  ),
  factorInhibitors: z.optional(ynu('Select whether the patient has factor inhibitors now or in the past')),
  ambulatory: z.optional(ynu('Select whether the patient can walk')),
  dmdDeletion: z.optional(choice(v.DMD_DELETIONS, 'Select where the DMD deletion lies')),
  viableRetinalCells: z.optional(ynu('Select whether there are enough viable retinal cells')),
  tdtGenotype: z.optional(choice(v.TDT_GENOTYPES, 'Select the β-globin genotype')),
  vocHistory: z.optional(ynu('Select whether there is a history of vaso-occlusive events')),
  hlaMatchedDonor: z.optional(ynu('Select whether an HLA-matched donor is available')),
  mldEligibleStage: z.optional(ynu('Select whether the MLD stage is one the approved product covers')),
  skullMature: z.optional(ynu('Select whether skull maturity has been confirmed on imaging')),
  bcgUnresponsiveCis: z.optional(ynu('Select whether the cancer is BCG-unresponsive with carcinoma in situ')),
  cystectomyEligible: z.optional(ynu('Select whether the patient could have a cystectomy')),
  interferonHypersensitivity: z.optional(ynu('Select whether there has been a reaction to interferon alfa'))
});

export const infectionsSchema = z.object({
  hiv: choice(v.HIV_STATUS, 'Select the HIV status'),
  hbv: choice(v.HEPATITIS_STATUS, 'Select the hepatitis B status'),
  hcv: choice(v.HEPATITIS_STATUS, 'Select the hepatitis C status'),
  acuteInfection: ynu('Select whether there is an acute infection now'),
  ad5Nab: choice(v.AD5_NAB, 'Select the adenovirus type 5 antibody result')
});

export const aavResultSchema = z
  .object({
    serotype: choice(v.AAV_SEROTYPES, 'Select the capsid'),
    assay: choice(v.ANTIBODY_ASSAYS, 'Select the kind of assay'),
    result: choice(v.ANTIBODY_RESULTS, 'Select the result'),
    /** N of 1:N; absent when not detected or when the titre was not reported. */
    titre: z.optional(titre('anti-AAV')),
    /** AAV5 total-antibody results: was it the FDA-approved companion diagnostic (Roctavian's label names it)? */
    companionTest: z.optional(ynu('Select whether the FDA-approved companion test was used')),
    /** AAV5 neutralising results: which assay version (Hemgenix's limit differs between them)? */
    assayVersion: z.optional(choice(v.NAB_ASSAY_VERSIONS, 'Select the version of the neutralising assay'))
  })
  .check(
    z.superRefine((r, ctx) => {
      if (r.result === 'not_detected' && r.titre !== undefined)
        fieldIssue(ctx, 'titre', `Leave the ${r.serotype} titre empty when no antibodies were detected`);
    })
  );

export const aavAntibodiesSchema = z
  .object({
    testing: choice(v.AAV_TESTING, 'Select whether anti-AAV antibodies have been tested'),
    results: z.optional(z.array(aavResultSchema))
  })
  .check(
    z.superRefine((a, ctx) => {
      if (a.testing === 'tested' && (a.results?.length ?? 0) === 0)
        fieldIssue(ctx, 'results', 'Select at least one capsid that was tested');
      const seen = new Set<string>();
      for (const r of a.results ?? []) {
        if (seen.has(r.serotype)) fieldIssue(ctx, 'results', `${r.serotype} is listed twice`);
        seen.add(r.serotype);
      }
    })
  );

export const immunitySchema = z.object({
  primaryImmunodeficiency: ynu('Select whether there is a primary immunodeficiency'),
  immunosuppressed: ynu('Select whether the patient is on immunosuppressive treatment'),
  autoimmune: choice(v.AUTOIMMUNE, 'Select whether there is an autoimmune disease'),
  complement: choice(v.COMPLEMENT, 'Select whether there is a complement disorder or past TMA')
});

/**
 * One current medicine (schema 3, docs/medicines.md): a medicine of the interactions list by its id, with the
 * classes the list gave it; a class alone ("a medicine of this class, name not recorded", what schema 2's ticks
 * become); or a name typed as free text, which is never matched to the list.
 */
export const MEDICINE_ID = /^[a-z0-9][a-z0-9-]*$/;
const medicineClass = z.enum(v.MEDICINES, { error: 'This is not a medicine class this version knows' });
export const medicineEntrySchema = z.union(
  [
    z.strictObject({
      id: z.string().check(z.regex(MEDICINE_ID, 'A medicine id is lower-case, for example "voriconazole"')),
      classes: z.array(medicineClass)
    }),
    z.strictObject({ class: medicineClass }),
    z.strictObject({
      name: z
        .string()
        .check(
          z.minLength(1, 'Enter the name of the medicine'),
          z.maxLength(v.MEDICINE_NAME_MAX, `A medicine name must be ${v.MEDICINE_NAME_MAX} characters or fewer`)
        )
    })
  ],
  { error: 'A medicine is { "id", "classes" }, { "class" } or { "name" }' }
);
export type MedicineEntry = z.infer<typeof medicineEntrySchema>;

/** The classes an entry records: its list classes, its one class, or none for a name typed as free text. */
export const entryClasses = (e: MedicineEntry): readonly string[] =>
  'classes' in e ? e.classes : 'class' in e ? [e.class] : [];
/** What identifies an entry within one case, so that the same medicine is not listed twice. */
export const entryKey = (e: MedicineEntry): string =>
  'id' in e ? `id:${e.id}` : 'class' in e ? `class:${e.class}` : `name:${e.name.trim().toLowerCase()}`;

export const medicinesSchema = z
  .object({
    answer: choice(v.MEDICINES_ANSWER, 'Select whether the patient takes any medicines now'),
    current: z.optional(
      z.array(medicineEntrySchema).check(z.maxLength(v.MEDICINES_MAX, `List at most ${v.MEDICINES_MAX} medicines`))
    ),
    steroidDose: z.optional(choice(v.STEROID_DOSE, 'Select the corticosteroid dose')),
    alcohol: ynu('Select whether the patient drinks alcohol'),
    liveVaccineDue: ynu('Select whether a live vaccine is due')
  })
  .check(
    z.superRefine((m, ctx) => {
      if (m.answer === 'some' && (m.current?.length ?? 0) === 0)
        fieldIssue(ctx, 'current', 'Add at least one medicine, or choose "No" or "Not known"');
      const seen = new Set<string>();
      for (const e of m.current ?? []) {
        const key = entryKey(e);
        if (seen.has(key)) fieldIssue(ctx, 'current', `${key.replace(/^\w+:/, '')} is listed twice`);
        seen.add(key);
      }
      if (m.current?.some((e) => entryClasses(e).includes('corticosteroids')) && m.steroidDose === undefined)
        fieldIssue(ctx, 'steroidDose', 'Select the corticosteroid dose');
    })
  );

export const priorTherapySchema = z.object({
  hadGeneTherapy: ynu('Select whether the patient has had gene therapy before')
});

export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;
export const priorTherapyDetailsSchema = z
  .object({
    platforms: z
      .array(z.enum(v.PRIOR_PLATFORMS), { error: 'Select the kind of vector used before' })
      .check(z.minLength(1, 'Select the kind of vector used before')),
    aavSerotypes: z.optional(z.array(z.enum([...v.AAV_SEROTYPES, 'not_known']))),
    hscGeneTherapy: ynu('Select whether it was a stem-cell (HSC) gene therapy'),
    seriousReaction: ynu('Select whether there was a serious reaction'),
    year: z.optional(
      z
        .number({ error: 'Enter the year as 4 digits, for example 2021' })
        .check(
          z.int('Enter the year as 4 digits, for example 2021'),
          z.gte(YEAR_MIN, `The year must be ${YEAR_MIN} or later`),
          z.lte(YEAR_MAX, 'The year cannot be in the future')
        )
    )
  })
  .check(
    z.superRefine((d, ctx) => {
      if (d.platforms.includes('aav') && (d.aavSerotypes?.length ?? 0) === 0)
        fieldIssue(ctx, 'aavSerotypes', 'Select the AAV capsid used before, or "Not known"');
    })
  );

export const ULN_MULTIPLE_MAX = 100;
export const liverSchema = z
  .object({
    altStatus: choice(v.ALT_STATUS, 'Select the ALT/AST result'),
    altMultiple: z.optional(
      z
        .number({ error: 'Enter ALT/AST as a multiple of the upper limit of normal, for example 1.5' })
        .check(
          z.gt(1, 'A raised ALT/AST is more than 1 × the upper limit of normal'),
          z.lte(ULN_MULTIPLE_MAX, `ALT/AST must be at most ${ULN_MULTIPLE_MAX} × the upper limit of normal`)
        )
    ),
    fibrosis: choice(v.FIBROSIS, 'Select the fibrosis stage'),
    hepatobiliaryDisease: ynu('Select whether there is other liver or biliary disease'),
    malignancy: choice(v.MALIGNANCY, 'Select whether there is a history of cancer or MDS')
  })
  .check(
    z.superRefine((l, ctx) => {
      if (l.altStatus === 'raised' && l.altMultiple === undefined)
        fieldIssue(ctx, 'altMultiple', 'Enter ALT/AST as a multiple of the upper limit of normal, for example 1.5');
    })
  );

export const CARGO_MIN_KB = 0.1;
export const CARGO_MAX_KB = 50;
export const targetSchema = z.object({
  tissue: choice(v.TISSUES, 'Select the target tissue'),
  goal: choice(v.GOALS, 'Select how long expression needs to last'),
  /** Asked only when the indication has no approved product (case/complete.ts `asksDelivery`). */
  route: z.optional(choice(v.ROUTES, 'Select the route of delivery')),
  cargoKb: z.optional(
    z
      .number({ error: 'Enter the cargo size in kilobases, for example 4.2' })
      .check(
        z.gte(CARGO_MIN_KB, `The cargo size must be at least ${CARGO_MIN_KB} kb`),
        z.lte(CARGO_MAX_KB, `The cargo size must be at most ${CARGO_MAX_KB} kb`)
      )
  ),
  aavDose: z.optional(choice(v.AAV_DOSE, 'Select the planned AAV dose'))
});

export const LABEL_MAX = 40;
export const caseSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION, { error: `schemaVersion must be ${SCHEMA_VERSION}` }),
  /** Optional label for the user's own reference; never an identifier, never in a share link. */
  label: z.optional(
    z.string().check(z.maxLength(LABEL_MAX, `The case label must be ${LABEL_MAX} characters or fewer`))
  ),
  patient: patientSchema,
  condition: z.optional(conditionSchema),
  infections: infectionsSchema,
  aavAntibodies: aavAntibodiesSchema,
  immunity: immunitySchema,
  medicines: medicinesSchema,
  priorTherapy: priorTherapySchema,
  priorTherapyDetails: z.optional(priorTherapyDetailsSchema),
  liver: liverSchema,
  target: targetSchema
});

export type Case = z.infer<typeof caseSchema>;
export type Patient = z.infer<typeof patientSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Infections = z.infer<typeof infectionsSchema>;
export type AavResult = z.infer<typeof aavResultSchema>;
export type AavAntibodies = z.infer<typeof aavAntibodiesSchema>;
export type Immunity = z.infer<typeof immunitySchema>;
export type Medicines = z.infer<typeof medicinesSchema>;
export type PriorTherapy = z.infer<typeof priorTherapySchema>;
export type PriorTherapyDetails = z.infer<typeof priorTherapyDetailsSchema>;
export type Liver = z.infer<typeof liverSchema>;
export type Target = z.infer<typeof targetSchema>;

/** The answers while the wizard is in progress: any section may be missing. */
export type Draft = { schemaVersion: typeof SCHEMA_VERSION; label?: string } & Partial<
  Omit<Case, 'schemaVersion' | 'label'>
>;
export type SectionId = Exclude<keyof Case, 'schemaVersion' | 'label'>;
