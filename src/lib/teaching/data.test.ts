import { describe, expect, test } from 'vitest';
import { sourceById } from '../knowledge';
import { QUESTION_PAGES } from '../wizard/pages';
import { GLOSSARY } from './glossary';
import { segment } from './terms';
import { WHY } from './why';

const REQUIRED_TERMS = [
  'neutralising-antibody',
  'total-binding-antibody',
  'sin-lv',
  'episomal',
  'insertional-mutagenesis',
  'vg-per-kg',
  'thrombotic-microangiopathy',
  'myeloablative-conditioning',
  'long-term-follow-up',
  'titre',
  'uln',
  'ex-vivo',
  'capsid',
  'transduction',
  'hsc',
  'car-t',
  'alt-ast',
  'fibrosis'
];

describe('why we ask', () => {
  test.each(QUESTION_PAGES)('the %s page has a why entry citing at least one source', (page) => {
    expect(WHY[page].text.length).toBeGreaterThan(40);
    expect(WHY[page].sources.length).toBeGreaterThan(0);
  });
  test.each(Object.entries(WHY))('every source cited for %s exists', (_page, entry) => {
    for (const id of entry.sources) expect(sourceById.has(id), id).toBe(true);
  });
});

describe('glossary', () => {
  test('ids and terms are unique and usable as fragment ids', () => {
    const ids = GLOSSARY.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(GLOSSARY.map((g) => g.term)).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });
  test('each spelling belongs to one term only', () => {
    const aliases = GLOSSARY.flatMap((g) => g.aliases.map((a) => a.toLowerCase()));
    expect(new Set(aliases).size).toBe(aliases.length);
  });
  test.each(REQUIRED_TERMS)('defines %s', (id) => {
    expect(GLOSSARY.find((g) => g.id === id)?.definition).toBeTruthy();
  });
  test.each(GLOSSARY.map((g) => [g.id, g] as const))('every source cited by %s exists', (_id, entry) => {
    for (const id of entry.sources) expect(sourceById.has(id), id).toBe(true);
  });
});

describe('linking terms in text', () => {
  test('links each term once, the longest spelling first, and keeps the text whole', () => {
    const text = 'Neutralising antibodies and a neutralising antibody titre, ALT above the ULN; salt is not ALT.';
    const parts = segment(text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.kind === 'term')).toEqual([
      { kind: 'term', text: 'Neutralising antibodies', id: 'neutralising-antibody' },
      { kind: 'term', text: 'titre', id: 'titre' },
      { kind: 'term', text: 'ALT', id: 'alt-ast' },
      { kind: 'term', text: 'ULN', id: 'uln' }
    ]);
  });
  test('does not link inside words or in the wrong case', () => {
    expect(segment('Basin of designs; the alt key').every((p) => p.kind === 'text')).toBe(true);
  });
  test.each(['Integration and genotoxicity', 'Packaging capacity', 'Long-term follow-up'])(
    'the comparison row "%s" links a term',
    (label) => expect(segment(label).some((p) => p.kind === 'term')).toBe(true)
  );
});
