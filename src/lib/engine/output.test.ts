import { describe, expect, test } from 'vitest';
import { patients } from '../knowledge/examples';
import { assess } from '.';
import { knowledgeOf } from '../fixtures/summary-view';
import { citedSources, DISCLAIMER, toJsonReport, toTextReport } from './output';
import { FIT_WORDS } from '../words/assessment';

const rows = patients.map((p) => [p.id, p] as const);

describe('the text report', () => {
  test.each(rows)('for %s states each platform’s fit, the disclaimer and the knowledge-base version', (_id, p) => {
    const a = assess(p.case);
    const text = toTextReport(a, knowledgeOf(p.case));
    for (const platform of a.platforms)
      expect(text).toContain(`${platform.name}: ${FIT_WORDS[platform.fit].toUpperCase()}`);
    expect(text).toContain(DISCLAIMER);
    expect(text).toContain(`knowledge base ${a.knowledgeBase.version}, reviewed ${a.knowledgeBase.reviewed}`);
    expect(text).toMatch(/Adeno-associated viral vector \(AAV\): Up to 5 years.*unverified/);
  });

  test.each(rows)('for %s lists every cited source as text', (_id, p) => {
    const a = assess(p.case);
    const text = toTextReport(a, knowledgeOf(p.case));
    for (const s of citedSources(a, knowledgeOf(p.case))) expect(text).toContain(`[${s.id}] ${s.citation}`);
  });
});

describe('the JSON report', () => {
  test.each(rows)('for %s is plain JSON in format version 1', (_id, p) => {
    const json = toJsonReport(assess(p.case), knowledgeOf(p.case));
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json).toMatchObject({ format: 'vector-select-assessment', formatVersion: 1 });
    expect(json).not.toHaveProperty('rules');
  });
});
