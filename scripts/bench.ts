/**
 * `npm run bench`: builds the app into its own folder, serves it on localhost and reports bytes,
 * Lighthouse scores, the engine's cost and the summary's render time, as Markdown (stdout and
 * bench/results.md) and JSON (bench/results.json). Talks only to localhost.
 *
 * Options: --skip-build (reuse the last build), --runs N (Lighthouse runs per page, default 3),
 * --lighthouse-only (only the Lighthouse table, on stdout; bench/results.* are left as they are).
 * Environment: VS_WORKDIR (default .work/bench), BENCH_PORT (default 4398), CHROMIUM_PATH.
 */
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import fc from 'fast-check';
import lighthouse from 'lighthouse';
import { caseSchema, type Case } from '../src/lib/case/schema';
import { assess } from '../src/lib/engine';
import { caseArbitrary } from '../src/lib/fixtures/arbitrary';
import { MemoryStorage } from '../src/lib/persistence/fixtures/memory-storage';
import { saveCase, STORAGE_KEY } from '../src/lib/persistence/storage';
import { slugOf } from '../src/lib/wizard/slugs';
import type { PageId } from '../src/lib/wizard/pages';
import { answerCase, startCase } from '../tests/helpers';
import { BUDGETS, BUDGET_PATIENT, kb, loadStart, record, runToSummary, totals, type Transfer } from '../tests/measure';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 3;
const workdir = process.env.VS_WORKDIR ?? '.work/bench';
const port = Number(process.env.BENCH_PORT ?? 4398);
const origin = `http://localhost:${port}`;
const chromePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];
const PRIVATE_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
];
const GOALS = { performance: 98, accessibility: 100, bestPractices: 100, tbtMs: 0 };
const SEED = 20261125;
const QUESTION_PAGE: PageId = 'infections';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;
const mark = (ok: boolean) => (ok ? 'yes' : '**no**');

// ---------------------------------------------------------------- build and serve

function build() {
  const started = performance.now();
  const run = spawnSync('npx', ['vite', 'build'], {
    env: { ...process.env, VS_WORKDIR: workdir },
    stdio: ['ignore', 'ignore', 'inherit']
  });
  if (run.status !== 0) throw new Error('vite build failed');
  return performance.now() - started;
}

