/**
 * npm run assess -- <case.json> [--format json|text]
 * Prints the assessment of a case file: a bare case or the file the app downloads. Exit codes:
 * 0 assessed, 1 not a valid or not a complete case, 2 usage error, unreadable file or not JSON.
 * Nothing is evaluated unless the whole case is valid and complete (the answers the wizard would ask).
 * A case from an older schema is migrated first (persistence/migrations.ts) and a note says so; if
 * it lacks an answer the current wizard asks, the answer is named and nothing is evaluated.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { ageText } from '../src/lib/case/age';
import { parseCase } from '../src/lib/case/parse';
import { caseSchema, SCHEMA_VERSION } from '../src/lib/case/schema';
import { assessWith } from '../src/lib/engine/assess';
import { knowledgeFor } from '../src/lib/knowledge';
import { toJsonReport, toTextReport } from '../src/lib/engine/output';
import { openBareCase, openEnvelope } from '../src/lib/persistence/envelope';
import { isRecord } from '../src/lib/persistence/result';

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

type Problem = { path: string; message: string };
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const lines = (problems: Problem[]) => problems.map((p) => `  - ${p.path || '(case)'}: ${p.message}`).join('\n');
const invalid = (file: string, problems: Problem[]) =>
  `${file} is not a valid case file (${count(problems.length, 'problem')}):\n${lines(problems)}`;

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
  // The file the app downloads (an envelope) or a bare case, as documented in the README.
  const opened = isRecord(data) && 'app' in data ? openEnvelope(data) : openBareCase(data);
  if (!opened.ok) fail(1, invalid(args.file, opened.problems));
  const { raw, migratedFrom } = opened.value;
  const parsed = parseCase(raw);
  const older = migratedFrom === undefined ? '' : `${args.file} is a schema ${migratedFrom} case file`;
  if (!parsed.ok) {
    // Well formed, but without answers that did not exist in its schema: say which, rather than guess them.
    if (older && z.safeParse(caseSchema, raw).success)
      fail(
        1,
        `${older}. It was read as schema ${SCHEMA_VERSION} with every answer kept, but schema ${SCHEMA_VERSION} asks ${count(parsed.errors.length, 'question')} it does not answer, so nothing was evaluated:\n${lines(parsed.errors)}\nAdd these answers to the file, or open it in vector-select, which asks them.`
      );
    fail(1, invalid(args.file, parsed.errors));
  }
  if (older) {
    const band = parsed.case.patient.ageUnit === undefined ? ageText(parsed.case.patient) : undefined;
    process.stderr.write(
      `Note: ${older}, read as schema ${SCHEMA_VERSION} with every answer kept.${band ? ` Age: ${band}; checks that need the exact age say "check needed".` : ''}\n`
    );
  }
  const knowledge = knowledgeFor(parsed.case.patient.indication);
  const assessment = assessWith(knowledge, parsed.case);
  const out =
    args.format === 'json'
      ? JSON.stringify(toJsonReport(assessment, knowledge), null, 2)
      : toTextReport(assessment, knowledge);
  process.stdout.write(`${out}\n`);
}

main();
