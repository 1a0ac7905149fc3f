/**
 * npm run schema — writes static/case.schema.json from the zod case schema.
 * `--check` exits non-zero when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { caseJsonSchema } from '../src/lib/case/json-schema';

export const SCHEMA_FILE = fileURLToPath(new URL('../static/case.schema.json', import.meta.url));

export async function generatedSchemaText(): Promise<string> {
  const options = (await resolveConfig(SCHEMA_FILE)) ?? {};
  return format(JSON.stringify(caseJsonSchema()), { ...options, parser: 'json' });
}

async function main(): Promise<void> {
  const text = await generatedSchemaText();
  if (process.argv.includes('--check')) {
    const current = readFileSync(SCHEMA_FILE, 'utf8');
    if (current !== text) {
      process.stderr.write('static/case.schema.json is out of date: run npm run schema\n');
      process.exit(1);
    }
    return;
  }
  writeFileSync(SCHEMA_FILE, text);
  process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
