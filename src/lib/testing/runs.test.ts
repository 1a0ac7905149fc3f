import { describe, expect, test } from 'vitest';
import { runs, tierOf } from './runs';

describe('property-test run counts', () => {
  test.each([
    [10_000, 'full', 10_000],
    [10_000, 'quick', 200],
    [1000, 'quick', 20],
    [300, 'quick', 10],
    [5, 'quick', 5]
  ] as const)('%i runs in the full gate, in the %s tier: %i', (full, tier, expected) => {
    expect(runs(full, tier)).toBe(expected);
  });

  test('the tier comes from VS_PROPERTY_RUNS, full when it is not set', () => {
    expect(tierOf(undefined)).toBe('full');
    expect(tierOf('')).toBe('full');
    expect(tierOf('full')).toBe('full');
    expect(tierOf('quick')).toBe('quick');
  });

  test('a misspelt tier is refused rather than read as full', () => {
    expect(() => tierOf('fast')).toThrow('VS_PROPERTY_RUNS must be "quick" or "full", not "fast"');
  });
});
