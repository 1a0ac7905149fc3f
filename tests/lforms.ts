/**
 * NLM's LHC-Forms (npm `lforms`), test-only, without its 265 MB install (its Angular dependencies are declared
 * though `dist/` is prebuilt): `npm pack` fetches the one tarball through npm, its sha512 is checked against the
 * pinned integrity, and only the four browser files are unpacked into the git-ignored `.work/` cache. A second
 * run reads the cache. Served to the page by `page.route`, so no second server is needed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

export const LFORMS_VERSION = '40.1.3';
/** `npm view lforms@40.1.3 dist.integrity` */
const INTEGRITY = 'sha512-WLruTm+BcVnafC0rSAQ3/cNqhxvclBUxyBG68aub/uha2NaK9H8ZZcEXTTuORuGzzCt0wa7fvhuieZtcDIdPzQ==';
const FILES = {
  'zone.min.js': 'dist/lforms/webcomponent/assets/lib/zone.min.js',
  'lhc-forms.js': 'dist/lforms/webcomponent/lhc-forms.js',
  'styles.css': 'dist/lforms/webcomponent/styles.css',
  'lformsFHIR.min.js': 'dist/lforms/fhir/R4/lformsFHIR.min.js'
} as const;

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, '.work', `lforms-${LFORMS_VERSION}`);
const local = (path: string) => join(dir, 'package', path);

/** The cache folder, filled on first use. */
export function lformsFiles(): string {
  if (Object.values(FILES).every((f) => existsSync(local(f)))) return dir;
  mkdirSync(dir, { recursive: true });
  execFileSync('npm', ['pack', `lforms@${LFORMS_VERSION}`, '--pack-destination', dir, '--silent'], { cwd: dir });
  const tarball = join(dir, `lforms-${LFORMS_VERSION}.tgz`);
  const digest = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (digest !== INTEGRITY) {
    rmSync(tarball);
    throw new Error(`lforms-${LFORMS_VERSION}.tgz does not match its pinned integrity`);
  }
  execFileSync('tar', ['-xzf', tarball, '-C', dir, ...Object.values(FILES).map((f) => `package/${f}`)]);
  rmSync(tarball);
  return dir;
}

export const HARNESS = 'http://lforms.test/';
const TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', html: 'text/html' };

/** Serves a page at HARNESS that loads LHC-Forms, and waits for it. */
export async function openLForms(page: Page) {
  lformsFiles();
  await page.route(`${HARNESS}**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name === '')
      return route.fulfill({
        contentType: TYPES.html,
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LHC-Forms</title>
<link rel="stylesheet" href="styles.css"></head><body><div id="form"></div>
<script src="zone.min.js"></script><script src="lhc-forms.js"></script><script src="lformsFHIR.min.js"></script>
</body></html>`
      });
    const path = FILES[name as keyof typeof FILES];
    return path
      ? route.fulfill({ contentType: TYPES[name.split('.').pop()!], body: readFileSync(local(path)) })
      : route.fulfill({ status: 404, body: '' });
  });
  await page.goto(HARNESS);
  await page.waitForFunction(() => {
    const w = window as unknown as { LForms?: { Util?: { getFormFHIRData?: unknown }; FHIR?: unknown } };
    // lhc-forms.js defines the utilities before lformsFHIR.min.js adds the FHIR support they need.
    return typeof w.LForms?.Util?.getFormFHIRData === 'function' && w.LForms?.FHIR !== undefined;
  });
}
