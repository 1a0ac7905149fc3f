/**
 * The care plan as an iCalendar file (RFC 5545): one all-day event per step timed from the dose, a
 * recurrence rule for a repeated step with an end. Loaded on demand when the user asks for the file; the
 * dose date is the user's, typed on the page, and goes nowhere else.
 */
import type { CarePlan } from '../engine/browser';
import { spanWords, STEP_WORDS } from '../words/plan';
import { dateOf } from './plan';
import { DISCLAIMER_CALENDAR } from '../words/disclaimer';

const FREQ = { day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY', year: 'YEARLY' } as const;

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT. */
const text = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
const compact = (isoDate: string) => isoDate.replaceAll('-', '');
const nextDay = (isoDate: string) => dateOf(isoDate, { offset: 1, unit: 'day', anchor: 'dose' })!;

/** RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and one space. */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `stamp`: the time the file is made, as yyyymmddThhmmssZ (DTSTAMP). */
export function planIcs(plans: readonly CarePlan[], dose: string, stamp: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//vector-select//care plan//EN', 'CALSCALE:GREGORIAN'];
  for (const plan of plans) {
    plan.items.forEach((item, n) => {
      const start = dateOf(dose, item.at);
      if (!start) return;
      const end = item.until && dateOf(dose, item.until);
      const span = spanWords(item);
      lines.push(
        'BEGIN:VEVENT',
        `UID:${plan.product}-${n}-${compact(start)}@vector-select`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${compact(start)}`,
        `DTEND;VALUE=DATE:${compact(nextDay(start))}`,
        `SUMMARY:${text(`${plan.name}: ${STEP_WORDS[item.step]}${item.by ? ' (by this day)' : ''}`)}`,
        `DESCRIPTION:${text(`${item.text}${span ? ` (${span})` : ''} Sources: ${item.sources.join(', ')}. ${DISCLAIMER_CALENDAR}`)}`,
        ...(item.every && end
          ? [`RRULE:FREQ=${FREQ[item.every.unit]};INTERVAL=${item.every.n};UNTIL=${compact(end)}`]
          : []),
        'END:VEVENT'
      );
    });
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
