import { sveltekit } from '@sveltejs/kit/vite';
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

const ISOLATED = '**/*.isolated.test.ts';

export default defineConfig({
  plugins: [sveltekit()],
  test: {
    environment: 'node',
    // Vitest's default leaves one core to its main thread, which is one worker on a 2-core machine; the main
    // thread is mostly idle once the files are transformed, so every core runs test files.
    maxWorkers: availableParallelism(),
    // Timings are not what the tests prove: a busy 2-core machine may take several times as long as a quiet one.
    testTimeout: 60_000,
    // Test files share their worker's modules (the knowledge base is imported once per worker, not once per file:
    // about 40 s less on a 2-core machine); no test holds state between files. A file that replaces a module
    // (vi.mock) must run with fresh modules: it is named *.isolated.test.ts.
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ISOLATED],
          isolate: false
        }
      },
      { extends: true, test: { name: 'isolated', include: [ISOLATED] } }
    ]
  }
});
