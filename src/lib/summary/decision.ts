/**
 * The top of the summary: the answer to the clinician's question in one screen. Per platform the
 * fit and the one finding that decides it; the most serious finding of the case; per product its
 * status and what to check or do before dosing; what is not known and what an answer could change;
 * and, for the printout, a monitoring headline per platform. Built from the assessment only:
 * components render it and decide nothing.
 */
import { concerns } from '$lib/engine/concerns';
import type {
  Assessment,
  Finding,
  Fit,
  FollowUpEntry,
  MonitoringEntry,
  PlatformAssessment,
  PlatformId,
  ProductAssessment,
  ProductStatus,
  Reason,
  RegimenEntry,
  Statement,
  Strength,
  CriterionCheck
} from '../engine/browser';
import { hasPlan } from '../engine/has-plan';
import { PLATFORM_SHORT } from '../knowledge/platform-ids';
import { listWords } from '../words/summary';

export type FitLine = {
  id: PlatformId;
  name: string;
  fit: Fit;
  /** The finding that decides the level (or why there is none), in one line. */
  reason: Reason;
  /** Further findings against, beyond the one named. */
  moreAgainst: number;
  /** The reason is the most serious finding of the case (so it is not repeated apart). */
  mostSerious: boolean;
  /** False when the condition has products and none is on this platform: any use would be investigational. */
  established: boolean;
};

export type SeriousFinding = Statement & {
  ruleId: string;
  strength: Strength;
  /** The platforms and products it concerns, in words ("AAV; Roctavian"). */
  affects: string;
};

/** One thing to check or do before dosing: `what` is the question to answer or the action; `why` the rule. */
export type Todo = Statement & {
  kind: 'check' | 'consider' | 'do' | 'plan' | 'note';
  why?: string;
  /** An action that one of the patient's own medicines calls for (an interaction): always shown at the top. */
  theirMedicine?: true;
};

export type ProductLine = {
  id: string;
  name: string;
  serotype?: string;
  platform: string;
  discontinued: boolean;
  status: ProductStatus;
  /** For a product that is not eligible: the criteria not met that no platform line above already names. */
  excluded: Statement[];
  /** The platforms whose line above names a criterion of this product that is not met. */
  excludedAbove: PlatformId[];
  /** The most serious finding, named apart above, is a criterion of this product that is not met. */
  excludedBySerious: boolean;
  /** What to check, weigh or do before dosing: the top of the screen shows these. */
  before: Todo[];
  /** What to plan for after the dose, and notes: printed on the first page, on screen in the product checks. */
  later: Todo[];
};

export type UnknownGroup = {
  /** What an answer could change, in words: "the fit of AAV and the status of Hemgenix", or "add a finding". */
  effect: string;
  changesSomething: boolean;
  labels: string[];
};

export type MonitoringHeadline = {
  id: PlatformId;
  first?: MonitoringEntry;
  more: number;
  followUp: FollowUpEntry & { words: string };
};

/** When the condition has products, none of which meets or may meet its label: said first, in words. */
export type NothingOpen = {
  text: string;
  /** What the labels point to instead, where a source says it. */
  otherwise: Statement[];
};

export type Decision = {
  /**
   * 'products' when the condition has approved products: the summary leads with them and the platform
   * comparison is background; 'platforms' for a condition without products (research), as before.
   */
  lead: 'products' | 'platforms';
  nothingOpen: NothingOpen | null;
  /** Platforms with no approved product for this condition (when it has some): said once, quietly. */
  notEstablished: PlatformId[];
  fits: FitLine[];
  /** The most serious finding, when no platform line already names it. */
  mostSerious: SeriousFinding | null;
  products: ProductLine[];
  /** Medication actions that belong to no product shown above, by the platforms they concern. */
  actions: (Statement & { platforms: string })[];
  unknowns: UnknownGroup[];
  /** The first few unknowns, for the top of the screen; `unknownsMore` counts the rest. */
  unknownsTop: UnknownGroup[];
  unknownsMore: number;
  monitoring: MonitoringHeadline[];
  /** The care plans, in a line each, for the printout's first page (they replace the platform monitoring lines). */
  plans: { product: string; name: string }[];
};

/** How many unanswered questions the top of the screen names before "and N more". */
export const UNKNOWNS_ON_TOP = 4;

/** Most serious first; favours and notes argue against nothing. */
const SEVERITY: readonly Strength[] = ['exclude', 'strong_caution', 'caution'];
const severity = (s: Strength) => {
  const i = SEVERITY.indexOf(s);
  return i < 0 ? SEVERITY.length : i;
};
/** The statement alone, without the fields of the finding or check it comes from. */
const statementOf = (x: Statement): Statement => ({
  text: x.text,
  sources: x.sources,
  verified: x.verified
});
const reasonOf = (f: Finding) => ({ ...statementOf(f), ruleId: f.ruleId });

