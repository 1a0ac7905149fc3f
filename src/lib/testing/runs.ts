/**
 * How many runs each property test makes, set in one place. A test states the count the full gate runs
 * (`runs(10_000)`); `VS_PROPERTY_RUNS=quick` (`npm run test:quick`) divides every count by 50, with at least
 * 10 runs, for a loop of under a minute while developing. Unset or `full` (`npm test`, CI) runs every count as
 * written, so what the full gate proves does not depend on the environment.
 */
export type PropertyTier = 'quick' | 'full';

export const QUICK_DIVISOR = 50;
export const QUICK_MINIMUM = 10;

/** The tier a `VS_PROPERTY_RUNS` setting names; anything but `quick`, `full` or nothing is a mistake, not a default. */
export function tierOf(setting: string | undefined): PropertyTier {
  if (setting === undefined || setting === '' || setting === 'full') return 'full';
  if (setting === 'quick') return 'quick';
  throw new Error(`VS_PROPERTY_RUNS must be "quick" or "full", not "${setting}"`);
}

/** The tier of this run of the tests. */
export const propertyTier = (): PropertyTier => tierOf(process.env.VS_PROPERTY_RUNS);

/** The number of runs for a property the full gate runs `full` times. */
export function runs(full: number, tier: PropertyTier = propertyTier()): number {
  if (tier === 'full') return full;
  return Math.min(full, Math.max(QUICK_MINIMUM, Math.ceil(full / QUICK_DIVISOR)));
}
