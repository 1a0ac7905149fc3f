import { describe, expect, test } from 'vitest';
import { assess } from '../engine';
import { carePlans } from '../engine/care-plan';
import { patients } from '../knowledge/examples';
import { planIcs } from './ics';
import { dateOf, isDate, planRows } from './plan';

const roctavian = carePlans(assess(patients.find((p) => p.id === 'haemophilia-a-roctavian')!.case));
const dose = (offset: number, unit: 'day' | 'week' | 'month' | 'year') => ({ offset, unit, anchor: 'dose' as const });

describe('calendar dates from a planned dose date', () => {
  test.each([
    ['2027-03-10', dose(-1, 'day'), '2027-03-09'],
    ['2027-03-10', dose(26, 'week'), '2027-09-08'],
    ['2027-01-31', dose(1, 'month'), '2027-02-28'],
    ['2028-02-29', dose(1, 'year'), '2029-02-28'],
    ['2027-03-10', dose(15, 'year'), '2042-03-10']
  ])('dose on %s, %j → %s', (d, t, expected) => {
    expect(dateOf(d, t)).toBe(expected);
  });

  test('a step timed from mobilisation or conditioning has no date (the centre sets those days)', () => {
    expect(dateOf('2027-03-10', { offset: -7, unit: 'day', anchor: 'conditioning' })).toBeUndefined();
  });

  test.each(['2027-02-30', '10/03/2027', '', '2027-3-1'])('%j is not a date', (s) => {
    expect(isDate(s)).toBe(false);
    expect(
      planRows(roctavian[0]!, s)
        .flatMap((p) => p.rows)
        .some((r) => r.date)
    ).toBe(false);
  });

  test('rows are grouped before the dose, the dose day, after it and follow-up, with dates when given', () => {
    const phases = planRows(roctavian[0]!, '2027-03-10');
    expect(phases.map((p) => p.phase)).toEqual(['before', 'dose', 'after', 'follow_up']);
    const weekly = phases.flatMap((p) => p.rows).find((r) => r.span.startsWith('weekly, to week 26'))!;
    expect([weekly.when, weekly.date, weekly.endDate]).toEqual(['Week 1', '2027-03-17', '2027-09-08']);
  });
});

describe('the plan as an iCalendar file (RFC 5545)', () => {
  const ics = planIcs(roctavian, '2027-03-10', '20270101T120000Z');
  const unfolded = ics.replace(/\r\n /g, '');

  test('a calendar of all-day events, CRLF lines no longer than 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.split('BEGIN:VEVENT').length - 1).toBe(roctavian[0]!.items.length);
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20270310');
  });

  test('a weekly step to week 26 recurs weekly until then; text is escaped', () => {
    expect(unfolded).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;UNTIL=20270908');
    expect(unfolded).toMatch(/SUMMARY:Roctavian: Monitoring/);
    expect(unfolded).not.toMatch(/DESCRIPTION:[^\r]*[^\\][;,]/);
  });

  test('carries no answer of the case and no case label', () => {
    expect(unfolded).not.toMatch(/haemophilia|34|cirrhosis/i);
  });
});
