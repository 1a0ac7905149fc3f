/** What the /changes page shows: changes that happened (newest first, or since a date) and decisions pending. */
import { latestDay, partialDateText } from './dates';
import type { Change, ChangeKind } from './schema';

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

/** The date in words, or that none was found. */
export const dateWords = (c: Pick<Change, 'date'>): string => (c.date ? partialDateText(c.date) : 'date not found');

/** Newest first by the last day each date may stand for; undated entries last, then by id. */
const newestFirst = (a: Change, b: Change): number =>
  a.date && b.date
    ? latestDay(b.date).localeCompare(latestDay(a.date)) || a.id.localeCompare(b.id)
    : a.date
      ? -1
      : b.date
        ? 1
        : a.id.localeCompare(b.id);

/**
 * Changes that happened (every kind but pending decisions), newest first. With `since` (YYYY-MM-DD) only those
 * that may have happened on or after it: a month or a year counts while its last day is not before `since`.
 * An undated change cannot be placed, so it is always kept.
 */
export function happened(changes: readonly Change[], since?: string): Change[] {
  return changes
    .filter((c) => c.kind !== 'pending_decision')
    .filter((c) => !since || !c.date || latestDay(c.date) >= since)
    .sort(newestFirst);
}

/** Decisions pending, soonest first; those without a date last. */
export function pending(changes: readonly Change[]): Change[] {
  const soonestFirst = (a: Change, b: Change): number =>
    a.date && b.date
      ? latestDay(a.date).localeCompare(latestDay(b.date)) || a.id.localeCompare(b.id)
      : newestFirst(a, b);
  return changes.filter((c) => c.kind === 'pending_decision').sort(soonestFirst);
}

/** The first pending decision due on or after `from` (YYYY-MM-DD): when the knowledge is next expected to change. */
export function nextPending(changes: readonly Change[], from: string): Change | undefined {
  return pending(changes).find((c) => c.date !== null && latestDay(c.date) >= from);
}

/** Whether a well-formed date (YYYY-MM-DD) was picked: an empty or partly typed field shows everything. */
export const isDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);
