/**
 * Dates as far as a source states them (YYYY, YYYY-MM or YYYY-MM-DD), in words, and the one line a product shows
 * for its latest label change. Small on purpose: the summary loads it.
 */
import type { ShownChange } from './changes-view';
import type { Change, LastChange } from './schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2025-11-14' → '14 Nov 2025'; '2026-03' → 'Mar 2026'; '2026' → '2026'. */
export function partialDateText(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The last day a partial date may stand for: '2025-11' → '2025-11-30', '2026' → '2026-12-31'. */
export function latestDay(date: string): string {
  const [y, m, d] = date.split('-');
  if (d) return date;
  if (!m) return `${y}-12-31`;
  const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  return `${y}-${m}-${String(last).padStart(2, '0')}`;
}

/** The first day a partial date may stand for: '2025-11' → '2025-11-01', '2026' → '2026-01-01'. */
export function earliestDay(date: string): string {
  const [y, m, d] = date.split('-');
  return d ? date : m ? `${y}-${m}-01` : `${y}-01-01`;
}

/**
 * When the knowledge is next expected to change, for the review line: the date and what is due, or, once the
 * date has passed, that a newer knowledge base may exist.
 */
export function nextChangeWords(next: { date: string; what: string }, today: string): string {
  const when = partialDateText(next.date);
  return latestDay(next.date) < today
    ? `a change was expected by ${when} (${next.what}): look for a newer knowledge base`
    : `next expected change ${when} (${next.what})`;
}

const LAST_CHANGE_WORDS: Record<LastChange['kind'], string> = {
  label_change: 'Label changed',
  safety_communication: 'Safety communication',
  withdrawal: 'Withdrawn'
};

/** "Label changed 14 Nov 2025: Boxed Warning …". */
export const lastChangeLine = (c: LastChange): string =>
  `${LAST_CHANGE_WORDS[c.kind]} ${partialDateText(c.date)}: ${c.text}`;

/** A change of the log with its date in words and the last day it may stand for (for the /changes page). */
export const shownChange = (c: Change): ShownChange => ({
  ...c,
  when: c.date ? partialDateText(c.date) : 'date not found',
  latest: c.date ? latestDay(c.date) : null
});
