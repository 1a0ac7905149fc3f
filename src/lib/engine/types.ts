/** The shape of an assessment: the engine's public output (also the CLI's JSON format). */
import type { PlatformId, Strength, Direction, Statement } from '../knowledge/schema';
import type { PlanJurisdiction, PlanStep } from '../knowledge/plan-steps';
import type { TimeUnit, Timing } from '../knowledge/timing';
import type { Jurisdiction } from '../knowledge/jurisdiction';

export type { PlatformId, Strength, Direction, Statement };
/** Three-valued rule result: a missing or "not known" answer gives unknown, never not_met. */
export type Result = 'met' | 'not_met' | 'unknown';
/** Ordered best to worst; the fit of a platform can only move down as contraindications are added. */
export const FITS = ['favoured', 'possible', 'caution', 'strong_caution', 'not_advised'] as const;
export type Fit = (typeof FITS)[number];

/** An interval of numbers: a schema-1 age band, or "90 or over". Comparisons it straddles are unknown. */
export type NumberRange = { readonly min: number; readonly max: number };
export type FactValue = string | number | readonly string[] | NumberRange;
/** Facts extracted from a case; a path that is absent is unknown. */
export type Facts = Readonly<Record<string, FactValue>>;

/** An answer the engine looked at: the case path, its label and the value seen. */
export type Trigger = { path: string; label: string; value: FactValue };

export type RuleOutcome = {
  ruleId: string;
  result: Result;
  /** Answers that made the rule met; empty when not met or unknown. */
  trigger: Trigger[];
  /** Paths whose missing answers left the rule unknown. */
  unknownPaths: string[];
  threshold?: string;
};

export type Finding = Statement & {
  ruleId: string;
  strength: Strength;
  direction: Direction;
  rationale: string;
  trigger: Trigger[];
  threshold?: string;
  /** 'product' when the rule targets only products; its effect on the platform fit is capped at caution. */
  scope: 'platform' | 'product';
  products: string[];
};

/** A reason for or against; `ruleId` when a rule's finding gives it (absent for a general statement of the knowledge base). */
export type Reason = Statement & { ruleId?: string };

export type UnknownQuestion = {
  path: string;
  label: string;
  rules: { ruleId: string; strength: Strength; platforms: PlatformId[]; products: string[] }[];
  /** Platforms whose fit level would change if the answer fired one of those rules. */
  changesFit: PlatformId[];
  /** Products whose status (eligible / not eligible / check needed) would change. */
  changesProducts: string[];
};

export type PlatformAssessment = {
  id: PlatformId;
  name: string;
  fit: Fit;
  fitReason: string;
  findings: Finding[];
  for: Reason[];
  against: Reason[];
  unknowns: UnknownQuestion[];
};

export type ProductCheck = Statement & {
  ruleId: string;
  result: Result;
  /** The unanswered questions when the result is unknown. */
  unknownPaths: string[];
  strength: Strength;
  trigger: Trigger[];
  threshold?: string;
};

/**
 * meets_criteria: every label criterion this tool checks is met by a recorded answer (never a prescription);
 * check_needed: at least one criterion is unanswered or needs a test; not_eligible: a criterion is not met.
 */
export type ProductStatus = 'meets_criteria' | 'check_needed' | 'not_eligible';

/** One label criterion for this patient. pass: an inclusion met or an exclusion absent. */
export type CriterionCheck = Statement & {
  id: string;
  /** The compiled rule (absent for a criterion the tool does not ask). */
  ruleId?: string;
  kind: 'inclusion' | 'exclusion';
  verdict: 'pass' | 'fail' | 'unknown';
  /** What answers it, shown when the verdict is unknown. */
  needs: string;
  trigger: Trigger[];
  unknownPaths: string[];
  threshold?: string;
  /** The label's words and where they were read (first basis with a quote). */
  quote?: string;
  section: string;
  /** Whose label states it; absent when both do (or the other was not read). */
  jurisdiction?: Jurisdiction;
};

export type MarketStatus = 'authorised' | 'not_authorised' | 'withdrawn' | 'discontinued' | 'not_checked';

/** A boxed warning or limitation of use of the chosen jurisdiction's label. */
export type WarningEntry = Statement & { kind: 'boxed_warning' | 'limitation' | 'not_read' };

/** How often a plan step recurs: every `n` `unit`s. */
export type Every = { n: number; unit: TimeUnit };

