/** The shape of an assessment: the engine's public output (also the CLI's JSON format). */
import type { PlatformId, Strength, Direction } from '../knowledge/schema';
import type { Jurisdiction } from '../knowledge/jurisdiction';

export type { PlatformId, Strength, Direction };
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

export type Finding = {
  ruleId: string;
  strength: Strength;
  direction: Direction;
  text: string;
  rationale: string;
  trigger: Trigger[];
  threshold?: string;
  sources: string[];
  verified: boolean;
  /** 'product' when the rule targets only products; its effect on the platform fit is capped at caution. */
  scope: 'platform' | 'product';
  products: string[];
};

export type Reason = { text: string; sources: string[]; verified: boolean; ruleId?: string };

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

export type ProductCheck = {
  ruleId: string;
  result: Result;
  /** The unanswered questions when the result is unknown. */
  unknownPaths: string[];
  strength: Strength;
  text: string;
  trigger: Trigger[];
  threshold?: string;
  sources: string[];
  verified: boolean;
};

/**
 * meets_criteria: every label criterion this tool checks is met by a recorded answer (never a prescription);
 * check_needed: at least one criterion is unanswered or needs a test; not_eligible: a criterion is not met.
 */
export type ProductStatus = 'meets_criteria' | 'check_needed' | 'not_eligible';

/** One label criterion for this patient. pass: an inclusion met or an exclusion absent. */
export type CriterionCheck = {
  id: string;
  /** The compiled rule (absent for a criterion the tool does not ask). */
  ruleId?: string;
  kind: 'inclusion' | 'exclusion';
  text: string;
  verdict: 'pass' | 'fail' | 'unknown';
  /** What answers it, shown when the verdict is unknown. */
  needs: string;
  trigger: Trigger[];
  unknownPaths: string[];
  threshold?: string;
  /** The label's words and where they were read (first basis with a quote). */
  quote?: string;
  section: string;
  sources: string[];
  verified: boolean;
  /** Whose label states it; absent when both do (or the other was not read). */
  jurisdiction?: Jurisdiction;
};

export type MarketStatus = 'authorised' | 'not_authorised' | 'withdrawn' | 'discontinued' | 'not_checked';

/** A boxed warning or limitation of use of the chosen jurisdiction's label. */
export type WarningEntry = {
  kind: 'boxed_warning' | 'limitation';
  text: string;
  sources: string[];
  verified: boolean;
};

export type RegimenEntry = {
  kind: 'immunosuppression' | 'pre_dose' | 'after_dose' | 'interaction';
  text: string;
  sources: string[];
  verified: boolean;
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
  /** The approval and what the label or the evidence adds (route, dosing, limits of what was read). */
  facts: Reason[];
  labelChecked: { label: string; checked: string };
  sources: string[];
};

export type SerotypeSuggestion = {
  id: string;
  text: string;
  routes: string;
  products: string[];
  sources: string[];
  verified: boolean;
  /** This patient's antibody result for the capsid, and whether it was used before. */
  antibodies: 'detected' | 'not_detected' | 'unknown';
  usedBefore: Result;
};

export type MedicationAction = {
  ruleId: string;
  text: string;
  platforms: PlatformId[];
  products: string[];
  sources: string[];
  verified: boolean;
};

export type MonitoringEntry = { id: string; text: string; sources: string[]; verified: boolean };
export type FollowUpEntry = { years: number | null; text: string; sources: string[]; verified: boolean };

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
