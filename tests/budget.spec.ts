/**
 * Byte budgets (design.md): bytes are deterministic for a build, so this is an ordinary test, not a timed one.
 * Service workers are blocked: the budgets cover what the page itself waits for; the offline copy the
 * service worker fetches after load is reported by `npm run bench`.
 */
import { BUDGETS, BUDGET_PATIENT, breakdown, kb, loadStart, runToSummary, totals } from './measure';
import { expect, test } from './helpers';

test.use({ serviceWorkers: 'block' });

test.describe('byte budgets (gzip)', () => {
  test(`first load of the start page ≤ ${kb(BUDGETS.start)}`, async ({ page }) => {
    const transfers = await loadStart(page);
    expect(transfers.every((t) => t.status === 200)).toBe(true);
    expect(totals(transfers).gzip, `start page over budget:\n${breakdown(transfers)}`).toBeLessThanOrEqual(
      BUDGETS.start
    );
  });

  test(`start to the summary of "${BUDGET_PATIENT.title}" ≤ ${kb(BUDGETS.summary)}`, async ({ page }) => {
    test.setTimeout(60_000);
    const transfers = await runToSummary(page);
    expect(transfers.every((t) => t.status === 200)).toBe(true);
    expect(totals(transfers).gzip, `start to summary over budget:\n${breakdown(transfers)}`).toBeLessThanOrEqual(
      BUDGETS.summary
    );
  });
});
