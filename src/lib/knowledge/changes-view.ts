/**
 * What the /changes page shows: changes that happened (newest first, or since a date) and decisions pending. It
 * works on changes as `npm run changes:cited` writes them, with their date in words (`when`) and the last day the
 * date may stand for (`latest`), so that the page loads no date code of its own.
 */
import type { Change, ChangeKind } from './schema';

/** A change as the page shows it: `when` in words ("14 Nov 2025", "date not found"); `latest` ISO or null. */
export type ShownChange = Change & { when: string; latest: string | null };

export const KIND_WORDS: Record<ChangeKind, string> = {
  label_change: 'Label change',
  safety_communication: 'Safety communication',
  approval: 'Approval',
  withdrawal: 'Withdrawal',
  pending_decision: 'Decision pending',
  ownership: 'Change of owner',
  market: 'Supply'
};

export const AGENCY_WORDS: Record<Change['agency'], string> = {
  FDA: 'FDA',
  EMA: 'EMA',
  EC: 'European Commission',
  company: 'Company'
};

/** Newest first by the last day each date may stand for; undated entries last, then by id. */
const newestFirst = (a: ShownChange, b: ShownChange): number =>
  a.latest && b.latest
    ? b.latest.localeCompare(a.latest) || a.id.localeCompare(b.id)
    : a.latest
      ? -1
      : b.latest
        ? 1
        : a.id.localeCompare(b.id);

/**
 * Changes that happened (every kind but pending decisions), newest first. With `since` (YYYY-MM-DD) only those
 * that may have happened on or after it: a month or a year counts while its last day is not before `since`.
 * An undated change cannot be placed, so it is always kept.
 */
export function happened(changes: readonly ShownChange[], since?: string): ShownChange[] {
  return changes
    .filter((c) => c.kind !== 'pending_decision')
    .filter((c) => !since || !c.latest || c.latest >= since)
    .sort(newestFirst);
}

/** Decisions pending, soonest first; those without a date last. */
export function pending(changes: readonly ShownChange[]): ShownChange[] {
  const soonestFirst = (a: ShownChange, b: ShownChange): number =>
    a.latest && b.latest ? a.latest.localeCompare(b.latest) || a.id.localeCompare(b.id) : newestFirst(a, b);
  return changes.filter((c) => c.kind === 'pending_decision').sort(soonestFirst);
}

/** The first pending decision due on or after `from` (YYYY-MM-DD): when the knowledge is next expected to change. */
export function nextPending(changes: readonly ShownChange[], from: string): ShownChange | undefined {
  return pending(changes).find((c) => c.latest !== null && c.latest >= from);
}

/** Whether a well-formed date (YYYY-MM-DD) was picked: an empty or partly typed field shows everything. */
export const isDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** A picked day in words, as the dates of the log are written: "15 Nov 2025". */
export const dayWords = (day: string): string =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC'
  });
