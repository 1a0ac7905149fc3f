/** Privacy, security, offline and reflow: the promises the app makes, checked on every change. */
import type { Page, Request } from '@playwright/test';
import { patients } from '../src/lib/knowledge/examples';
import { fromSection } from '../src/lib/wizard/forms';
import { slugOf, type QuestionPage } from '../src/lib/wizard/pages';
import { shareUrl } from '../src/lib/persistence/link';
import { answerCase, currentPage, expect, expectAccessible, fill, startCase, storedOnDevice, test } from './helpers';

// The service worker is part of what is checked here (offline; its own requests): allowed, as for a user.
test.use({ serviceWorkers: 'allow' });

const example = patients.find((p) => p.id === 'haemophilia-a-aav5-positive') ?? patients[0]!;

/** Distinctive answer values of a case: numbers and enum values long enough not to occur by chance in a path. */
function answerValues(c: object): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => k !== 'schemaVersion' && walk(x));
    else if (typeof v === 'number' && v >= 10) out.add(String(v));
    else if (typeof v === 'string' && v.length >= 6) out.add(v);
  };
  walk(c);
  return [...out];
}

async function toSummary(page: Page) {
  await startCase(page);
  await answerCase(page, example.case);
  await page.getByRole('button', { name: 'Continue to the summary' }).click();
  await expect(page).toHaveURL(/\/case\/summary$/);
}

test('no request leaves the origin or carries an answer, through a whole case', async ({ page, context, baseURL }) => {
  const requests: Request[] = [];
  // The context's requests: the page's and its service worker's (the offline copy it fetches).
  context.on('request', (r) => requests.push(r));
  await toSummary(page);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ format: 'A4' });
  // The service worker has installed by now (it registers once the first page is idle) and fetched its copy.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => requests.filter((r) => r.serviceWorker()).length).toBeGreaterThan(0);
  expect(requests.filter((r) => !r.serviceWorker()).length, "the page's own requests").toBeGreaterThan(0);
  const origin = new URL(baseURL!).origin;
  const values = answerValues(example.case);
  for (const r of requests) {
    const url = new URL(r.url());
    expect(url.origin, r.url()).toBe(origin);
    expect(r.method(), r.url()).toBe('GET');
    expect(url.search, r.url()).toBe('');
    expect(r.postData(), r.url()).toBeNull();
    for (const value of values) expect(decodeURIComponent(r.url()), `${value} in ${r.url()}`).not.toContain(value);
  }
});

test('nothing is stored on the device unless the user asks', async ({ page }) => {
  await toSummary(page);
  // Only this tab's own copy (sessionStorage, gone when the tab closes; docs/persistence.md) — nothing on the device.
  expect(await storedOnDevice(page)).toEqual({ local: [], session: [] });
  expect(await page.context().cookies()).toEqual([]);
});

test('the Content-Security-Policy allows no inline script, no plugins and no base URL', async ({ page }) => {
  for (const path of ['/', '/case/patient', '/case/summary']) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const directives = Object.fromEntries(
      csp!.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      })
    );
    expect(directives['script-src'], path).not.toContain("'unsafe-inline'");
    expect(directives['script-src'], path).not.toContain("'unsafe-eval'");
    expect(directives['object-src'], path).toEqual(["'none'"]);
    expect(directives['base-uri'], path).toEqual(["'none'"]);
    expect(directives['default-src'], path).toEqual(["'self'"]);
  }
});

test('after the first visit the wizard, the summary and printing work offline', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Compare gene-therapy vector platforms');
  await answerCaseFromStart(page);
  await page.getByRole('button', { name: 'Continue to the summary' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Summary');
  await page.emulateMedia({ media: 'print' });
  expect((await page.pdf({ format: 'A4' })).byteLength).toBeGreaterThan(10_000);
});

async function answerCaseFromStart(page: Page) {
  await page.getByRole('button', { name: /Start now/ }).click();
  await expect(page).toHaveURL(/\/case\/patient$/);
  await answerCase(page, example.case);
}

test('at 320 CSS px (400% zoom) no wizard page scrolls sideways', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const noSideways = async (where: string) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(320);
  await page.goto('/');
  await noSideways('start');
  await startCase(page);
  for (let i = 0; i < 15 && currentPage(page) !== 'review'; i++) {
    const id = currentPage(page) as QuestionPage;
    await noSideways(id);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await noSideways(`${id} with errors`);
    await fill(page, id, fromSection(id, example.case[id]), example.case);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page).not.toHaveURL(new RegExp(`/${slugOf(id)}$`));
  }
  await noSideways('review');
  await page.getByRole('button', { name: 'Continue to the summary' }).click();
  await expect(page).toHaveURL(/\/case\/summary$/);
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > 321 && !e.closest('.scroll'))
      .map((e) => `${e.tagName}.${e.className}`)
      .slice(0, 5)
  );
  expect(wide, 'elements wider than the viewport').toEqual([]);
  await noSideways('summary');
});

test('the local server sends the response headers a host should add', async ({ request }) => {
  const response = await request.get('/');
  expect(response.headers()).toMatchObject({
    'content-security-policy': "frame-ancestors 'none'",
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff'
  });
});

test('markup typed as a medicine name or a case reference is shown as text, never run or drawn', async ({
  page,
  baseURL
}) => {
  const markup = '<img src=x onerror="window.__injected=1">';
  const c = patients.find((p) => p.id === 'haemophilia-a-roctavian')!.case;
  const withMarkup = { ...c, medicines: { ...c.medicines!, answer: 'some' as const, current: [{ name: markup }] } };
  // A share link carries the free-text medicine name; the case reference is typed on review.
  await page.goto(await shareUrl(withMarkup, baseURL!));
  await page.locator('#case-label').fill('<b>MDT</b>');
  await expect(page.getByText(markup).first()).toBeVisible();
  await page.getByRole('button', { name: 'Continue to the summary' }).click();
  await expect(page.getByText('Case: <b>MDT</b>')).toBeVisible();
  await page.mouse.wheel(0, 300);
  await expect(page.getByText(markup).first()).toBeAttached();
  expect(await page.locator('img[src="x"], main b:text-is("MDT")').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
});

test('the accessibility check fails on a page with a violation, and names it', async ({ page }) => {
  // The check every spec runs (expectAccessible) is shown to catch what it is for: here, low contrast and an
  // unnamed button added to a real page of the app.
  await page.goto('/glossary');
  await page.locator('html[data-hydrated="true"]').waitFor();
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<p style="color:#bbb;background:#fff">Faint</p><button></button>');
  });
  const failure = await expectAccessible(page).then(
    () => '',
    (e: Error) => e.message
  );
  expect(failure).toContain('color-contrast');
  expect(failure).toContain('button-name');
});
