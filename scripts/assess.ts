/**
 * npm run assess -- <case.json> [--format json|text]
 * Prints the assessment of a case file. Exit codes: 0 assessed, 1 not a valid case,
 * 2 usage error, unreadable file or not JSON. Nothing is evaluated unless the whole case is valid.
 */
import { readFileSync } from 'node:fs';
import { parseCase } from '../src/lib/case/parse';
import { assess } from '../src/lib/engine/assess';
import { toJsonReport, toTextReport } from '../src/lib/engine/report';

type Args = { file: string; format: 'json' | 'text' } | { error: string };
const USAGE = 'Usage: npm run assess -- <case.json> [--format json|text]';

export function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  let format: string = 'json';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format') format = argv[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg.startsWith('-')) return { error: `Unknown option ${arg}` };
    else files.push(arg);
  }
  if (format !== 'json' && format !== 'text') return { error: `--format must be json or text, not "${format}"` };
  if (files.length !== 1) return { error: files.length === 0 ? 'Give one case file.' : 'Give only one case file.' };
  return { file: files[0]!, format };
}

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if ('error' in args) fail(2, `${args.error}\n${USAGE}`);
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(2, code === 'ENOENT' ? `Case file not found: ${args.file}` : `Cannot read ${args.file}: ${String(e)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    fail(2, `${args.file} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = parseCase(data);
  if (!parsed.ok) {
    const lines = parsed.errors.map((err) => `  - ${err.path}: ${err.message}`);
    fail(
      1,
      `${args.file} is not a valid case file (${parsed.errors.length} problem${parsed.errors.length > 1 ? 's' : ''}):\n${lines.join('\n')}`
    );
  }
  const assessment = assess(parsed.case);
  const out = args.format === 'json' ? JSON.stringify(toJsonReport(assessment), null, 2) : toTextReport(assessment);
  process.stdout.write(`${out}\n`);
}

main();
