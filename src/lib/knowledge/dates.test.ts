import { describe, expect, test } from 'vitest';
import { earliestDay, lastChangeLine, latestDay, nextChangeWords, partialDateText } from './dates';

describe('partial dates', () => {
  test('are written as far as they are known', () => {
    expect(partialDateText('2025-11-14')).toBe('14 Nov 2025');
    expect(partialDateText('2025-07-02')).toBe('2 Jul 2025');
    expect(partialDateText('2026-03')).toBe('Mar 2026');
    expect(partialDateText('2026')).toBe('2026');
  });

  test('span from their first to their last possible day', () => {
    expect([earliestDay('2025-11'), latestDay('2025-11')]).toEqual(['2025-11-01', '2025-11-30']);
    expect([earliestDay('2024-02'), latestDay('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect([earliestDay('2026'), latestDay('2026')]).toEqual(['2026-01-01', '2026-12-31']);
    expect([earliestDay('2025-12-04'), latestDay('2025-12-04')]).toEqual(['2025-12-04', '2025-12-04']);
  });
});

test('the review line says when the knowledge is next expected to change, and when that date has passed', () => {
  const next = { date: '2026-12-23', what: 'FDA decision on X' };
  expect(nextChangeWords(next, '2026-12-04')).toBe('next expected change 23 Dec 2026 (FDA decision on X)');
  expect(nextChangeWords(next, '2026-12-23')).toBe('next expected change 23 Dec 2026 (FDA decision on X)');
  expect(nextChangeWords(next, '2026-12-24')).toBe(
    'a change was expected by 23 Dec 2026 (FDA decision on X): look for a newer knowledge base'
  );
});

test('a product’s latest change reads as one line', () => {
  expect(lastChangeLine({ change: 'x', date: '2025-11-14', kind: 'label_change', text: 'Boxed Warning added.' })).toBe(
    'Label changed 14 Nov 2025: Boxed Warning added.'
  );
  expect(lastChangeLine({ change: 'y', date: '2025-02-25', kind: 'withdrawal', text: 'Maker stops selling it.' })).toBe(
    'Withdrawn 25 Feb 2025: Maker stops selling it.'
  );
});
