/**
 * The words for levels and statuses, in one place: the summary, the what-if and the tests read them
 * from here, so that a new level (for example a separate "strong caution" fit) is a change to this file.
 */
import type { Fit, PlatformId, ProductStatus, Strength } from '../engine';

export const FIT_WORDS: Record<Fit, string> = {
  favoured: 'Favoured',
  possible: 'Possible',
  caution: 'Caution',
  not_advised: 'Not advised'
};

export const PRODUCT_STATUS_WORDS: Record<ProductStatus, string> = {
  eligible: 'No exclusion found',
  not_eligible: 'Not eligible',
  check_needed: 'Check needed'
};

export const STRENGTH_WORDS: Record<Strength, string> = {
  exclude: 'Rules out',
  strong_caution: 'Strong caution',
  caution: 'Caution',
  note: 'Note',
  favours: 'Favours'
};

export const PLATFORM_SHORT: Record<PlatformId, string> = { adv: 'AdV', lv: 'LV', aav: 'AAV' };

/** "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** How each thing to check or do before dosing is introduced. */
export const TODO_WORDS = { check: 'Check', consider: 'Weigh', do: 'Do', note: 'Note' } as const;
