import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';

// Debian's Chromium where present (this machine and CI); otherwise Playwright's own browser. Its headless shell
// (package chromium-headless-shell, the same version without the browser's UI) runs the suite about 15 % faster.
const executablePath = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium'
].find((path) => path && existsSync(path));
const port = Number(process.env.E2E_PORT ?? 4317);
// VS_WORKDIR: serve and write results in a folder of one's own (see svelte.config.js).
const workdir = process.env.VS_WORKDIR;

export default defineConfig({
  testDir: 'tests',
  outputDir: workdir ? `${workdir}/test-results` : 'test-results',
  fullyParallel: true,
  // Playwright's default is half the cores, one worker on a 2-core machine; CI always ran two, and now npm test does.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  forbidOnly: true,
  retries: 0,
  // A busy 2-core machine (or CI) can take a few seconds to lazy-load the wizard.
  expect: { timeout: 10_000 },
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'off',
    // Every new browser context would otherwise install the service worker, which then fetches the whole offline
    // copy (about 100 files) in the background of the test: about a seventh of the suite's time. The service worker is
    // tested where it matters (quality.spec: offline, and no request of it carries an answer).
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic'
      ]
    }
  },
  webServer: {
    command: 'node scripts/serve.js',
    env: { PORT: String(port), BUILD_DIR: workdir ? `${workdir}/build` : 'build' },
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000
  }
});
