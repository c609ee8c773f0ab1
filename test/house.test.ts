import { ESLint, type Linter } from 'eslint';
import madge from 'madge';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the ESLint config is plain JavaScript
import { bilingual, layers } from '../eslint.config.js';

/** Lints one piece of code as if it lived at `filePath`, under the project's layer rules. */
async function breaches(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...(layers as Linter.Config[]), bilingual as Linter.Config] });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the house keeps its layers', () => {
  it('the linter refuses a check that imports the SDK or src/aws', async () => {
    expect(await breaches('src/checks/iam/breach.ts', "import { IAMClient } from '@aws-sdk/client-iam';\nexport const x = IAMClient;\n")).toEqual([expect.stringMatching(/checks judge facts/)]);
    expect(await breaches('src/checks/iam/breach.ts', "import { AwsSession } from '../../aws/session.js';\nexport const x = AwsSession;\n")).toEqual([expect.stringMatching(/checks judge facts/)]);
    expect(await breaches('src/checks/iam/fine.ts', "import { ACCOUNT } from '../define.js';\nexport const x = ACCOUNT;\n")).toEqual([]);
  });

  it('the linter refuses a reporter that reads the registry, AWS or the engine, and anything that imports cli.ts', async () => {
    expect(await breaches('src/report/breach.ts', "import { CHECKS } from '../checks/index.js';\nexport const x = CHECKS;\n")).toEqual([expect.stringMatching(/reporters render the report/)]);
    expect(await breaches('src/report/breach.ts', "import { runAudit } from '../engine/run.js';\nexport const x = runAudit;\n")).toEqual([expect.stringMatching(/reporters render the report/)]);
    expect(await breaches('src/engine/breach.ts', "import { main } from '../process/cli.js';\nexport const x = main;\n")).toEqual([expect.stringMatching(/nothing imports process\/cli\.ts/)]);
    expect(await breaches('src/commands/breach.ts', "import { main } from '../process/cli.js';\nexport const x = main;\n")).toEqual([expect.stringMatching(/nothing imports process\/cli\.ts/)]);
    expect(await breaches('src/process/start.ts', "import { main } from './cli.js';\nexport const x = main;\n")).toEqual([]);
  });

  it('the linter refuses a command imported by anything but the command line, and core importing a layer above it', async () => {
    expect(await breaches('src/audit/breach.ts', "import { auditCommand } from '../commands/audit.js';\nexport const x = auditCommand;\n")).toEqual([expect.stringMatching(/or a command/)]);
    expect(await breaches('src/checks/iam/breach.ts', "import { auditCommand } from '../../commands/audit.js';\nexport const x = auditCommand;\n")).toEqual([expect.stringMatching(/checks judge facts/)]);
    expect(await breaches('src/process/fine.ts', "import { auditCommand } from '../commands/audit.js';\nexport const x = auditCommand;\n")).toEqual([]);
    expect(await breaches('src/core/breach.ts', "import { runAudit } from '../engine/run.js';\nexport const x = runAudit;\n")).toEqual([expect.stringMatching(/core is the shared vocabulary/)]);
    expect(await breaches('src/core/breach.ts', "import { CHECKS } from '../checks/index.js';\nexport const x = CHECKS;\n")).toEqual([expect.stringMatching(/core is the shared vocabulary/)]);
    expect(await breaches('src/core/fine.ts', "import type { ErrorKind } from '../facts/errors.js';\nimport { LANGS } from './model.js';\nexport const x: ErrorKind[] = [];\nexport const y = LANGS;\n")).toEqual([]);
  });

  it('the linter refuses an error said to the user in English only', async () => {
    const said = (code: string) => breaches('src/io/said.ts', `import { AuditNotFinished, InputError } from '../core/errors.js';\nexport const pair: [string, string] = ['en', 'ja'];\n${code}\n`);
    expect(await said("export const x = new InputError('only English');")).toEqual([expect.stringMatching(/said in Japanese too/)]);
    expect(await said('export const x = new AuditNotFinished(`only ${pair[0]}`);')).toEqual([expect.stringMatching(/said in Japanese too/)]);
    expect(await said("export const x = new InputError('English', '日本語');")).toEqual([]);
    expect(await said('export const x = new InputError(...pair);')).toEqual([]);
  });

  it('src has no import cycle', async () => {
    const graph = await madge('src', { fileExtensions: ['ts'], tsConfig: 'tsconfig.json' });
    expect(graph.circular()).toEqual([]);
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(50);
  });
});
