import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);

/** The SARIF 2.1.0 schema (draft-04) that @microsoft/jest-sarif ships; only the JSON is used. */
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
const ajv = new AjvDraft04.default({ allErrors: true, strictRequired: false, unicodeRegExp: false, strict: false });
addFormats.default(ajv);
const validateSchema = ajv.compile(sarifSchema);

export function schemaErrors(log: unknown): string[] {
  return validateSchema(log) ? [] : (validateSchema.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

/**
 * Microsoft's SARIF Multitool with GitHub's ingestion rules. npm 11 does not run the package's
 * postinstall (chmod), so the test does it; the tool exits 0 even when it finds errors, so its
 * own SARIF output is read instead of its exit code.
 */
export function multitoolErrors(log: unknown): string[] {
  const binary = join(dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool');
  chmodSync(binary, 0o755);
  const dir = mkdtempSync(join(tmpdir(), 'sarif-'));
  writeFileSync(join(dir, 'in.sarif'), JSON.stringify(log));
  execFileSync(binary, ['validate', '--rule-kind', 'Gh;Sarif', '--output', join(dir, 'out.sarif'), join(dir, 'in.sarif')], {
    stdio: 'pipe',
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    timeout: 60_000,
  });
  const output = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8').replace(/^\uFEFF/, '')) as { runs: { results?: { level?: string; ruleId?: string; message?: { text?: string } }[] }[] };
  return output.runs.flatMap((run) => run.results ?? []).filter((result) => (result.level ?? 'warning') === 'error').map((result) => `${result.ruleId}: ${result.message?.text ?? ''}`);
}

export interface SarifResultShape {
  ruleId: string;
  level: string;
  message: { text: string };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } }; logicalLocations?: { fullyQualifiedName: string }[] }[];
  partialFingerprints?: Record<string, string>;
  suppressions?: unknown[];
  properties: { resource: string };
}

export interface SarifRunShape {
  automationDetails?: { id?: string };
  tool: {
    driver: {
      name: string;
      rules?: { id: string; fullDescription?: { text: string }; help?: { markdown?: string }; properties?: { tags?: string[]; 'security-severity'?: unknown } }[];
    };
  };
  invocations?: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[];
  results?: SarifResultShape[];
}

export interface SarifLogShape {
  runs: SarifRunShape[];
}

/** What neither the schema nor the Multitool catches, but GitHub rejects or mishandles. */
export function githubAssertions(log: SarifLogShape): string[] {
  const problems: string[] = [];
  const categories = new Set<string>();
  if (log.runs.length > 20) problems.push(`${log.runs.length} runs in one file (GitHub accepts 20)`);
  for (const run of log.runs) {
    const category = run.automationDetails?.id ?? '';
    if (categories.has(category)) problems.push(`category ${category} used twice`);
    categories.add(category);
    if (run.tool.driver.name !== 'aws-baseline') problems.push('tool.driver.name changed');
    for (const rule of run.tool.driver.rules ?? []) {
      if ((rule.fullDescription?.text.length ?? 0) > 1024) problems.push(`${rule.id}: fullDescription over 1024 characters`);
      if ((rule.properties?.tags?.length ?? 0) > 10) problems.push(`${rule.id}: more than 10 tags`);
      const severity = rule.properties?.['security-severity'];
      if (severity !== undefined && (typeof severity !== 'string' || !(Number(severity) > 0 && Number(severity) <= 10))) problems.push(`${rule.id}: security-severity ${JSON.stringify(severity)} is not a numeric string in (0, 10]`);
    }
    if ((run.results?.length ?? 0) > 5000) problems.push('more than 5000 results in a run');
    for (const [index, result] of (run.results ?? []).entries()) {
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri ?? '';
      if (!uri) problems.push(`result ${index}: no location uri`);
      if (/^[a-z][a-z0-9+.-]*:/i.test(uri)) problems.push(`result ${index}: uri ${uri} has a scheme`);
      if (/\s/.test(uri)) problems.push(`result ${index}: uri ${uri} has white space`);
      if (!((location?.region?.startLine ?? 0) >= 1)) problems.push(`result ${index}: startLine < 1`);
      if (!result.partialFingerprints?.primaryLocationLineHash) problems.push(`result ${index}: no fingerprint`);
    }
  }
  return problems;
}
