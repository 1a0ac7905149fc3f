import { describe, expect, test } from 'vitest';
import { dayWords, happened, isDay, nextPending, pending, type ShownChange } from './changes-view';
import { shownChange } from './dates';
import type { Change } from './schema';

const change = (id: string, date: string | null, kind: Change['kind'] = 'label_change'): ShownChange =>
  shownChange({
    id,
    products: ['elevidys'],
    platform: 'aav',
    date,
    agency: 'FDA',
    kind,
    text: 'Something changed on the label.',
    sources: ['x'],
    verified: date !== null,
    ...(date === null ? { note: 'No date found.' } : {})
  });

const log = [
  change('a', '2025-06-24', 'safety_communication'),
  change('b', '2025-11-14'),
  change('c', '2025-11'),
  change('d', null, 'approval'),
  change('e', '2026', 'approval'),
  change('p1', '2026-12-23', 'pending_decision'),
  change('p0', '2026-09-19', 'pending_decision'),
  change('p2', null, 'pending_decision')
];

describe('the change log', () => {
  test('lists what happened newest first, undated last, without pending decisions', () => {
    expect(happened(log).map((c) => c.id)).toEqual(['e', 'c', 'b', 'a', 'd']);
  });

  test('since a date: a day counts from that day; a month or year while its last day is not before it', () => {
    expect(happened(log, '2025-11-14').map((c) => c.id)).toEqual(['e', 'c', 'b', 'd']);
    expect(happened(log, '2025-11-15').map((c) => c.id)).toEqual(['e', 'c', 'd']);
    expect(happened(log, '2025-12-01').map((c) => c.id)).toEqual(['e', 'd']);
    // An undated change cannot be placed, so it is always shown.
    expect(happened(log, '2027-01-01').map((c) => c.id)).toEqual(['d']);
  });

  test('lists pending decisions soonest first, undated last', () => {
    expect(pending(log).map((c) => c.id)).toEqual(['p0', 'p1', 'p2']);
  });

  test('the next expected change is the first pending decision due on or after the day', () => {
    expect(nextPending(log, '2026-09-19')?.id).toBe('p0');
    expect(nextPending(log, '2026-09-20')?.id).toBe('p1');
    expect(nextPending(log, '2026-12-24')).toBeUndefined();
  });

  test('a date is shown as far as it is known, or as not found; a picked day in the same words', () => {
    expect(log.find((c) => c.id === 'c')!.when).toBe('Nov 2025');
    expect(log.find((c) => c.id === 'd')!.when).toBe('date not found');
    expect(dayWords('2025-11-15')).toBe('15 Nov 2025');
    expect(dayWords('2026-01-01')).toBe('1 Jan 2026');
  });

  test('only a whole day filters', () => {
    expect(isDay('2025-11-01')).toBe(true);
    expect(isDay('')).toBe(false);
    expect(isDay('2025-11')).toBe(false);
  });
});