/** Findings against, in knowledge-base order. */
const against = (findings: readonly Finding[]) =>
  findings.filter((f) => f.direction === 'against' && severity(f.strength) < SEVERITY.length);
/** A stable sort by a numeric rank. */
const byRank = <T>(items: readonly T[], rank: (x: T) => number): T[] =>
  items
    .map((x, i) => ({ x, i, r: rank(x) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((e) => e.x);

const NO_FINDING: Statement = {
  text: 'No finding for or against it for this patient: compare on the general properties.',
  sources: [],
  verified: true
};
const ONLY_PRODUCT_FINDINGS: Statement = {
  text: 'No finding about the platform itself; the product checks below concern its products.',
  sources: [],
  verified: true
};

/**
 * The fit and the finding that decides it. The fit comes from findings about the platform itself and,
 * when every product on it is blocked, from its products: so a platform finding is named first, the most
 * serious one, and a product finding only when no platform finding is against it.
 */
export function fitLine(p: PlatformAssessment): FitLine {
  const line = (reason: FitLine['reason'], moreAgainst: number): FitLine => ({
    id: p.id,
    name: p.name,
    fit: p.fit,
    reason,
    moreAgainst,
    mostSerious: false,
    established: true
  });
  const cons = against(p.findings);
  if (p.fit === 'favoured') {
    const pro = p.findings.find((f) => f.strength === 'favours');
    return line(pro ? reasonOf(pro) : NO_FINDING, cons.length);
  }
  const decisive = byRank(cons, (f) => (f.scope === 'platform' ? 0 : 10) + severity(f.strength))[0];
  if (!decisive) return line(NO_FINDING, 0);
  if (p.fit === 'possible' && decisive.scope === 'product') return line(ONLY_PRODUCT_FINDINGS, cons.length);
  return line(reasonOf(decisive), cons.length - 1);
}

/**
 * The most serious finding of the case, ranked by what it does to the decision: a platform ruled out;
 * a platform left without a product that passes its label checks; a strong caution on a platform; one
 * product ruled out while others remain; then the lesser cautions.
 */
function mostSerious(a: Assessment, established: readonly PlatformId[]): SeriousFinding | null {
  const all = new Map<string, Finding>();
  // Only the options open for this condition: a finding about a platform with no product for it is not the headline.
  for (const p of a.platforms.filter((x) => established.includes(x.id)))
    for (const f of p.findings) if (!all.has(f.ruleId)) all.set(f.ruleId, f);
  const open = (platform: string) =>
    a.products.some((p) => p.platform === platform && p.marketStatus !== 'discontinued' && p.status !== 'not_eligible');
  const leavesNoProduct = (f: Finding) =>
    f.strength === 'exclude' &&
    a.products.some((p) => f.products.includes(p.id) && p.status === 'not_eligible' && !open(p.platform));
  const rank = (f: Finding) => {
    const platform = f.scope === 'platform';
    if (platform && f.strength === 'exclude') return 0;
    if (!platform && leavesNoProduct(f)) return 1;
    if (platform && f.strength === 'strong_caution') return 2;
    if (!platform && f.strength === 'exclude') return 3;
    if (!platform && f.strength === 'strong_caution') return 4;
    return platform ? 5 : 6;
  };
  const top = byRank(against([...all.values()]), rank)[0];
  if (!top) return null;
  const platforms = a.platforms
    .filter((p) => established.includes(p.id) && p.findings.some((f) => f.ruleId === top.ruleId))
    .map((p) => p.id);
  const products = a.products.filter((p) => top.products.includes(p.id)).map((p) => p.name);
  const affects = [
    ...(top.scope === 'platform' ? [listWords(platforms.map((id) => PLATFORM_SHORT[id]))] : []),
    ...(products.length ? [listWords(products)] : [])
  ].join('; ');
  return { ...statementOf(top), ruleId: top.ruleId, strength: top.strength, affects };
}

/** How each part of a product's regimen enters the list of what to do before dosing. */
const REGIMEN_KIND: Record<RegimenEntry['kind'], Todo['kind']> = {
  pre_dose: 'do',
  immunosuppression: 'do',
  interaction: 'consider',
  after_dose: 'plan'
};

/**
 * What to check or do before dosing one product: the label criteria left unknown (with what answers
 * them), the cautions met, the regimen (pre-dose tests, prophylactic immunosuppression, interactions,
 * what to plan for after the dose), the medication actions for it and its notes.
 */
export function beforeDosing(p: ProductAssessment, a: Assessment): Todo[] {
  const checks: Todo[] = [];
  const seen = new Set<string>();
  for (const c of p.criteria.filter((x) => x.verdict === 'unknown')) {
    if (seen.has(c.needs)) continue;
    seen.add(c.needs);
    checks.push({ kind: 'check', text: c.needs, why: c.text, sources: c.sources, verified: c.verified });
  }
  const actions = a.medicationActions.filter((m) => concerns(m, p));
  // A met check whose rule gives an action is shown as the action, once.
  const met = p.checks.filter((c) => c.result === 'met' && !actions.some((m) => m.ruleId === c.ruleId));
  return [
    ...checks,
    ...met
      .filter((c) => c.strength === 'strong_caution' || c.strength === 'caution')
      .map((c) => ({ kind: 'consider' as const, ...statementOf(c) })),
    ...p.regimen
      .filter((r) => r.applies !== 'not_met' && (r.at === undefined || r.kind === 'pre_dose'))
      .map((r) => ({ kind: REGIMEN_KIND[r.kind], ...statementOf(r), text: withoutLead(r.text) })),
    ...actions.map((m) => ({
      kind: 'do' as const,
      ...statementOf(m),
      ...(m.medicines?.length ? { theirMedicine: true as const } : {})
    })),
    ...met.filter((c) => c.strength === 'note').map((c) => ({ kind: 'note' as const, ...statementOf(c) }))
  ];
}

/** "Before dosing: a factor IX inhibitor test" reads "a factor IX inhibitor test" under "Before dosing". */
const withoutLead = (text: string) => {
  const rest = text.replace(/^Before dosing:\s*/i, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
};
const LATER: readonly Todo['kind'][] = ['plan', 'note'];

/** A label criterion the patient does not meet, in words. */
const failedCriterion = (c: CriterionCheck): Statement => ({
  text: c.kind === 'inclusion' ? `Not met: ${c.text}.` : `Excluded: ${c.text}.`,
  sources: c.sources,
  verified: c.verified
});

/** `named`: what the lines above already say — the fit lines, and the most serious finding when it stands apart. */
export function productLine(
  p: ProductAssessment,
  a: Assessment,
  fits: readonly FitLine[] = [],
  serious?: string
): ProductLine {
  const failed = p.criteria.filter((c) => c.verdict === 'fail');
  // A platform exclusion met on the product's platform is named beside a product that meets its own criteria.
  const against = p.status === 'not_eligible' ? [] : (p.platformAgainst ?? []);
  const above = (ruleId?: string) => fits.filter((f) => ruleId && f.reason.ruleId === ruleId).map((f) => f.id);
  const gone = p.availability && p.availability.status !== 'not_checked' ? p.availability : undefined;
  const todo: Todo[] = !prepared(p)
    ? p.status === 'not_eligible'
      ? []
      : gone
        ? [{ kind: 'note' as const, ...statementOf(gone) }]
        : [...(p.marketNote ? [{ kind: 'note' as const, ...statementOf(p.marketNote) }] : [])]
    : beforeDosing(p, a);
  return {
    id: p.id,
    name: p.name,
    ...(p.serotype ? { serotype: p.serotype } : {}),
    platform: p.platform,
    discontinued: p.marketStatus === 'discontinued',
    status: p.status,
    excluded: [
      ...failed
        .filter((c) => above(c.ruleId).length === 0 && (serious === undefined || c.ruleId !== serious))
        .map(failedCriterion),
      ...against.filter((r) => above(r.ruleId).length === 0 && r.ruleId !== serious).map(statementOf)
    ],
    excludedAbove: [...new Set([...failed, ...against].flatMap((c) => above(c.ruleId)))],
    excludedBySerious: serious !== undefined && [...failed, ...against].some((c) => c.ruleId === serious),
    before: todo.filter((t) => !LATER.includes(t.kind)),
    later: todo.filter((t) => LATER.includes(t.kind))
  };
}

/**
 * Whether a product's line says what to do before dosing: not for a product that does not meet its criteria
 * (they say why), nor for one no longer made or sold here.
 */
const prepared = (p: ProductAssessment) =>
  p.status !== 'not_eligible' &&
  !(p.availability && p.availability.status !== 'not_checked') &&
  p.marketStatus !== 'discontinued';

export function unknownGroups(a: Assessment): UnknownGroup[] {
  const groups = new Map<string, UnknownGroup>();
  const names = new Map(a.products.map((p) => [p.id, p.name]));
  for (const u of a.unknowns) {
    const effects = [
      ...(u.changesFit.length ? [`the fit of ${listWords(u.changesFit.map((id) => PLATFORM_SHORT[id]))}`] : []),
      ...(u.changesProducts.length
        ? [`the status of ${listWords(u.changesProducts.map((id) => names.get(id) ?? id))}`]
        : [])
    ];
    const effect = effects.length ? `could change ${effects.join(' and ')}` : 'could add a finding or a caution';
    const group = groups.get(effect) ?? { effect, changesSomething: effects.length > 0, labels: [] };
    if (!group.labels.includes(u.label)) group.labels.push(u.label);
    groups.set(effect, group);
  }
  return [...groups.values()].sort((x, y) => Number(y.changesSomething) - Number(x.changesSomething));
}

const followUpWords = (f: FollowUpEntry) => (f.years === null ? 'risk-based' : `${f.years} years`);

/** The first `n` unanswered questions, in their groups, and how many are left. */
function firstUnknowns(groups: readonly UnknownGroup[], n: number): { top: UnknownGroup[]; more: number } {
  const top: UnknownGroup[] = [];
  let left = n;
  for (const g of groups) {
    if (left === 0) break;
    top.push({ ...g, labels: g.labels.slice(0, left) });
    left -= top.at(-1)!.labels.length;
  }
  return { top, more: groups.reduce((k, g) => k + g.labels.length, 0) - (n - left) };
}

/** The platforms with a product for this condition that is still made; every platform when it has none. */
export function establishedPlatforms(a: Assessment): PlatformId[] {
  const ids = a.platforms.map((p) => p.id);
  if (a.products.length === 0) return ids;
  const made = a.products.filter((p) => p.marketStatus !== 'discontinued');
  return ids.filter((id) => made.some((p) => p.platform === id));
}

const NOTHING_OPEN =
  'No gene therapy approved for this condition is open to this patient on its label: none meets its label criteria, and none may once checks are done. Care continues as before.';

/** When the condition has products and none meets or may meet its label: the words, and what the labels point to. */
export function nothingOpen(a: Assessment): NothingOpen | null {
  const made = a.products.filter((p) => p.marketStatus !== 'discontinued');
  if (made.length === 0 || made.some((p) => p.status !== 'not_eligible')) return null;
  const seen = new Set<string>();
  const otherwise = made
    .flatMap((p) => p.otherwise)
    .filter((o) => !seen.has(o.text) && seen.add(o.text))
    .map(statementOf);
  return { text: NOTHING_OPEN, otherwise };
}

export function decide(a: Assessment): Decision {
  const established = establishedPlatforms(a);
  const serious = mostSerious(a, established);
  const fits = a.platforms
    .map(fitLine)
    .map((f) => ({ ...f, established: established.includes(f.id) }))
    .map((f) => (serious && f.reason.ruleId === serious.ruleId ? { ...f, mostSerious: true } : f));
  const apart = serious && !fits.some((f) => f.mostSerious) ? serious : null;
  const products = a.products.map((p) => productLine(p, a, fits, apart?.ruleId));
  const unknowns = unknownGroups(a);
  const { top, more } = firstUnknowns(unknowns, UNKNOWNS_ON_TOP);
  return {
    lead: a.products.length ? 'products' : 'platforms',
    nothingOpen: nothingOpen(a),
    notEstablished: a.platforms.map((p) => p.id).filter((id) => !established.includes(id)),
    fits,
    mostSerious: apart,
    products,
    actions: a.medicationActions
      // An action for a named product is on that product's line (or moot when it is not prepared for); one for a
      // platform is on the line of each of its products prepared for, and listed here when there is none.
      .filter((m) =>
        m.products.length
          ? !a.products.some((p) => m.products.includes(p.id))
          : !a.products.some((p) => prepared(p) && concerns(m, p))
      )
      .map((m) => ({ ...statementOf(m), platforms: listWords(m.platforms.map((id) => PLATFORM_SHORT[id])) })),
    unknowns,
    unknownsTop: top,
    unknownsMore: more,
    plans: a.products.filter(hasPlan).map((p) => ({ product: p.id, name: p.name })),
    monitoring: a.platforms.map((p) => ({
      id: p.id,
      ...(a.monitoring[p.id][0] ? { first: a.monitoring[p.id][0] } : {}),
      more: Math.max(a.monitoring[p.id].length - 1, 0),
      followUp: { ...a.followUp[p.id], words: followUpWords(a.followUp[p.id]) }
    }))
  };
}
