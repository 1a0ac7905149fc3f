import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, test } from 'vitest';
import { assess } from '../src/lib/engine';
import { DISCLAIMER, toJsonReport, toTextReport } from '../src/lib/engine/output';
import { knowledgeOf } from '../src/lib/fixtures/summary-view';
import { knowledgeBase } from '../src/lib/knowledge';
import { patients } from '../src/lib/knowledge/examples';
import v1 from '../src/lib/persistence/fixtures/case-v1.json';
import v2 from '../src/lib/persistence/fixtures/case-v2.json';

const SCRIPT = fileURLToPath(new URL('./assess.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'assess-cli-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
/** Each test writes its own file: the tests run concurrently. */
const caseFile = (name: string, c: unknown) => file(name, JSON.stringify(c));
const sma = patients.find((p) => p.id === 'sma-infant-aav9')!;
const cald = patients.find((p) => p.id === 'cald-matched-donor')!;

type Run = { code: number; stdout: string; stderr: string };
const exec = (args: string[]) =>
  new Promise<Run>((resolve) =>
    execFile(process.execPath, args, (error, stdout, stderr) =>
      resolve({ code: error ? ((error.code as number | undefined) ?? 1) : 0, stdout, stderr })
    )
  );
/**
 * The CLI as `npm run assess` runs it (tsx), and the same source bundled once: starting tsx costs about a second of
 * CPU a run, the bundle a tenth of that, and the tests below run the CLI sixteen times.
 */
const runWithTsx = (...args: string[]) => exec(['--import', 'tsx', SCRIPT, ...args]);
const BUNDLE = join(dir, 'assess.mjs');
const run = (...args: string[]) => exec([BUNDLE, ...args]);
beforeAll(async () => {
  await build({
    entryPoints: [SCRIPT],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: BUNDLE,
    logLevel: 'error'
  });
});
const mutate = (change: (c: Record<string, Record<string, unknown>>) => void) => {
  const c = structuredClone(sma.case) as unknown as Record<string, Record<string, unknown>>;
  change(c);
  return c;
};

describe.concurrent('npm run assess', { timeout: 60_000 }, () => {
  test('prints the JSON assessment of a valid case file', async () => {
    const r = await run(caseFile('sma-json.json', sma.case));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      format: 'vector-select-assessment',
      formatVersion: 1,
      knowledgeBase: { version: knowledgeBase.version, reviewed: knowledgeBase.reviewed }
    });
    // The engine's own report of the same case (its outcomes are the engine's tests' business).
    expect(out).toEqual(JSON.parse(JSON.stringify(toJsonReport(assess(sma.case), knowledgeOf(sma.case)))));
    expect(out.platforms.map((p: { id: string }) => p.id)).toEqual(['adv', 'lv', 'aav']);
    expect(out.platforms[2].findings[0]).toMatchObject({ ruleId: expect.any(String), sources: expect.any(Array) });
    expect(out).toHaveProperty('products');
    expect(out).toHaveProperty('monitoring.aav');
    expect(out).toHaveProperty('followUp.aav.verified', false);
    expect(out).toHaveProperty('unknowns');
  });

  test('runs as `npm run assess` runs it (tsx), with the output of the bundle the other tests run', async () => {
    const path = caseFile('sma-tsx.json', sma.case);
    const [viaTsx, bundled] = await Promise.all([runWithTsx(path, '--format', 'text'), run(path, '--format', 'text')]);
    expect(viaTsx.code).toBe(0);
    expect(viaTsx.stdout).toContain(DISCLAIMER);
    expect(viaTsx).toEqual(bundled);
  });

  test('prints a readable text report with the disclaimer', async () => {
    const r = await run(caseFile('sma-text.json', sma.case), '--format', 'text');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${toTextReport(assess(sma.case), knowledgeOf(sma.case))}\n`);
    expect(r.stdout).toMatch(/^Adeno-associated viral vector \(AAV\): [A-Z ]+$/m);
    expect(r.stdout).toContain('PRODUCT CHECKS');
    expect(r.stdout).toContain('LONG-TERM FOLLOW-UP');
    expect(r.stdout).toContain(DISCLAIMER);
    expect(r.stdout).toContain(`knowledge base ${knowledgeBase.version}`);
  });

  test.each<[string, unknown, string]>([
    ['a wrong enum value', mutate((c) => (c.infections!.hiv = 'maybe')), 'infections.hiv'],
    ['a missing section', mutate((c) => delete c.liver), 'liver'],
    ['an out-of-range number', mutate((c) => (c.target!.cargoKb = 80)), 'target.cargoKb'],
    ['a newer schemaVersion', { ...sma.case, schemaVersion: 4 }, 'schemaVersion'],
    ['no schemaVersion', { ...sma.case, schemaVersion: undefined }, 'schemaVersion'],
    ['a wrong age', mutate((c) => (c.patient!.ageMonths = 24)), 'patient.ageMonths'],
    ['a condition with questions but no answers', mutate((c) => delete c.condition), 'condition.smn1Biallelic']
  ])('rejects a case with %s, naming the field, and evaluates nothing', async (name, c, path) => {
    const r = await run(caseFile(`${name}.json`, c));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not a valid case file');
    expect(r.stderr).toContain(`- ${path}:`);
    expect(r.stdout).toBe('');
  });

  test('reads the file the app downloads (the case in its envelope), schema 2, and names the answer schema 3 adds', async () => {
    const r = await run(caseFile('v2-envelope.json', v2));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is a schema 2 case file. It was read as schema 3 with every answer kept');
    expect(r.stderr).toContain('  - patient.sex: ');
    expect(r.stdout).toBe('');
  });

  test('reads the file the app downloads (the case in its envelope), once the sex schema 3 asks is given', async () => {
    const answered = {
      ...v2,
      case: { ...v2.case, patient: { ...v2.case.patient, sex: 'male', pregnancy: undefined } }
    };
    const r = await run(caseFile('v2-envelope-sex.json', answered));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('is a schema 2 case file, read as schema 3 with every answer kept.');
    expect(JSON.parse(r.stdout)).toHaveProperty('platforms');
  });

  test('refuses what the wizard would still ask, with the wizard’s own messages', async () => {
    const { sex: _sex, ...patient } = cald.case.patient;
    const r = await run(caseFile('cald-no-sex.json', { ...cald.case, patient, condition: { hlaMatchedDonor: 'yes' } }));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        `${join(dir, 'cald-no-sex.json')} is not a valid case file (2 problems):`,
        '  - patient.sex: Select the patient’s sex',
        '  - condition.caldEarlyActive: Select whether the CALD is early and active',
        ''
      ].join('\n')
    );
    expect(r.stdout).toBe('');
  });

  test('a schema-1 case with only its age band is migrated, assessed, and says so', async () => {
    const old = { ...structuredClone(v1.case), patient: { ageBand: 'child', indication: 'other' } };
    delete (old as { condition?: unknown }).condition;
    old.aavAntibodies = { testing: 'not_tested' } as typeof old.aavAntibodies;
    const r = await run(caseFile('v1-band.json', old));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `Note: ${join(dir, 'v1-band.json')} is a schema 1 case file, read as schema 3 with every answer kept. Age: 2 to 11 years (age band from an older case file; the exact age is not recorded); checks that need the exact age say "check needed".\n`
    );
    expect(JSON.parse(r.stdout)).toHaveProperty('platforms');
  });

  test('a schema-1 case lacking answers schema 3 asks names each one and evaluates nothing', async () => {
    const r = await run(caseFile('v1-file.json', v1));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        `${join(dir, 'v1-file.json')} is a schema 1 case file. It was read as schema 3 with every answer kept, but schema 3 asks 3 questions it does not answer, so nothing was evaluated:`,
        '  - patient.sex: Select the patient’s sex',
        '  - condition.haemophiliaBSelection: Select whether the patient uses factor IX prophylaxis or has had life-threatening or repeated serious bleeding',
        '  - aavAntibodies.results.0.assayVersion: Select the version of the neutralising assay',
        'Add these answers to the file, or open it in vector-select, which asks them.',
        ''
      ].join('\n')
    );
    expect(r.stdout).toBe('');
  });

  test('rejects a file that is not JSON', async () => {
    const r = await run(file('notes.json', 'patient: infant'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not valid JSON');
    expect(r.stdout).toBe('');
  });

  test('reports a missing file', async () => {
    const r = await run(join(dir, 'nowhere.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Case file not found');
  });

  test('rejects an unknown format', async () => {
    const r = await run(caseFile('sma-xml.json', sma.case), '--format', 'xml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be json or text');
  });
});
