/**
 * Which statements are high-stakes, decided from the data itself (never from a hand-kept list):
 * an exclusion; a numeric threshold anywhere in the predicate (including inside all/any/not/
 * given) or written in the wording; or a time stated in the wording — an age limit, a
 * medication interval, a monitoring interval or a follow-up duration. A high-stakes statement must carry, in `basis`, the exact
 * words it rests on and where they were read, or be marked unverified (integrity.test.ts).
 */
import type { Basis, Predicate, FollowUp, MonitoringItem, Rule, Statement, Strength } from './schema';

/** What makes a statement high-stakes; a statement may have several reasons. */
export type HighStakesReason = 'exclude' | 'threshold' | 'time';

/** The parts of a rule, monitoring item or follow-up entry that decide it. */
export type HighStakesInput = {
  strength?: Strength;
  when?: Predicate;
  text: string;
  /** A rule's medication action (stop, hold, give): its intervals count like the text's. */
  action?: string;
};

const NUMERIC = new Set(['gt', 'gte', 'lt', 'lte']);

/** Whether the predicate compares a fact with a number anywhere in its tree. */
export function hasNumericComparison(c: Predicate): boolean {
  if (NUMERIC.has(c.op)) return true;
  if ('conditions' in c) return c.conditions.some(hasNumericComparison);
  if ('condition' in c) return hasNumericComparison(c.condition);
  if ('given' in c) return hasNumericComparison(c.given) || hasNumericComparison(c.then);
  return false;
}

const WORD_NUMBERS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty';
const NUMBER = `(?:\\d+(?:[.,]\\d+)?|${WORD_NUMBERS})`;
const UNIT = '(?:hours?|days?|weeks?|months?|years?|hourly|daily|weekly|monthly|yearly)';
/**
 * A number (or range) of hours, days, weeks, months or years ("7 days", "4–6 weeks", "2 months
 * before", "15 years", "under 3 months", "two months", "6-monthly"), or a numbered period
 * ("week 26", "year 1"). This covers age limits, medication and monitoring intervals and
 * follow-up durations.
 */
export const TIME_PATTERN = new RegExp(
  `\\b${NUMBER}(?:\\s*(?:–|-|to)\\s*${NUMBER})?[\\s-]*${UNIT}\\b|\\b(?:hour|day|week|month|year)\\s+\\d+\\b`,
  'i'
);

/** Whether the wording states an age limit, an interval or a duration. */
export const statesTime = (text: string): boolean => TIME_PATTERN.test(text);

/**
 * A numeric threshold written in the wording: a multiple of the upper limit of normal or a power
 * of ten ("2 × ULN", "1×10^14"), a titre ("1:400") or an amount with its unit ("4.7 kb",
 * "vg/kg", "mg/kg", "IU/dL"). Some thresholds are answer bands rather than numbers in the
 * condition (the planned AAV dose band of 1×10^14 vg/kg), so the wording is read too.
 */
export const THRESHOLD_PATTERN =
  /\d+(?:[.,]\d+)?\s*×\s*(?:ULN|10\^\d+)|\b1:\d+\b|\d+(?:[.,]\d+)?\s*(?:kb|vg\/kg|mg\/kg|IU\/dL)\b/i;

/** Whether the wording states a numeric threshold. */
export const statesThreshold = (text: string): boolean => THRESHOLD_PATTERN.test(text);

/** Why a statement is high-stakes; empty when it is not. */
export function highStakesReasons(s: HighStakesInput): HighStakesReason[] {
  const reasons: HighStakesReason[] = [];
  if (s.strength === 'exclude') reasons.push('exclude');
  const words = [s.text, ...(s.action !== undefined ? [s.action] : [])];
  if ((s.when && hasNumericComparison(s.when)) || words.some(statesThreshold)) reasons.push('threshold');
  if (words.some(statesTime)) reasons.push('time');
  return reasons;
}

/** A statement is high-stakes when it excludes, sets a numeric threshold or states a time. */
export const isHighStakes = (s: HighStakesInput): boolean => highStakesReasons(s).length > 0;

/** A rule, monitoring item or follow-up entry, as the high-stakes checks see it. */
export type StakesStatement = Pick<Statement, 'sources' | 'verified'> & {
  kind: 'rule' | 'monitoring' | 'follow-up';
  /** The rule or monitoring id; `follow-up-<platform>` for a follow-up entry. */
  id: string;
  reasons: HighStakesReason[];
  basis?: Basis[];
};

/** Every high-stakes rule, monitoring item and follow-up entry of the given data, in data order. */
export function highStakesStatements(kb: {
  rules: readonly Rule[];
  monitoring: readonly MonitoringItem[];
  followUp: readonly FollowUp[];
}): StakesStatement[] {
  const all: StakesStatement[] = [
    ...kb.rules.map((r) => ({ kind: 'rule' as const, id: r.id, reasons: highStakesReasons(r), ...cited(r) })),
    ...kb.monitoring.map((m) => ({
      kind: 'monitoring' as const,
      id: m.id,
      reasons: highStakesReasons(m),
      ...cited(m)
    })),
    ...kb.followUp.map((f) => ({
      kind: 'follow-up' as const,
      id: `follow-up-${f.platform}`,
      reasons: highStakesReasons(f),
      ...cited(f)
    }))
  ];
  return all.filter((s) => s.reasons.length > 0);
}

const cited = (s: Pick<StakesStatement, 'sources' | 'verified' | 'basis'>) => ({
  verified: s.verified,
  sources: s.sources,
  ...(s.basis ? { basis: s.basis } : {})
});

/**
 * What keeps a statement from being quoted in full: no basis at all, a basis entry without its
 * words, or a cited source with no quoted basis entry. Empty when every source is quoted.
 */
export function missingQuotes(s: Pick<StakesStatement, 'sources' | 'basis'>): string[] {
  const basis = s.basis ?? [];
  if (basis.length === 0) return ['no basis'];
  const quoted = new Set(basis.filter((b) => b.quote !== undefined).map((b) => b.source));
  return [
    ...basis.filter((b) => b.quote === undefined).map((b) => `${b.source} (${b.section}) has no quote`),
    ...s.sources.filter((id) => !quoted.has(id) && !basis.some((b) => b.source === id)).map((id) => `${id} not read`)
  ];
}

/** Whether every source of the statement is quoted in its basis. */
export const isQuoted = (s: Pick<StakesStatement, 'sources' | 'basis'>): boolean => missingQuotes(s).length === 0;
