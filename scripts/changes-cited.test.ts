import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { changes } from '../src/lib/knowledge/changes';
import { OUT, changesCited, changesCitedJson } from './changes-cited';

test('changes-cited.json is up to date (npm run changes:cited)', () => {
  expect(readFileSync(OUT, 'utf8')).toBe(changesCitedJson());
});

test('it holds a citation for every source the change log cites, and a name for every product it names', () => {
  const { names, sources } = changesCited();
  expect(changes.flatMap((c) => c.sources).filter((id) => !sources[id])).toEqual([]);
  expect(names['elevidys']).toBe('Elevidys');
  expect(names['car-t']).toMatch(/CAR-T/);
});
