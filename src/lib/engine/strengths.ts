/**
 * The strengths that decide each platform's fit. Platform rules count at full strength.
 * Product rules say a product is unsuitable, not the platform: they add a single caution to
 * the platform only when every marketed product for the patient's indication on that platform
 * is blocked (an exclusion or strong caution met). Monotone: more met rules never remove a strength.
 */
import type { Knowledge } from '../knowledge/compose';
import { PLATFORM_IDS } from '../knowledge/schema';
import type { PlatformId, RuleOutcome, Strength } from './types';

export type PlatformStrengths = Record<PlatformId, { strengths: Strength[]; productsBlocked: boolean }>;

const SERIOUS: readonly Strength[] = ['exclude', 'strong_caution'];

export function platformStrengths(
  k: Knowledge,
  outcomes: readonly RuleOutcome[],
  relevant: readonly string[]
): PlatformStrengths {
  const out: PlatformStrengths = {
    adv: { strengths: [], productsBlocked: false },
    lv: { strengths: [], productsBlocked: false },
    aav: { strengths: [], productsBlocked: false }
  };
  const blocked = new Set<string>();
  for (const o of outcomes) {
    if (o.result !== 'met') continue;
    const rule = k.ruleById.get(o.ruleId)!;
    for (const p of rule.target.platforms ?? []) out[p].strengths.push(rule.strength);
    if (SERIOUS.includes(rule.strength)) rule.target.products?.forEach((id) => blocked.add(id));
  }
  for (const p of PLATFORM_IDS) {
    const options = k.products.filter(
      (x) => x.platform === p && relevant.includes(x.id) && x.status !== 'discontinued'
    );
    if (options.length > 0 && options.every((x) => blocked.has(x.id))) {
      out[p].strengths.push('caution');
      out[p].productsBlocked = true;
    }
  }
  return out;
}
