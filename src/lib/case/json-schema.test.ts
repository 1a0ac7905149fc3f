import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { generatedSchemaText, SCHEMA_FILE } from '../../../scripts/case-schema';

describe('static/case.schema.json', () => {
  test('is the JSON Schema freshly generated from the zod case schema (run npm run schema)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await generatedSchemaText());
  });
});
