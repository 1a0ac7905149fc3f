/**
 * npm run fhir — writes static/fhir/Questionnaire-vector-select.json from the wizard's questions
 * (src/lib/fhir/questionnaire.ts). `--check` exits non-zero when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { buildQuestionnaire } from '../src/lib/fhir/questionnaire';

export const QUESTIONNAIRE_FILE = fileURLToPath(
  new URL('../static/fhir/Questionnaire-vector-select.json', import.meta.url)
);

export async function generatedQuestionnaireText(): Promise<string> {
  const options = (await resolveConfig(QUESTIONNAIRE_FILE)) ?? {};
  return format(JSON.stringify(buildQuestionnaire()), { ...options, parser: 'json' });
}

async function main(): Promise<void> {
  const text = await generatedQuestionnaireText();
  if (process.argv.includes('--check')) {
    if (readFileSync(QUESTIONNAIRE_FILE, 'utf8') !== text) {
      process.stderr.write('static/fhir/Questionnaire-vector-select.json is out of date: run npm run fhir\n');
      process.exit(1);
    }
    return;
  }
  writeFileSync(QUESTIONNAIRE_FILE, text);
  process.stdout.write(`Wrote ${QUESTIONNAIRE_FILE}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
