/**
 * The summary's own words: strengths, the things to check or do, lists and the printed date. The words of
 * fit levels and statuses are the assessment's (words/assessment.ts); the platforms' short names are
 * knowledge/platform-ids.ts's.
 */
import type { Strength } from '../engine/types';

export const STRENGTH_WORDS: Record<Strength, string> = {
  exclude: 'Rules out',
  strong_caution: 'Strong caution',
  caution: 'Caution',
  note: 'Note',
  favours: 'Favours'
};

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
