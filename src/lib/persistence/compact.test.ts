import { describe, expect, test } from 'vitest';
import { caseSchema } from '../case/schema';
import { expand, shorten } from './compact';
import { examples } from './fixtures/examples';
import { LINK_WORDS } from './link-words';

type Def = { type: string; shape?: object; innerType?: unknown; element?: unknown; entries?: object };
/** Every key and enum value the case schema can hold. */
function schemaWords(schema: unknown, out = new Set<string>()): Set<string> {
  const def = (schema as { def: Def }).def;
  if (def.type === 'object') for (const [k, v] of Object.entries(def.shape!)) schemaWords(v, out.add(k));
  if (def.type === 'optional') schemaWords(def.innerType, out);
  if (def.type === 'array') schemaWords(def.element, out);
  if (def.type === 'enum') for (const v of Object.values(def.entries!)) out.add(String(v));
  return out;
}

describe('the compact link form', () => {
  test.each(examples)('%s shortens and expands to the same case', (_, c) => {
    const short = shorten(c);
    expect(JSON.stringify(short).length).toBeLessThan(JSON.stringify(c).length / 2);
    expect(expand(short)).toEqual({ ok: true, value: c });
  });

  test('every key and answer of the current schema has a word, so no answer is escaped', () => {
    const missing = [...schemaWords(caseSchema)].filter((w) => !(LINK_WORDS as readonly string[]).includes(w));
    expect(missing, 'append these to LINK_WORDS (never reorder)').toEqual([]);
  });

  test('the words of format v1 keep their places: old links keep their meaning', () => {
    expect(LINK_WORDS.length).toBeGreaterThanOrEqual(156);
    expect([LINK_WORDS[0], LINK_WORDS[2], LINK_WORDS[70], LINK_WORDS[155]]).toEqual([
      'schemaVersion',
      'patient',
      'AAV1',
      'not_planned'
    ]);
    expect(new Set(LINK_WORDS).size).toBe(LINK_WORDS.length);
  });

  test('text that is not a word is kept, escaped', () => {
    expect(shorten({ tissue: 'brain' })).toEqual({ [LINK_WORDS.indexOf('tissue').toString(36)]: '~brain' });
    expect(expand({ '~x': '~y' })).toEqual({ ok: true, value: { x: 'y' } });
  });

  test.each([['zzz'], ['ZZ'], ['-1'], ['9z']])('an unknown code %j is refused', (code) => {
    expect(expand({ [code]: 1 })).toEqual({ ok: false, unknown: code });
  });

  test('nesting deeper than any case is refused, without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(expand(deep)).toEqual({ ok: false, unknown: '(nested too deeply)' });
  });
});
