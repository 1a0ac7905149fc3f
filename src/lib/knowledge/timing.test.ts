import { describe, expect, test } from 'vitest';
import { approximateDays, timingSchema } from './timing';

describe('timing', () => {
  test('a washout before mobilisation is a negative offset', () => {
    const washout = { offset: -8, unit: 'week', anchor: 'mobilisation' } as const;
    expect(timingSchema.safeParse(washout).success).toBe(true);
    expect(approximateDays(washout)).toBe(-56);
  });

  test.each([
    [{ offset: 1.5, unit: 'week', anchor: 'dose' }],
    [{ offset: 1, unit: 'fortnight', anchor: 'dose' }],
    [{ offset: 1, unit: 'week', anchor: 'birthday' }]
  ])('%j is refused', (bad) => {
    expect(timingSchema.safeParse(bad).success).toBe(false);
  });
});
