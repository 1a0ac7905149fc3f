import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });
/** Whether ESLint refuses an import line in a file at this path, by the given rule. */
async function refused(
  line: string,
  file = 'src/lib/components/Probe.ts',
  rule = '@typescript-eslint/no-restricted-imports'
) {
  const [result] = await eslint.lintText(`${line}\nexport const used = [x];\n`, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === rule).length > 0;
}

describe('browser code cannot import the whole knowledge base by accident', { timeout: 60_000 }, () => {
  test.each([
    "import { assess as x } from '$lib/engine';",
    "import { assess as x } from '$lib/engine/index';",
    "import { products as x } from '$lib/knowledge';",
    "import { knowledgeFor as x } from '../knowledge';",
    "import { zolgensma as x } from '$lib/knowledge/products/zolgensma';",
    "import { caseArbitrary as x } from '$lib/fixtures/arbitrary';"
  ])('refused in a component: %s', async (line) => {
    expect(await refused(line)).toBe(true);
  });

  test.each([
    "import { assessWith as x } from '$lib/engine/browser';",
    "import type { Assessment as x } from '$lib/engine';",
    "import { loadKnowledge as x } from '$lib/knowledge/catalogue';",
    "import { FIT_WORDS as x } from '$lib/words/assessment';",
    "import { patients as x } from '$lib/knowledge/examples';"
  ])('allowed in a component: %s', async (line) => {
    expect(await refused(line)).toBe(false);
  });

  test.each(['src/routes/Probe.ts', 'src/lib/summary/probe.ts', 'src/lib/wizard/probe.ts'])(
    'refused in %s too',
    async (file) => {
      expect(await refused("import { assess as x } from '$lib/engine';", file)).toBe(true);
    }
  );

  test('allowed in Node code and in tests', async () => {
    expect(await refused("import { assess as x } from '$lib/engine';", 'scripts/probe.ts')).toBe(false);
    expect(await refused("import { assess as x } from '../engine';", 'src/lib/summary/probe.test.ts')).toBe(false);
  });
});

describe('state is runes, never stores', { timeout: 60_000 }, () => {
  // So the store rule of eslint-plugin-svelte (svelte/require-store-reactive-access, slow) is off: nothing to check.
  test.each(['src/lib/components/Probe.ts', 'src/lib/wizard/probe.ts', 'scripts/probe.ts'])(
    'svelte/store and $app/stores are refused in %s',
    async (file) => {
      expect(await refused("import { writable as x } from 'svelte/store';", file, 'no-restricted-imports')).toBe(true);
      expect(await refused("import { page as x } from '$app/stores';", file, 'no-restricted-imports')).toBe(true);
      expect(await refused("import { page as x } from '$app/state';", file, 'no-restricted-imports')).toBe(false);
    }
  );
});
