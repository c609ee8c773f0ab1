import { baselineSchema } from '../../src/engine/baseline.js';
import { diffJsonSchema, jsonSchemaOf, reportJsonSchema } from '../../src/report/json-schema.js';

/** Every schema shipped in schema/, by file name: the JSON report, diff's JSON, and the baseline file. */
export function committedSchemas(): Record<string, Record<string, unknown>> {
  return {
    'report.schema.json': reportJsonSchema(),
    'diff.schema.json': diffJsonSchema(),
    'baseline.schema.json': jsonSchemaOf(baselineSchema, 'urn:aws-baseline:baseline:1', 'aws-baseline baseline file (--write-baseline, --baseline)'),
  };
}
