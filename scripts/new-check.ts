/**
 * Scaffolds a check: `npm run new-check -- service.name`. Writes the check file and its case table,
 * adds the registry line, and says what is left (CONTRIBUTING.md). The new test fails until the
 * check is written: a scaffold is a start, never a result.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const id = process.argv[2] ?? '';
const match = /^([a-z][a-z0-9]*)\.([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(id);
if (!match) {
  console.error('usage: npm run new-check -- service.kebab-name   (e.g. iam.password-policy, s3.account-public-access-block)');
  process.exit(2);
}
const [, service = '', name = ''] = match;
const camel = name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
// The check's name in the registry and its test: with its service, so that two services' `enabled` never collide.
const checkName = `${service}${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
const checkFile = `src/checks/${service}/${name}.ts`;
const testFile = `test/checks/${service}-${name}.test.ts`;
for (const file of [checkFile, testFile]) {
  if (existsSync(file)) {
    console.error(`${file} exists already`);
    process.exit(2);
  }
}

mkdirSync(`src/checks/${service}`, { recursive: true });
writeFileSync(
  checkFile,
  `import { ACCOUNT, defineCheck, fail, pass } from '../define.js';

export default defineCheck({
  id: '${id}',
  severity: 'medium',
  scope: 'account',
  // seed: the section of the source article, for a check that comes from it (docs/source-article.md).
  // ssb, cis, fsbp: the controls it decides (their ids must exist in src/checks/frameworks.ts: a test checks).
  references: { ssb: [], cis: [], fsbp: [], docs: 'https://docs.aws.amazon.com/' },
  // The facts it reads (src/facts/services/<service>.ts); \`facts\` below offers only these.
  reads: [],
  cli: [],
  text: {
    en: {
      title: 'TODO: what is true when it passes',
      passes: 'TODO: the rule, precisely',
      rationale: 'TODO: why it matters',
      remediation: 'TODO: the fix in one line',
      console: ['TODO: console steps'],
      messages: { ok: 'TODO', bad: 'TODO' },
    },
    ja: {
      title: 'TODO',
      passes: 'TODO',
      rationale: 'TODO',
      remediation: 'TODO',
      console: ['TODO'],
      messages: { ok: 'TODO', bad: 'TODO' },
    },
  },
  async evaluate() {
    throw new Error('${id} is not written yet');
    // e.g. return [condition ? pass(ACCOUNT, 'ok') : fail(ACCOUNT, 'bad')];
  },
});

// Kept referenced until evaluate is written.
void [ACCOUNT, fail, pass];
`,
);
writeFileSync(
  testFile,
  `import { describe } from 'vitest';
import ${checkName} from '../../src/checks/${service}/${name}.js';
import { checkCases } from '../helpers.js';

describe('${id}', () => {
  checkCases(${checkName}, [
    // One line per account state, like ESLint's RuleTester: the facts, and the statuses expected.
    { name: 'compliant', facts: {}, expect: ['PASS'] },
    { name: 'not compliant', facts: {}, expect: ['FAIL'] },
  ]);
});
`,
);

const registry = 'src/checks/index.ts';
const source = readFileSync(registry, 'utf8');
const lastImport = source.lastIndexOf("\nimport ");
const importEnd = source.indexOf('\n', lastImport + 1);
let withImport = `${source.slice(0, importEnd + 1)}import ${checkName} from './${service}/${name}.js';\n${source.slice(importEnd + 1)}`;
withImport = withImport.replace('\n] as const satisfies readonly Check[];', `\n  ${checkName},\n] as const satisfies readonly Check[];`);
// A service no section names gets its own, after the others (its title is the service's name: edit it as you like).
if (!new RegExp(`services: \\[[^\\]]*'${service}'`).test(withImport)) {
  withImport = withImport.replace('\n] as const;\n', `\n  { key: '${service}', services: ['${service}'], title: { en: '${service.toUpperCase()}', ja: '${service.toUpperCase()}' } },\n] as const;\n`);
}
writeFileSync(registry, withImport);
const written = [checkFile, testFile];

// A new service: its facts' file (one fact to start), the module that names the SDK commands it sends, and its line in the catalog.
const factsFile = `src/facts/services/${service}.ts`;
if (!existsSync(factsFile)) {
  const factKey = `${service}.${camel}`;
  writeFileSync(
    factsFile,
    `import { loadOnce } from '../../core/lazy.js';
import { defineFact } from '../define.js';

// The SDK commands the collectors send, named in ./sdk/${service}.ts (the bundle keeps only what is named there).
const sdk = loadOnce(() => import('./sdk/${service}.js'));

export const ${service}Facts = {
  /** TODO: what it holds, and what AWS answers when there is none. */
  '${factKey}': defineFact({
    sdk,
    qualifier: 'none', // or 'region' (one value per region), 'arn', 'budget', 'detector', 'bucket'
    // The IAM actions the collector needs, as AWS's Service Authorization Reference names them (a test checks).
    actions: [],
    schema: (z) => z.strictObject({}),
    async collect() {
      throw new Error('${factKey} is not collected yet');
    },
  }),
};
`,
  );
  writeFileSync(
    `src/facts/services/sdk/${service}.ts`,
    `// The client and the commands the ${service} collectors send, e.g.
// export { S3ControlClient, GetPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
export {};
`,
  );
  const catalog = 'src/facts/catalog.ts';
  const facts = readFileSync(catalog, 'utf8');
  const lastFactImport = facts.lastIndexOf("\nimport ");
  const factImportEnd = facts.indexOf('\n', lastFactImport + 1);
  writeFileSync(
    catalog,
    `${facts.slice(0, factImportEnd + 1)}import { ${service}Facts } from './services/${service}.js';\n${facts.slice(factImportEnd + 1)}`.replace(
      '\n} satisfies Record<',
      `\n  ...${service}Facts,\n} satisfies Record<`,
    ),
  );
  written.push(factsFile, `src/facts/services/sdk/${service}.ts`);
}

console.log(`wrote ${written.join(', ')}; added ${checkName} to ${registry}${written.length > 2 ? ' and the facts to src/facts/catalog.ts' : ''}.
Left to do (CONTRIBUTING.md, "Add a check"): the facts it reads, its text in both languages, its cases,
its fix step if an API can fix it, and each sample's facts and expectations (scripts/make-fixtures.ts,
then npm run fixtures). "npx tsc -p ." names every place still missing.`);
