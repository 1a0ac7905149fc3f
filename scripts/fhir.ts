/**
 * npm run fhir — writes what vector-select publishes in FHIR to static/fhir/: the Questionnaire
 * (src/lib/fhir/questionnaire.ts), its answer codes as CodeSystems and ValueSets in one collection Bundle, and the
 * ConceptMap of the indications to standard codes (src/lib/fhir/vocabulary.ts). `--check` exits non-zero when a
 * committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { buildQuestionnaire } from '../src/lib/fhir/questionnaire';
import { buildConceptMap, buildTerminologyBundle } from '../src/lib/fhir/vocabulary';

const file = (name: string) => fileURLToPath(new URL(`../static/fhir/${name}`, import.meta.url));

/** Each published file with the resource it holds. */
export const PUBLISHED: readonly { file: string; build: () => object }[] = [
  { file: file('Questionnaire-vector-select.json'), build: buildQuestionnaire },
  { file: file('Bundle-vector-select-terminology.json'), build: buildTerminologyBundle },
  { file: file('ConceptMap-vector-select-indication.json'), build: buildConceptMap }
];
export const QUESTIONNAIRE_FILE = PUBLISHED[0]!.file;

export async function generatedText(published: (typeof PUBLISHED)[number]): Promise<string> {
  const options = (await resolveConfig(published.file)) ?? {};
  return format(JSON.stringify(published.build()), { ...options, parser: 'json' });
}
export const generatedQuestionnaireText = () => generatedText(PUBLISHED[0]!);

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  let stale = false;
  for (const p of PUBLISHED) {
    const text = await generatedText(p);
    const name = p.file.slice(p.file.lastIndexOf('static/'));
    if (!check) {
      writeFileSync(p.file, text);
      process.stdout.write(`Wrote ${name}\n`);
    } else if (readFileSync(p.file, 'utf8') !== text) {
      process.stderr.write(`${name} is out of date: run npm run fhir\n`);
      stale = true;
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
