/**
 * The JSON Schema of the case file, generated from the zod/mini schema (the single source of
 * truth). Cross-field checks (e.g. "titre only when detected") are zod refinements that JSON
 * Schema cannot express, and so are the follow-up answers a complete case needs (complete.ts);
 * parseCase() applies them.
 */
import * as z from 'zod/mini';
import { caseSchema, SCHEMA_VERSION } from './schema';

export function caseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(caseSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    title: `vector-select case file (schemaVersion ${SCHEMA_VERSION})`,
    description:
      'De-identified answers for one patient. Validate with parseCase() for the cross-field checks JSON Schema cannot express, including the follow-up answers a complete case needs.'
  };
}
