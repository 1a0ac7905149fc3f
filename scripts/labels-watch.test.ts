/** `npm run labels:watch`, offline: the fetch is a stub answering with recorded responses (fixtures/dailymed/). */
import { describe, expect, test } from 'vitest';
import { products } from '../src/lib/knowledge/products';
import documented from './fixtures/dailymed/history-9aa7140c.json';
import paged1 from './fixtures/dailymed/history-paged-1.json';
import paged2 from './fixtures/dailymed/history-paged-2.json';
import {
  HISTORY_URL,
  exitCode,
  formatReport,
  parseHistory,
  publishedToIso,
  watchLabels,
  type Watched
} from './labels-watch';

const EDECRIN = '9aa7140c-012c-4ea6-866d-4732e915dab6';
const PAGED = '00000000-0000-4000-8000-000000000001';

/** A fetch that answers from recorded bodies by URL, records what was asked, and 404s anything else. */
function stub(bodies: Record<string, unknown>) {
  const asked: string[] = [];
  const fetchFn = async (url: string) => {
    asked.push(url);
    const body = bodies[url];
    return { ok: body !== undefined, status: body === undefined ? 404 : 200, json: async () => body };
  };
  return { asked, fetchFn };
}

const product = (id: string, checked: string, setId?: string): Watched => ({
  id,
  name: id.toUpperCase(),
  labelChecked: { label: 'a label copy', checked },
  ...(setId ? { setId } : {})
});

describe('DailyMed history responses', () => {
  test('published dates read as ISO days', () => {
    expect(publishedToIso('Sep 26, 2012')).toBe('2012-09-26');
    expect(publishedToIso('Jun 3, 2024')).toBe('2024-06-03');
    expect(publishedToIso('2024-06-03')).toBeUndefined();
    expect(publishedToIso('Foo 3, 2024')).toBeUndefined();
  });

  test('the documented example parses to its three versions, with no further page', () => {
    expect(parseHistory(documented)).toEqual({
      versions: [
        { version: 3, published: '2012-09-26' },
        { version: 2, published: '2010-03-12' },
        { version: 1, published: '2009-06-30' }
      ],
      more: false
    });
  });

  test('a body that is not a history, or an entry without a date, is an error, not "unchanged"', () => {
    expect(() => parseHistory({ metadata: {} })).toThrow(/no data list/);
    expect(() => parseHistory({ data: [{ spl_version: 2 }] })).toThrow(/unreadable history entry/);
  });
});

describe('the label watch', () => {
  test('names the versions published after the label was checked (the day of the check counts as after)', async () => {
    const { fetchFn } = stub({ [HISTORY_URL(EDECRIN)]: documented });
    const [before, between, on, after] = await watchLabels(
      [
        product('a', '2009-01-01', EDECRIN),
        product('b', '2011-01-01', EDECRIN),
        product('c', '2012-09-26', EDECRIN),
        product('d', '2012-09-27', EDECRIN)
      ],
      fetchFn
    );
    expect(before).toMatchObject({ status: 'changed', newer: [{ version: 3 }, { version: 2 }, { version: 1 }] });
    expect(between).toMatchObject({ status: 'changed', newer: [{ version: 3, published: '2012-09-26' }] });
    expect(on).toMatchObject({ status: 'changed', newer: [{ version: 3 }] });
    expect(after).toEqual({
      product: 'd',
      name: 'D',
      status: 'unchanged',
      checked: '2012-09-27',
      latest: { version: 3, published: '2012-09-26' }
    });
  });

  test('follows next_page_url to the last page', async () => {
    const { asked, fetchFn } = stub({ [HISTORY_URL(PAGED, 1)]: paged1, [HISTORY_URL(PAGED, 2)]: paged2 });
    const [f] = await watchLabels([product('p', '2025-01-01', PAGED)], fetchFn);
    expect(asked).toEqual([HISTORY_URL(PAGED, 1), HISTORY_URL(PAGED, 2)]);
    expect(f).toMatchObject({ status: 'changed', newer: [{ version: 7 }, { version: 6 }] });
  });

  test('says which products have no set id, and reports a failed request without stopping', async () => {
    const { asked, fetchFn } = stub({ [HISTORY_URL(EDECRIN)]: documented });
    const findings = await watchLabels(
      [product('none', '2026-12-02'), product('gone', '2026-12-02', PAGED), product('ok', '2013-01-01', EDECRIN)],
      fetchFn
    );
    expect(findings.map((f) => f.status)).toEqual(['no_set_id', 'error', 'unchanged']);
    expect(asked).toHaveLength(2);
    expect(findings[1]).toMatchObject({ message: 'DailyMed answered HTTP 404' });
    const report = formatReport(findings);
    expect(report).toContain('No label changed since it was checked.');
    expect(report).toContain('Could not ask DailyMed:\n  - GONE [gone]: DailyMed answered HTTP 404');
    expect(report).toContain('No DailyMed set id recorded (look it up and add `setId` to the module): NONE');
    expect(exitCode(findings)).toBe(2);
  });

  test('the report leads with what to re-read, with a link to the label', async () => {
    const { fetchFn } = stub({ [HISTORY_URL(EDECRIN)]: documented });
    const findings = await watchLabels([product('x', '2011-06-01', EDECRIN)], fetchFn);
    expect(formatReport(findings).split('\n')).toEqual([
      'Re-read 1 label:',
      `  - X [x]: checked 2011-06-01; published since: version 3 (2012-09-26). https://dailymed.nlm.nih.gov/dailymed/drugInfoSetid.cfm?setid=${EDECRIN}`
    ]);
    expect(exitCode(findings)).toBe(1);
  });

  test('runs over the real product modules without the network: every product is named once', async () => {
    const { fetchFn } = stub({});
    const findings = await watchLabels(products, fetchFn);
    expect(findings.map((f) => f.product)).toEqual(products.map((p) => p.id));
    // Products with a recorded set id are asked (here: 404, so errors); the others are listed as missing.
    expect(
      findings
        .filter((f) => f.status === 'error')
        .map((f) => f.product)
        .sort()
    ).toEqual(
      products
        .filter((p) => p.setId)
        .map((p) => p.id)
        .sort()
    );
    expect(products.filter((p) => p.setId).length).toBeGreaterThan(0);
  });
});
