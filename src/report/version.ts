/** The JSON report's version, apart from its zod schema so that writing a report does not build the schema. */
export const REPORT_SCHEMA_VERSION = 1;
