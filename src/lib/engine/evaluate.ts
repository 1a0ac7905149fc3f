/**
 * Three-valued (Kleene) evaluation of rule predicates, recording what was seen so the trace
 * explains the result (json-rules-engine style). A missing fact gives unknown, never not_met;
 * a list containing 'not_known' gives unknown unless the value is in it.
 */
import type { Predicate } from '../knowledge/schema';
import { factLabel } from '../knowledge/facts';
import type { FactValue, Facts, NumberRange, Result, Trigger } from './types';

export type Trace = {
  result: Result;
  triggers: Trigger[];
  seen: Trigger[];
  unknownPaths: string[];
  thresholds: string[];
};

const OP_WORDS = { gt: '>', gte: '≥', lt: '<', lte: '≤' } as const;
const fromBool = (b: boolean): Result => (b ? 'met' : 'not_met');
const isRange = (v: FactValue): v is NumberRange => typeof v === 'object' && !Array.isArray(v);

/** A numeric comparison over an interval: met when every value meets it, not met when none does, else unknown. */
function numeric(v: FactValue, test: (n: number) => boolean): Result {
  if (typeof v === 'number') return fromBool(test(v));
  if (!isRange(v)) return 'not_met';
  const lo = test(v.min);
  const hi = test(v.max);
  return lo && hi ? 'met' : !lo && !hi ? 'not_met' : 'unknown';
}

function listHas(list: readonly string[], wanted: readonly string[]): Result {
  if (wanted.some((w) => list.includes(w))) return 'met';
  return list.includes('not_known') ? 'unknown' : 'not_met';
}

type Leaf = Exclude<Predicate, { conditions: unknown } | { condition: unknown } | { given: unknown }>;

function compare(c: Leaf, v: FactValue): Result {
  switch (c.op) {
    case 'eq':
      return fromBool(v === c.value);
    case 'in':
      return fromBool(c.value.includes(v as string | number));
    case 'includes':
      return Array.isArray(v) ? listHas(v, [c.value]) : 'not_met';
    case 'includesAny':
      return Array.isArray(v) ? listHas(v, c.value) : 'not_met';
    case 'gt':
      return numeric(v, (n) => n > c.value);
    case 'gte':
      return numeric(v, (n) => n >= c.value);
    case 'lt':
      return numeric(v, (n) => n < c.value);
    case 'lte':
      return numeric(v, (n) => n <= c.value);
  }
}

/** One answer is reported once, however many conditions looked at it. */
const uniqueByPath = (triggers: Trigger[]): Trigger[] => [...new Map(triggers.map((t) => [t.path, t])).values()];

const merge = (traces: Trace[], pick: (t: Trace) => Trigger[], result: Result): Trace => ({
  result,
  triggers: uniqueByPath(traces.flatMap(pick)),
  seen: uniqueByPath(traces.flatMap((t) => t.seen)),
  unknownPaths: [...new Set(traces.flatMap((t) => t.unknownPaths))],
  thresholds: [...new Set(traces.flatMap((t) => t.thresholds))]
});

/** The result alone, without building a trace: the fast path for the what-if search. */
export function resultOf(c: Predicate, facts: Facts): Result {
  if ('conditions' in c) {
    const [decisive, other] = c.op === 'all' ? (['not_met', 'met'] as const) : (['met', 'not_met'] as const);
    let unknown = false;
    for (const x of c.conditions) {
      const r = resultOf(x, facts);
      if (r === decisive) return decisive;
      if (r === 'unknown') unknown = true;
    }
    return unknown ? 'unknown' : other;
  }
  if ('condition' in c) {
    const r = resultOf(c.condition, facts);
    return r === 'unknown' ? r : r === 'met' ? 'not_met' : 'met';
  }
  if ('given' in c) return resultOf(c.given, facts) === 'met' ? resultOf(c.then, facts) : 'unknown';
  const value = facts[c.path];
  return value === undefined ? 'unknown' : compare(c, value);
}

export function evaluate(c: Predicate, facts: Facts): Trace {
  if ('conditions' in c) {
    const traces = c.conditions.map((x) => evaluate(x, facts));
    const results = traces.map((t) => t.result);
    const [decisive, other] = c.op === 'all' ? (['not_met', 'met'] as const) : (['met', 'not_met'] as const);
    const result: Result = results.includes(decisive) ? decisive : results.includes('unknown') ? 'unknown' : other;
    if (result === 'unknown') return { ...merge(traces, () => [], result), unknownPaths: unknownOf(traces) };
    // The trigger is what decided the result: every child when all agree, else the decisive ones.
    return merge(traces, (t) => (t.result === result ? t.triggers : []), result);
  }
  if ('condition' in c) {
    const inner = evaluate(c.condition, facts);
    const result: Result = inner.result === 'unknown' ? 'unknown' : inner.result === 'met' ? 'not_met' : 'met';
    return { ...inner, result, triggers: result === 'unknown' ? [] : inner.seen };
  }
  if ('given' in c) {
    const given = evaluate(c.given, facts);
    const then = evaluate(c.then, facts);
    if (given.result !== 'met') {
      // Undecidable as recorded: the answers that would decide it are the precondition's (the assay kind, say)
      // and any the test itself still lacks.
      const paths = given.unknownPaths.length > 0 ? given.unknownPaths : given.seen.map((t) => t.path);
      const unknownPaths = [...new Set([...paths, ...then.unknownPaths])];
      return { result: 'unknown', triggers: [], seen: given.seen, unknownPaths, thresholds: [] };
    }
    return { ...then, triggers: then.result === 'unknown' ? [] : uniqueByPath([...given.triggers, ...then.triggers]) };
  }
  const value = facts[c.path];
  if (value === undefined) return { result: 'unknown', triggers: [], seen: [], unknownPaths: [c.path], thresholds: [] };
  const seen = { path: c.path, label: factLabel(c.path), value };
  const result = compare(c, value);
  const thresholds =
    c.op in OP_WORDS ? [`${factLabel(c.path)} ${OP_WORDS[c.op as keyof typeof OP_WORDS]} ${c.value}`] : [];
  const unknownPaths = result === 'unknown' ? [c.path] : [];
  return { result, triggers: result === 'unknown' ? [] : [seen], seen: [seen], unknownPaths, thresholds };
}

/** Only the unknown children keep the decision open, so only their paths are reported. */
const unknownOf = (traces: Trace[]) => [
  ...new Set(traces.filter((t) => t.result === 'unknown').flatMap((t) => t.unknownPaths))
];
