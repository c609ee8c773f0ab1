import { toJSONSchema } from 'zod';
import { reportSchema } from './schema.js';

export const REPORT_SCHEMA_ID = 'urn:aws-baseline:report:1';

/** The JSON Schema of the JSON report, derived from its zod schema. */
export function reportJsonSchema(): Record<string, unknown> {
  return { $id: REPORT_SCHEMA_ID, title: 'aws-baseline JSON report', ...toJSONSchema(reportSchema, { target: 'draft-2020-12' }) };
}
