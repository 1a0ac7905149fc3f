import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { patients } from '../src/lib/knowledge/examples';
import { products } from '../src/lib/knowledge/products';
import { DOC_FILES, fill, markdownTable, TABLES } from './docs-tables';

const withBlocks = DOC_FILES.filter((f) => readFileSync(f, 'utf8').includes('<!-- generated:'));

describe('the tables in the docs that describe data', () => {
  test('are generated somewhere: the product table and the example patients', () => {
    const text = withBlocks.map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const name of Object.keys(TABLES)) expect(text).toContain(`<!-- generated:${name} -->`);
  });

  test.each(withBlocks)('%s is what `npm run docs:tables` writes from the data', async (file) => {
    const text = readFileSync(file, 'utf8');
    expect(await fill(text, file), 'run npm run docs:tables').toBe(text);
  });

  test('every product and every example patient has its row', () => {
    expect(
      TABLES.products!()
        .split('\n')
        .filter((l) => l.startsWith('| ')).length
    ).toBe(products.length + 2);
    expect(
      TABLES['example-patients']!()
        .split('\n')
        .filter((l) => l.startsWith('| ')).length
    ).toBe(patients.length + 2);
    expect(TABLES['example-count']!()).toBe(String(patients.length));
  });

  test('a cell with a bar or a line break stays in its cell', () => {
    const columns = [{ heading: 'a', cell: (s: string) => s }];
    expect(markdownTable(['x | y\nz'], columns).split('\n').at(-1)).toBe('| x \\| y z |');
  });

  test('a block naming no table is refused', async () => {
    await expect(fill('<!-- generated:nothing --><!-- /generated -->', 'README.md')).rejects.toThrow(
      'no generated table is named "nothing"'
    );
  });
});
