/**
 * Reading printed PDFs back: pages, text, and the size of every word. `pdftotext -bbox` gives each word's
 * box in points; its height (yMax − yMin) is the font's ascent plus descent, a fixed multiple of the font
 * size for a given font. `calibrate` measures that multiple on text of a known CSS size in the app's own
 * fonts, so that a word's height converts back to its size in points.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

export type Word = { page: number; y: number; height: number; text: string };

export const pdfPages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

export const pdfText = (file: string, page?: number) =>
  execFileSync('pdftotext', ['-raw', ...(page ? ['-f', `${page}`, '-l', `${page}`] : []), file, '-'], {
    encoding: 'utf8'
  });

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export function pdfWords(file: string): Word[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  let page = 0;
  for (const line of xhtml.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, y: Number(m[1]), height: Number(m[2]) - Number(m[1]), text: decode(m[3]!) });
  }
  return words;
}

/**
 * The text in pdftotext's reading order (it finds the columns and blocks of each page). Chromium's PDFs do
 * not keep a page's text in order, so `-raw` can interleave a paragraph that runs over a page with the rest.
 */
export const pdfReadingText = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', `${page}`, '-l', `${page}`] : []), file, '-'], { encoding: 'utf8' });

/** Points of word height per point of font size, for the app's text font and its monospace font. */
export type Calibration = { sans: number; mono: number };

/**
 * Prints a few words at known sizes (9 pt and 7.5 pt) in the app's fonts, on a page of the app, and
 * returns the height-per-point ratios, checking that they hold at both sizes.
 */
export async function calibrate(page: Page, file: string): Promise<Calibration> {
  await page.goto('/glossary');
  await page.evaluate(() => {
    const sample = (size: string, font?: string) =>
      `<p style="font-size:${size};${font ? `font-family:${font};` : ''}margin:0 0 12pt">Calibration${size.replace('.', '_')}${font ? 'mono' : 'sans'} text</p>`;
    const mono = "ui-monospace, 'Liberation Mono', monospace";
    document.body.innerHTML = [sample('9pt'), sample('7.5pt'), sample('9pt', mono), sample('7.5pt', mono)].join('');
  });
  await page.emulateMedia({ media: 'print' });
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const words = pdfWords(file);
  const height = (label: string) => words.find((w) => w.text === label)!.height;
  const sans = height('Calibration9ptsans') / 9;
  const mono = height('Calibration9ptmono') / 9;
  for (const [label, k] of [
    ['Calibration7_5ptsans', sans],
    ['Calibration7_5ptmono', mono]
  ] as const) {
    const size = height(label) / k;
    if (Math.abs(size - 7.5) > 0.1) throw new Error(`calibration does not hold at 7.5 pt: ${label} measures ${size}`);
  }
  return { sans, mono };
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
