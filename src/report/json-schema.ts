import { toJSONSchema, type z } from 'zod';
import { diffSchema } from './diff.js';
import { reportSchema } from './schema.js';

export const REPORT_SCHEMA_ID = 'urn:aws-baseline:report:1';

/** A JSON Schema derived from a zod schema, under its id and title. */
export function jsonSchemaOf(schema: z.ZodType, id: string, title: string): Record<string, unknown> {
  return { $id: id, title, ...toJSONSchema(schema, { target: 'draft-2020-12' }) };
}

/** The JSON Schema of the JSON report, derived from its zod schema. */
export function reportJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(reportSchema, REPORT_SCHEMA_ID, 'aws-baseline JSON report');
}

/** The JSON Schema of `aws-baseline diff --format json`. */
export function diffJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(diffSchema, 'urn:aws-baseline:diff:1', 'aws-baseline diff');
}
