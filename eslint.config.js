// ESLint, type-aware (typescript-eslint), and the layers of the house as import rules.
import tseslint from 'typescript-eslint';

const restrict = (message, group) => ({ 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] });

/**
 * The layers (docs/architecture.md): exported so that a test can prove each fails on a breach. ESLint
 * keeps the last matching setting of a rule, so each layer repeats what holds everywhere.
 */
const CLI = ['**/cli.js', '**/cli'];
/** Only the command line runs the commands: a use case is not a library for the rest. */
const EVERYWHERE = [...CLI, '**/commands/*'];
export const layers = [
  {
    files: ['src/**/*.ts'],
    ignores: ['src/process/**', 'src/commands/**'],
    rules: restrict('nothing imports process/cli.ts or a command: move what you need out of them', EVERYWHERE),
  },
  {
    // Nothing imports the entry point but the process that runs it (start.ts): it wires, it is not a library (tests drive it).
    files: ['src/process/**/*.ts', 'src/commands/**/*.ts'],
    ignores: ['src/process/start.ts'],
    rules: restrict('nothing imports process/cli.ts: move what you need out of it', CLI),
  },
  {
    files: ['src/checks/**/*.ts'],
    rules: restrict('checks judge facts: they read src/facts, never the SDK or src/aws', ['@aws-sdk/*', '@smithy/*', '**/aws/*', ...EVERYWHERE]),
  },
  {
    files: ['src/report/**/*.ts'],
    rules: restrict('reporters render the report they are given: no registry, no AWS, no engine', ['**/checks/*', '**/checks/**', '**/aws/*', '**/engine/*', '@aws-sdk/*', ...EVERYWHERE]),
  },
  {
    files: ['src/facts/*.ts'],
    rules: restrict('the facts contract stays SDK-free (types excepted)', ['@aws-sdk/*', ...EVERYWHERE]),
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict('core is the shared vocabulary every layer uses: it imports no layer above it (a collection error kind excepted)', [
      '**/audit/*', '**/aws/*', '**/checks/*', '**/engine/*', '**/fix/*', '**/io/*', '**/process/*', '**/report/*', '**/settings/*', '@aws-sdk/*', ...EVERYWHERE,
    ]),
  },
];

/** Every error said to the user is said in both languages the product speaks (the CLI picks one with --lang). */
export const bilingual = {
  files: ['src/**/*.ts'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: "NewExpression[callee.name=/^(InputError|AuditNotFinished)$/][arguments.length<2]:not([arguments.0.type='SpreadElement'])",
        message: 'an error said to the user is said in Japanese too: new InputError(en, ja)',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'reports/**', '.stryker-tmp/**', '**/*.mjs', 'eslint.config.js'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Checks, commands and loaders honour Promise-returning interfaces; an async body without await is how they do it.
      '@typescript-eslint/require-await': 'off',
    },
  },
  ...layers,
  bilingual,
  {
    // Tests read reports and snapshots with JSON.parse and poke at them: the unsafe-any family is for product code.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
