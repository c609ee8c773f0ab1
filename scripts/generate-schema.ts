/** Writes schema/*.schema.json from the zod schemas of what the tool writes and reads (a test keeps them in step). */
import { writeFileSync } from 'node:fs';
import { committedSchemas } from '../test/report/schemas.js';

for (const [file, schema] of Object.entries(committedSchemas())) writeFileSync(`schema/${file}`, `${JSON.stringify(schema, null, 2)}\n`);
