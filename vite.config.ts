import { sveltekit } from '@sveltejs/kit/vite';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Vitest's default leaves one core to its main thread, which is one worker on a 2-core machine; the main
    // thread is mostly idle once the files are transformed, so every core runs test files.
    maxWorkers: availableParallelism(),
    // Test files share their worker's modules (no fresh import of the knowledge base per file: about 40 s less on a
    // 2-core machine); the tests hold no state between files, and they pass with the files in any order.
    isolate: false,
    // Timings are not what the tests prove: a busy 2-core machine may take several times as long as a quiet one.
    testTimeout: 60_000
  }
});
