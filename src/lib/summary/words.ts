/**
 * The summary's words: fit levels and product statuses come from the engine's words (one place for
 * the summary, the CLI and the what-if); the rest is the summary's own.
 */
import type { Strength } from '../engine';

export { CRITERION_WORDS, FIT_WORDS, RESULT_WORDS, STATUS_WORDS, WARNING_WORDS } from '../engine/words';

export const STRENGTH_WORDS: Record<Strength, string> = {
  exclude: 'Rules out',
  strong_caution: 'Strong caution',
  caution: 'Caution',
  note: 'Note',
  favours: 'Favours'
};

export { PLATFORM_SHORT } from '../knowledge/platform-ids';

/** "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** How each thing to check or do before dosing is introduced. */
export const TODO_WORDS = { check: 'Check', consider: 'Weigh', do: 'Do', plan: 'Plan', note: 'Note' } as const;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
];
/**
 * "2 December 2026", in the local date: as toLocaleDateString('en-GB') writes it, without the locale data
 * that a first Intl call loads while the summary opens.
 */
export const printedDate = (d: Date) => `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