/** The timed fields of a regimen item (knowledge/schema.ts, regimenItemSchema): see docs/plan.md. */
export type PlanTiming = {
  step: PlanStep;
  at: Timing;
  /** `at` is a deadline ("before the dose"). */
  by?: true;
  until?: Timing;
  every?: Every;
  /** What is measured (one frequency per test at a time). */
  test?: string;
  /** Only if needed (reactive immunosuppression). */
  ifNeeded?: true;
  jurisdiction: PlanJurisdiction;
};

export type RegimenEntry = Statement & {
  kind: 'immunosuppression' | 'pre_dose' | 'after_dose' | 'interaction';
  /** Whether it applies to this patient: not_met when the answers show it does not (a test already done). */
  applies: Result;
  /** The label's words, where the knowledge base has them. */
  quote?: string;
} & (PlanTiming | { [K in keyof PlanTiming]?: never });

/**
 * One step of a care plan: a timed regimen item of the product's label data ('label'), a platform-level
 * line standing in where the product's data has none ('platform'), or an item a caller adds ('extra',
 * e.g. a medicine's washout).
 */
export type PlanItem = PlanTiming &
  Statement & {
    quote?: string;
    origin: 'label' | 'platform' | 'extra';
  };

/** The care plan of one product that meets or may meet its label; `background`: platform lines it overrides. */
export type CarePlan = {
  product: string;
  name: string;
  items: PlanItem[];
  background: MonitoringEntry[];
};

export type ProductAssessment = {
  id: string;
  name: string;
  platform: string;
  serotype?: string;
  marketStatus: 'approved' | 'discontinued' | 'class';
  marketNote?: Reason;
  /** The labels the status follows (the case's choice; US by default). */
  jurisdiction: Jurisdiction;
  /** Set when the product is not authorised, withdrawn or not checked in the chosen jurisdiction: said first. */
  availability?: Reason & { status: MarketStatus };
  status: ProductStatus;
  statusReason: string;
  /** One line where the other jurisdiction's labels differ: "In the EU: contraindicated — …". */
  elsewhere?: string;
  /** Boxed warnings and limitations of use, shown beside the status. */
  warnings: WarningEntry[];
  /** Platform-level exclusions met on this product's platform, named beside its status. */
  platformAgainst: Reason[];
  /** The criteria of the chosen jurisdiction's label (those of the other only inform `elsewhere`). */
  criteria: CriterionCheck[];
  /** Cautions and notes of the product's other rules (not label criteria). */
  checks: ProductCheck[];
  regimen: RegimenEntry[];
  /** The route and dose as the label gives them. */
  route: string;
  /** What the label points to for a patient who cannot have the product (shown when no product is open). */
  otherwise: Reason[];
  /** The approval and what the label or the evidence adds (route, dosing, limits of what was read). */
  facts: Reason[];
  labelChecked: { label: string; checked: string };
  /** The latest dated label change, safety communication or withdrawal (knowledge/changes.ts). */
  lastChange?: {
    change: string;
    date: string;
    kind: 'label_change' | 'safety_communication' | 'withdrawal';
    text: string;
  };
  sources: string[];
};

export type SerotypeSuggestion = Statement & {
  id: string;
  routes: string;
  products: string[];
  /** This patient's antibody result for the capsid, and whether it was used before. */
  antibodies: 'detected' | 'not_detected' | 'unknown';
  usedBefore: Result;
};

export type MedicationAction = Statement & {
  ruleId: string;
  platforms: PlatformId[];
  products: string[];
  /** The patient's medicines that met an interaction (knowledge/interactions.ts), as the list names them. */
  medicines?: string[];
  /** When, where a source states it: relative to mobilisation, conditioning or the dose. */
  timings?: Timing[];
};

export type MonitoringEntry = Statement & { id: string };
/** `years`: null when the follow-up is risk-based (no fixed duration). */
export type FollowUpEntry = Statement & { years: number | null };

export type Assessment = {
  platforms: PlatformAssessment[];
  products: ProductAssessment[];
  serotypes: SerotypeSuggestion[];
  medicationActions: MedicationAction[];
  monitoring: Record<PlatformId, MonitoringEntry[]>;
  followUp: Record<PlatformId, FollowUpEntry>;
  unknowns: UnknownQuestion[];
  knowledgeBase: { version: string; reviewed: string };
  /** Every rule's outcome, whatever its target: the full trace. */
  rules: RuleOutcome[];
};
