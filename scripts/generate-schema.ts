/** Writes schema/report.schema.json from the zod schema of the JSON report (a test keeps them in step). */
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/report/json-schema.js';

writeFileSync('schema/report.schema.json', `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