async function serve() {
  const server = spawn('node', ['scripts/serve.js'], {
    env: { ...process.env, PORT: String(port), BUILD_DIR: `${workdir}/build` },
    stdio: 'ignore'
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(origin)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`the build did not come up on ${origin}`);
}

// ---------------------------------------------------------------- bytes

type Journey = { requests: number; raw: number; gzip: number; budget?: number; transfers: Transfer[] };

const journey = (transfers: Transfer[], budget?: number): Journey => {
  const t = totals(transfers);
  return { requests: t.requests, raw: t.raw, gzip: t.gzip, ...(budget ? { budget } : {}), transfers };
};

async function inContext<T>(
  browser: Browser,
  sw: 'allow' | 'block',
  fn: (page: Page, ctx: BrowserContext) => Promise<T>
) {
  const context = await browser.newContext({ baseURL: origin, serviceWorkers: sw });
  try {
    return await fn(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

function fromBuild(t: Transfer): Transfer {
  const base = join(workdir, 'build', decodeURIComponent(t.path));
  const file = [base, `${base}.html`, join(base, 'index.html')].find((f) => existsSync(f) && statSync(f).isFile());
  const body = file ? readFileSync(file) : Buffer.alloc(0);
  return { ...t, raw: body.length, gzip: body.length ? gzipSync(body).length : 0 };
}

async function measureBytes(browser: Browser) {
  const start = await inContext(browser, 'block', loadStart);
  const summary = await inContext(browser, 'block', (page) => runToSummary(page));
  // The offline copy: what the service worker fetches in the background after the first load.
  const offline = await inContext(browser, 'allow', async (page, context) => {
    const rec = record(context);
    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker?.ready);
    await rec.quiet(1000);
    // Playwright gives no bodies for a service worker's fetches: the same files are read from the build.
    return (await rec.stop()).filter((t) => t.serviceWorker).map((t) => fromBuild(t));
  });
  return {
    start: journey(start, BUDGETS.start),
    summary: journey(summary, BUDGETS.summary),
    offline: journey(offline)
  };
}

/** Vite's manifest names each chunk after its main module (index-client is Svelte's runtime, client is Kit's router). */
function chunkNames(): Map<string, string> {
  const file = join(workdir, '.svelte-kit/output/client/.vite/manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { file: string; name?: string }>;
  return new Map(Object.values(manifest).map((m) => [`/${m.file}`, m.name ?? m.file.split('/').pop()!.split('.')[0]!]));
}

/** Gzip bytes of the journey to the summary per chunk, with whether the start page loads it too. */
function whereTheBytesGo(summary: Transfer[], start: Transfer[]) {
  const names = chunkNames();
  const inStart = new Set(start.map((t) => t.path));
  const rows = new Map<string, { name: string; raw: number; gzip: number; start: boolean }>();
  for (const t of summary) {
    const name =
      t.kind === 'js' ? (names.get(t.path) ?? t.path) : t.kind === 'html' ? 'HTML' : t.kind === 'css' ? 'CSS' : t.kind;
    const row = rows.get(name) ?? { name, raw: 0, gzip: 0, start: true };
    row.raw += t.raw;
    row.gzip += t.gzip;
    row.start &&= inStart.has(t.path);
    rows.set(name, row);
  }
  return [...rows.values()].sort((a, b) => b.gzip - a.gzip);
}

// ---------------------------------------------------------------- render times (Playwright, throttled CPU)

const CPU_SLOWDOWN = 4;

/** Time from a click to the next frame after the DOM has settled, in the page's own clock. */
async function clickToFrame(page: Page, selector: string, done: string): Promise<number> {
  // A string, not a function: tsx's helpers (__name) do not exist in the page.
  return page.evaluate(`(async () => {
    const t0 = performance.now();
    document.querySelector(${JSON.stringify(selector)}).click();
    while (document.querySelector(${JSON.stringify(done)}) === null) {
      if (performance.now() - t0 > 10000) throw new Error('nothing rendered ' + ${JSON.stringify(done)});
      await new Promise((r) => requestAnimationFrame(r));
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  })()`);
}

async function measureRender(browser: Browser) {
  return inContext(browser, 'block', async (page, context) => {
    const cdp = await context.newCDPSession(page);
    await startCase(page);
    await answerCase(page, BUDGET_PATIENT.case);
    // Warm: the summary's code is loaded once, then each timing is a re-render.
    await page.getByRole('button', { name: 'Continue to the summary' }).click();
    await page.getByRole('list', { name: 'At a glance' }).waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    const fromReview: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.getByRole('link', { name: 'Back' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
      const button = page.getByRole('button', { name: 'Continue to the summary' });
      await button.evaluate((b) => b.setAttribute('data-bench', 'go'));
      fromReview.push(await clickToFrame(page, '[data-bench="go"]', '#glance-heading'));
    }

    const toggle = page.getByRole('button', { name: 'Teaching mode' });
    await toggle.click();
    const panel = page.getByRole('region', { name: 'What if? Change one answer' });
    await panel.waitFor();
    await panel.getByLabel('Question to change').selectOption({ label: 'Liver and other risks' });
    const whatIf: number[] = [];
    for (let i = 0; i < 7; i++) {
      await panel.getByRole('button', { name: 'Reset to the case’s answers' }).click();
      await panel.locator('input[name="fibrosis"][value="cirrhosis"]').check();
      await panel
        .getByRole('button', { name: 'Show what changes' })
        .evaluate((b) => b.setAttribute('data-bench', 'go'));
      await panel.locator('[role="status"] h3').first().waitFor({ state: 'detached' });
      whatIf.push(await clickToFrame(page, '[data-bench="go"]', '.whatif [role="status"] h3'));
      await panel.getByRole('button', { name: 'Show what changes' }).evaluate((b) => b.removeAttribute('data-bench'));
    }
    await toggle.click();
    return { cpuSlowdown: CPU_SLOWDOWN, whatIfMs: median(whatIf), fromReviewMs: median(fromReview) };
  });
}

// ---------------------------------------------------------------- engine

function measureEngine() {
  const cases: Case[] = fc.sample(caseArbitrary, { numRuns: 10_000, seed: SEED });
  const time = (fn: (c: Case) => unknown) => {
    const runs: number[] = [];
    for (let r = 0; r < 6; r++) {
      const t0 = performance.now();
      for (const c of cases) fn(c);
      runs.push(performance.now() - t0);
    }
    return median(runs.slice(1)); // the first run warms the JIT
  };
  const parseMs = time((c) => caseSchema.parse(c));
  const assessMs = time((c) => assess(c));
  return { cases: cases.length, seed: SEED, parseMs, assessMs, ratio: assessMs / parseMs };
}

// ---------------------------------------------------------------- Lighthouse

type Scores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  tbt: number;
  lcp: number;
  cls: number;
};
type PageResult = Scores & { page: string; how: string; url: string; runs: Scores[]; finalUrls: string[] };

/** A case saved on this device, as the save button writes it: reloading a wizard page then resumes there. */
function savedEntry(page: PageId): string {
  const store = new MemoryStorage();
  saveCase(BUDGET_PATIENT.case, page, store, new Date('2026-01-01T00:00:00Z'));
  return store.getItem(STORAGE_KEY)!;
}

async function measureLighthouse() {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROME_FLAGS, ...PRIVATE_FLAGS]
  });
  const cdpBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const context = cdpBrowser.contexts()[0]!;

  /** Fresh origin (no service worker, caches or storage), then optionally a saved case; Lighthouse keeps storage then. */
  async function prepare(saved?: string) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    if (saved) {
      // A document of the origin that runs no app code, so no service worker is installed before the run.
      await page.goto(`${origin}/favicon.svg`);
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, saved] as const);
    }
    await cdp.send('Network.clearBrowserCache');
    await page.close();
  }

  const targets = [
    { page: 'start', how: 'cold load of /', url: `${origin}/` },
    {
      page: 'question (infections)',
      how: 'cold load that resumes a case saved on the device',
      url: `${origin}/case/${slugOf(QUESTION_PAGE)}`,
      saved: savedEntry(QUESTION_PAGE)
    },
    {
      page: 'summary',
      how: 'cold load that resumes a case saved on the device',
      url: `${origin}/case/summary`,
      saved: savedEntry('summary')
    }
  ];
  const results: PageResult[] = [];
  try {
    for (const target of targets) {
      const runs: Scores[] = [];
      const finalUrls: string[] = [];
      for (let i = 0; i < RUNS; i++) {
        await prepare(target.saved);
        const result = await lighthouse(target.url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
          disableStorageReset: target.saved !== undefined
        });
        const lhr = result!.lhr;
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        finalUrls.push(lhr.finalDisplayedUrl);
        runs.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          tbt: audit('total-blocking-time'),
          lcp: audit('largest-contentful-paint'),
          cls: audit('cumulative-layout-shift')
        });
      }
      const med = (k: keyof Scores) => median(runs.map((r) => r[k]));
      results.push({
        page: target.page,
        how: target.how,
        url: target.url.replace(origin, ''),
        performance: med('performance'),
        accessibility: med('accessibility'),
        bestPractices: med('bestPractices'),
        tbt: med('tbt'),
        lcp: med('lcp'),
        cls: med('cls'),
        runs,
        finalUrls
      });
    }
  } finally {
    await cdpBrowser.close().catch(() => undefined);
    chrome.kill();
  }
  return results;
}

