/**
 * The change log (changes.ts) as data: every entry dated and sourced, a verified entry never resting on news or
 * patient sources alone, each product's one-line latest change equal to the log's, and the review line's next
 * expected change equal to the first pending decision after the review.
 */
import { describe, expect, test } from 'vitest';
import { knowledgeBase, products, sources } from '.';
import { CHANGE_SOURCES, changes } from './changes';
import { nextPending } from './changes-view';
import { changeSchema, lastChangeSchema, sourceSchema, type Change, type SourceData } from './schema';
import { sources as baseSources } from './sources';
import { latestDay, shownChange } from './dates';

const productById = new Map(products.map((p) => [p.id, p]));
const WEAK: SourceData['kind'][] = ['news', 'patient'];

/** The sources a change may cite: the base list, the change log's own, and its products' own. */
function reachable(c: Change): Map<string, SourceData> {
  const own = c.products.flatMap((id) => productById.get(id)?.sources ?? []);
  return new Map([...baseSources, ...CHANGE_SOURCES, ...own].map((s) => [s.id, s]));
}

describe('the change log', () => {
  test.each(changes.map((c) => [c.id, c] as const))('%s parses against its zod schema', (_id, c) => {
    expect(() => changeSchema.parse(c)).not.toThrow();
  });

  test('its own sources parse, say what to check when not verified, and are all cited', () => {
    for (const s of CHANGE_SOURCES) expect(() => sourceSchema.parse(s)).not.toThrow();
    expect(CHANGE_SOURCES.filter((s) => s.verification !== 'verified' && !s.unverifiedNote)).toEqual([]);
    const cited = new Set(changes.flatMap((c) => c.sources));
    expect(CHANGE_SOURCES.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  test('ids are unique, and its sources do not reuse a knowledge-base source id', () => {
    const ids = changes.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(sources.map((s) => s.id));
    expect(CHANGE_SOURCES.filter((s) => known.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  test('every source cited is in sources.ts, in the change log, or in the module of a product it names', () => {
    const missing = changes.flatMap((c) =>
      c.sources.filter((id) => !reachable(c).has(id)).map((id) => `${c.id}: ${id}`)
    );
    expect(missing).toEqual([]);
  });

  test('a verified change cites a source that is not news or a patient source', () => {
    const weak = changes.filter(
      (c) => c.verified && c.sources.every((id) => WEAK.includes(reachable(c).get(id)!.kind))
    );
    expect(weak.map((c) => c.id)).toEqual([]);
  });

  test('names products of the knowledge base, on their platform; other names only for pending decisions', () => {
    for (const c of changes) {
      const known = c.products.filter((id) => productById.has(id));
      if (known.length < c.products.length) expect(c.kind, c.id).toBe('pending_decision');
      for (const id of known) expect(productById.get(id)!.platform, `${c.id}: ${id}`).toBe(c.platform);
    }
  });

  test('what happened falls between 1 Jan 2025 and the review', () => {
    for (const c of changes.filter((x) => x.kind !== 'pending_decision' && x.date)) {
      expect(latestDay(c.date!) >= '2025-01-01', c.id).toBe(true);
      expect(c.date! <= knowledgeBase.reviewed, c.id).toBe(true);
    }
  });

  test('encodes each 2025–26 event and pending decision the issue names (audit B, part 1)', () => {
    const ids = new Set(changes.map((c) => c.id));
    const named = [
      'elevidys-pause-2025-07', // the July 2025 shipment pause …
      'elevidys-resume-2025-07', // … and resumption for ambulatory patients
      'bluebird-private-2025-06', // bluebird bio taken private …
      'genetix-2025-09', // … and renamed
      'tecelra-sold-2025-07',
      'breyanzi-mzl-2025-12',
      'cart-labels-2025-11', // other CAR-T label edits of Nov–Dec 2025
      'aucatzyl-ec-2025',
      'itvisma-ec-2026',
      'adstiladrin-eu',
      'elevidys-label-2025-11', // limitations of use …
      'elevidys-label-details-2025-11', // … myocarditis wording and postmarketing study
      'casgevy-label-2026-07',
      'anitocel-pdufa-2026-12',
      'rgx121-resubmission-2026',
      'ux111-pdufa-2026-09',
      'amt130-bla-2026'
    ];
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('each product’s latest change', () => {
  const SHOWN: Change['kind'][] = ['label_change', 'safety_communication', 'withdrawal'];
  /** The newest verified, dated label change, safety communication or withdrawal of the product. */
  const newest = (id: string) =>
    changes
      .filter((c) => c.products.includes(id) && c.verified && c.date && SHOWN.includes(c.kind))
      .sort((a, b) => latestDay(b.date!).localeCompare(latestDay(a.date!)))[0];

  test.each(products.map((p) => [p.id] as const))('%s restates the newest entry of the log', (id) => {
    const p = productById.get(id)!;
    const c = newest(id);
    if (!c) return expect(p.lastChange).toBeUndefined();
    expect(() => lastChangeSchema.parse(p.lastChange)).not.toThrow();
    expect(p.lastChange).toEqual({ change: c.id, date: c.date, kind: c.kind, text: c.text });
  });
});

test('the review line’s next expected change is the first pending decision after the review', () => {
  const next = nextPending(changes.map(shownChange), knowledgeBase.reviewed)!;
  expect(next).toBeDefined();
  expect(knowledgeBase.nextChange.date).toBe(next.date);
  expect(knowledgeBase.nextChange.what).toMatch(/anitocabtagene/);
  expect(next.text).toMatch(/anitocabtagene/);
});
