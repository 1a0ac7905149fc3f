import { describe, expect, test } from 'vitest';
import type { Draft } from '../case/schema';
import { patients } from '../knowledge/examples';
import { continues } from './opened.svelte';

describe('the opened example stays named while its case is changed, and only then', () => {
  const loaded = structuredClone(patients[0]!.case) as Draft;
  test('one page changed, the others kept: the same case', () => {
    expect(continues(loaded, loaded)).toBe(true);
    expect(continues({ ...loaded, liver: { ...loaded.liver! } }, loaded)).toBe(true);
  });
  test('a restart, or another case opened (even with the same answers): another case', () => {
    expect(continues({ schemaVersion: loaded.schemaVersion } as Draft, loaded)).toBe(false);
    expect(continues(structuredClone(loaded), loaded)).toBe(false);
    expect(continues(loaded, null)).toBe(false);
  });
});
