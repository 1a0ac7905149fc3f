import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { patients } from '../fixtures/patients';
import { parseCase } from './parse';

const doc = readFileSync(new URL('../../../docs/engine.md', import.meta.url), 'utf8');
const example = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(doc)![1]!);

describe('the case-file example in docs/engine.md', () => {
  test('is a valid case file', () => {
    expect(parseCase(example).ok).toBe(true);
  });

  test('is the example patient haemophilia-b-liver-aav', () => {
    expect(example).toEqual(patients.find((p) => p.id === 'haemophilia-b-liver-aav')!.case);
  });
});