// ---------------------------------------------------------------- report

type Results = Awaited<ReturnType<typeof run>>;

const lighthouseRows = (results: PageResult[]) =>
  results.map(
    (p) =>
      `| ${p.page} | ${p.performance} | ${p.accessibility} | ${p.bestPractices} | ${ms(p.tbt)} | ${ms(p.lcp)} | ${p.cls.toFixed(3)} | ${
        p.performance >= GOALS.performance &&
        p.accessibility >= GOALS.accessibility &&
        p.bestPractices >= GOALS.bestPractices &&
        p.tbt <= GOALS.tbtMs
          ? 'yes'
          : '**no**'
      } |`
  );
const LIGHTHOUSE_HEADER = [
  '| page | performance | accessibility | best practices | TBT | LCP | CLS | goals met |',
  '|---|---:|---:|---:|---:|---:|---:|---|'
];

function markdown(r: Results): string {
  const b = r.bytes;
  const row = (name: string, j: Journey) =>
    `| ${name} | ${j.requests} | ${kb(j.raw)} | ${kb(j.gzip)} | ${j.budget ? `${kb(j.budget)} | ${mark(j.gzip <= j.budget)}` : '– | –'} |`;
  const lh = lighthouseRows(r.lighthouse);
  const e = r.engine;
  return [
    `### Bench ${r.date.slice(0, 10)} (commit ${r.commit}; Node ${r.node}; ${r.chromium}; load average ${r.loadAverage.toFixed(1)} on ${r.cpus} cores)`,
    '',
    `**Bytes** (gzip computed with zlib from each response body; KB = 1024 bytes; service workers blocked except in the last row; patient "${r.patient}")`,
    '',
    '| journey | requests | raw | gzip | budget | within |',
    '|---|---:|---:|---:|---:|---|',
    row('start page, first load (until the network is quiet)', b.start),
    row('start page to the rendered summary', b.summary),
    row('offline copy the service worker fetches after the first load (background)', b.offline),
    '',
    '<details><summary>Where the bytes of the journey to the summary go (gzip, per chunk, named by Vite after its main module)</summary>',
    '',
    '| chunk | gzip | raw | loaded by the start page |',
    '|---|---:|---:|---|',
    ...r.chunks.map((c) => `| ${c.name} | ${kb(c.gzip)} | ${kb(c.raw)} | ${c.start ? 'yes' : 'no'} |`),
    '',
    '</details>',
    '',
    `**Lighthouse ${r.lighthouseVersion}** (mobile emulation, simulated throttling, Debian Chromium headless; median of ${r.runs} runs). Goals: performance ≥ ${GOALS.performance}, accessibility ${GOALS.accessibility}, best practices ${GOALS.bestPractices}, TBT ${GOALS.tbtMs} ms. The question page and the summary open only once the wizard has reached them, so they are measured as a cold load of their address that resumes a case saved on the device (the reload path).`,
    '',
    ...LIGHTHOUSE_HEADER,
    ...lh,
    '',
    `**Engine** (${e.cases.toLocaleString('en')} random valid cases from \`caseArbitrary\`, seed ${e.seed}; median of 5 timed passes after a warm-up, Node)`,
    '',
    '| zod `caseSchema.parse` | `assess` | assess ÷ parse |',
    '|---:|---:|---:|',
    `| ${ms(e.parseMs)} (${((e.parseMs * 1000) / e.cases).toFixed(1)} µs/case) | ${ms(e.assessMs)} (${((e.assessMs * 1000) / e.cases).toFixed(1)} µs/case) | ${e.ratio.toFixed(1)}× |`,
    '',
    `**Summary render** (Playwright, Chromium, CPU slowed ${r.render.cpuSlowdown}× by CDP; click to the next frame after the DOM has settled; median)`,
    '',
    '| what-if change (teaching mode: fibrosis → cirrhosis, "Show what changes") | review → summary ("Continue to the summary", code already loaded) |',
    '|---:|---:|',
    `| ${ms(r.render.whatIfMs)} | ${ms(r.render.fromReviewMs)} |`,
    ''
  ].join('\n');
}

