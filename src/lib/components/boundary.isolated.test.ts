/**
 * One failing part of the summary shows its fallback and every other part still shows: here the
 * comparison table is replaced by a component that throws, as a part given bad data would.
 */
import { render } from 'svelte/server';
import { describe, expect, test, vi } from 'vitest';
import { patients } from '../knowledge/examples';
import { knowledgeOf, summaryViewOf } from '../fixtures/summary-view';
import { PLATFORM_SHORT } from '../knowledge/platform-ids';
import { FIT_WORDS } from '../words/assessment';
import { wizard } from '../wizard/actor.svelte';
import SummaryPage from './SummaryPage.svelte';

vi.mock('./summary/ComparisonTable.svelte', () => ({
  default: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'cells')");
  }
}));

const FALLBACK = 'This part could not be shown; the rest of the summary is complete — please report it.';

/** The text of each <section> of the page, by its id. */
function parts(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<section id="([^"]+)"[^>]*>([\s\S]*?)<\/section>/g))
    out.set(m[1]!, m[2]!.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' '));
  return out;
}

describe('a summary part that fails', () => {
  test('shows the fallback under its own heading, and every other part renders', () => {
    const patient = patients.find((p) => p.id === 'haemophilia-b-liver-aav')!;
    wizard.send({ type: 'LOAD', case: patient.case });
    // As in the browser, the boundary takes the error (on the server Svelte re-throws unless told otherwise).
    const sections = parts(
      render(SummaryPage, { props: { knowledge: knowledgeOf(patient.case) }, transformError: (error) => error }).body
    );
    const view = summaryViewOf(patient.case);

    expect(sections.get('comparison')).toContain('Side-by-side comparison');
    expect(sections.get('comparison')).toContain(FALLBACK);
    const others = [...sections].filter(([id]) => id !== 'comparison');
    expect(others.map(([id]) => id)).toEqual(
      expect.arrayContaining(['glance', 'products', 'platforms', 'unknowns', 'answers', 'sources'])
    );
    for (const [id, text] of others) expect(text, id).not.toContain(FALLBACK);
    // The condition has products: the glance names the fit of each platform with one, the others quietly once.
    for (const p of view.assessment.platforms.filter((x) => !view.decision.notEstablished.includes(x.id)))
      expect(sections.get('glance')).toContain(`${PLATFORM_SHORT[p.id]} ${FIT_WORDS[p.fit]}`);
    expect(view.decision.notEstablished.length).toBeGreaterThan(0);
    expect(sections.get('sources')).toContain(view.basis[0]!.citation.slice(0, 30));
  });
});
