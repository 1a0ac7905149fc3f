import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { patients } from '../knowledge/examples';
import { parseCase } from './parse';

const exampleIn = (file: string) =>
  JSON.parse(/```json\n([\s\S]*?)\n```/.exec(readFileSync(new URL(file, import.meta.url), 'utf8'))![1]!);
const hemgenix = patients.find((p) => p.id === 'haemophilia-b-liver-aav')!.case;

describe.each([['docs/engine.md', '../../../docs/engine.md']])('the case-file example in %s', (_, file) => {
  const example = exampleIn(file);

  test('is a valid, complete case file', () => {
    expect(parseCase(example)).toEqual({ ok: true, case: example });
  });

  test('is the example patient haemophilia-b-liver-aav', () => {
    expect(example).toEqual(hemgenix);
  });
});