async function run() {
  const started = new Date();
  const buildMs = args.includes('--skip-build') ? undefined : build();
  const server = await serve();
  const browser = await chromium.launch({ executablePath: chromePath, args: [...CHROME_FLAGS, ...PRIVATE_FLAGS] });
  try {
    const bytes = await measureBytes(browser);
    const render = await measureRender(browser);
    const chromiumVersion = `Chromium ${browser.version()}`;
    await browser.close();
    const engine = measureEngine();
    const lh = await measureLighthouse();
    return {
      date: started.toISOString(),
      commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(),
      node: process.versions.node,
      chromium: chromiumVersion,
      lighthouseVersion: JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version as string,
      loadAverage: loadavg()[0]!,
      cpus: cpus().length,
      runs: RUNS,
      buildMs,
      patient: BUDGET_PATIENT.title,
      goals: GOALS,
      bytes,
      chunks: whereTheBytesGo(bytes.summary.transfers, bytes.start.transfers),
      lighthouse: lh,
      engine,
      render
    };
  } finally {
    await browser.close().catch(() => undefined);
    server.kill();
  }
}

if (args.includes('--lighthouse-only')) {
  const before = loadavg()[0]!;
  if (!args.includes('--skip-build')) build();
  const server = await serve();
  try {
    const lh = await measureLighthouse();
    console.log(
      [
        `Lighthouse, median of ${RUNS} (load average ${before.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after, ${cpus().length} cores)`,
        '',
        ...LIGHTHOUSE_HEADER,
        ...lighthouseRows(lh)
      ].join('\n')
    );
  } finally {
    server.kill();
  }
  process.exit(0);
}

const results = await run();
const md = markdown(results);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.md', md);
const { transfers: _s, ...start } = results.bytes.start;
const { transfers: _t, ...summary } = results.bytes.summary;
const { transfers: _o, ...offline } = results.bytes.offline;
const perFile = (ts: Transfer[]) => ts.map(({ path, kind, raw, gzip }) => ({ path, kind, raw, gzip }));
writeFileSync(
  'bench/results.json',
  JSON.stringify(
    {
      ...results,
      bytes: {
        start: { ...start, files: perFile(_s) },
        summary: { ...summary, files: perFile(_t) },
        offline
      }
    },
    null,
    2
  ) + '\n'
);
console.log(md);
