/**
 * When something happens in a patient's plan, relative to an anchor: the one shape for every dated item
 * (washouts, pre-dose tests, conditioning, immunosuppression, monitoring visits, long-term follow-up).
 * A negative offset is before the anchor ("4 weeks before mobilisation" = { offset: -4, unit: 'week',
 * anchor: 'mobilisation' }); zero is the anchor's day; a positive offset is after it.
 */
import * as z from 'zod/mini';

export const ANCHORS = ['mobilisation', 'conditioning', 'dose'] as const;
export const TIME_UNITS = ['day', 'week', 'month', 'year'] as const;

export const timingSchema = z.object({
  offset: z.number().check(z.int()),
  unit: z.enum(TIME_UNITS),
  anchor: z.enum(ANCHORS)
});

export type Anchor = (typeof ANCHORS)[number];
export type TimeUnit = (typeof TIME_UNITS)[number];
export type Timing = z.infer<typeof timingSchema>;

/** Days in each unit, for ordering items on one timeline (a month is 30 days and a year 365: ordering, not dates). */
export const DAYS_PER_UNIT: Record<TimeUnit, number> = { day: 1, week: 7, month: 30, year: 365 };

/** The approximate day of a timing relative to its own anchor, for sorting. */
export const approximateDays = (t: Timing): number => t.offset * DAYS_PER_UNIT[t.unit];
