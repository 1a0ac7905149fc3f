/**
 * The fit-level algorithm. Monotone by construction: it looks only at which strengths are
 * present, and each strength can only push the level down (or, for favours, choose between
 * the two best levels when nothing is against).
 */
import type { Rule } from '../knowledge/schema';
import type { Direction, Fit, Strength } from './types';

export function fitFrom(strengths: readonly Strength[]): Fit {
  if (strengths.includes('exclude')) return 'not_advised';
  if (strengths.includes('strong_caution')) return 'strong_caution';
  if (strengths.includes('caution')) return 'caution';
  return strengths.includes('favours') ? 'favoured' : 'possible';
}

export const directionOf = (rule: Rule): Direction =>
  rule.direction ?? (rule.strength === 'favours' ? 'for' : rule.strength === 'note' ? 'neutral' : 'against');

const FIT_WORDS: Record<Fit, string> = {
  favoured: 'Favoured: suits the target and goal, and nothing found argues against it.',
  possible: 'Possible: no finding for or against it; compare on the general properties.',
  caution: 'Possible with caution: cautions apply for this patient.',
  strong_caution: 'Strong caution: a serious concern applies for this patient; use only with specialist review.',
  not_advised: 'Not advised: at least one finding rules it out for this patient.'
};

export function fitReason(
  fit: Fit,
  counts: { against: number; for: number; unknowns: number; productsBlocked: boolean }
): string {
  const parts = [FIT_WORDS[fit]];
  if (counts.productsBlocked)
    parts.push('Every marketed product for this indication on it is ruled out or under a strong caution, as recorded.');
  if (counts.against > 0) parts.push(`${counts.against} finding${counts.against > 1 ? 's' : ''} against.`);
  if (counts.for > 0) parts.push(`${counts.for} finding${counts.for > 1 ? 's' : ''} for.`);
  if (counts.unknowns > 0)
    parts.push(`${counts.unknowns} unanswered question${counts.unknowns > 1 ? 's' : ''} could change this.`);
  return parts.join(' ');
}
