/**
 * Test files share their worker's modules (vite.config.ts), so a module replaced with vi.mock in one file would
 * leak into, or miss, the others: a file that replaces a module is named *.isolated.test.ts and runs with fresh ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const REPLACES_A_MODULE = /\bvi\.(mock|doMock|unmock|resetModules)\(/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []
  );
}

test('the pattern finds a module replaced, and only that', () => {
  expect(REPLACES_A_MODULE.test("vi.mock('./x.svelte', () => ({}))")).toBe(true);
  expect(REPLACES_A_MODULE.test('vi.fn()')).toBe(false);
});

test('every test file that replaces a module runs with fresh modules (*.isolated.test.ts)', () => {
  const files = ['src', 'scripts'].flatMap(testFiles).filter((f) => !f.endsWith('isolation.test.ts'));
  const replacing = files.filter((f) => REPLACES_A_MODULE.test(readFileSync(f, 'utf8')));
  expect(replacing.length).toBeGreaterThan(0);
  expect(replacing.filter((f) => !f.endsWith('.isolated.test.ts'))).toEqual([]);
});
