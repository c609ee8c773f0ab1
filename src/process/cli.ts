import { Command, CommanderError, Help, Option } from 'commander';
import { redact, registerSecrets } from '../aws/errors.js';
import { EXIT, FAIL_ON } from '../engine/gate.js';
import { AuditNotFinished, InputError } from '../core/errors.js';
import type { AuditFlags } from '../audit/audit.js';
import type { AuditCommandFlags } from '../commands/audit.js';
import type { Io } from '../io/io.js';
import { detectLang } from '../core/i18n.js';
import type { Lang } from '../core/model.js';
import { TOOL_VERSION } from '../core/version.js';
import { FRAMEWORK_IDS } from '../checks/frameworks.js';
import { MANAGED_POLICIES, type ManagedPolicy } from '../aws/policy.js';

const FRAMEWORK_LIST = FRAMEWORK_IDS.join(', ');
import { FORMATS } from '../core/model.js';
import type { MergeFlags } from '../commands/merge.js';
import type { FixFlags } from '../commands/fix.js';
import type { DiffFlags } from '../commands/diff.js';


const collect = (value: string, previous: string[] = []) => [...previous, value];

function auditOptions(command: Command, { formats }: { formats: boolean }): Command {
  command
    .option('--profile <name>', 'AWS profile to use (default chain otherwise: env, SSO, instance role …)')
    .option('--regions <list>', 'comma-separated regions, or "all" (default: every region enabled for the account)')
    .option('--checks <ids>', 'only these checks: ids or globs, comma-separated (e.g. "iam.*,guardduty.enabled")')
    .option('--skip-checks <ids>', 'skip these checks: ids or globs, comma-separated')
    .option('--config <file>', 'config file (default: aws-baseline.config.{yaml,yml,json} in the working directory)')
    .addOption(new Option('--lang <lang>', 'language of the output (default from LC_ALL / LANG)').choices(['en', 'ja']))
    .option('--no-paid-calls', 'skip the Cost Explorer call (AWS bills $0.01 per call)')
    .option('--concurrency <n>', 'accounts audited at once by each process with --org / --accounts (default 6)')
    .option('--timeout <seconds>', 'the longest the audit may take; what is not read by then is ERROR (default 900)')
    .option('--verbose', 'log each AWS operation to stderr')
    .option('--org', 'every active account of the organization (run from the management or delegated administrator account)')
    .option('--accounts <ids>', 'these accounts (comma-separated ids), through --role-name')
    .option('--role-name <name>', 'role to assume in each member account (default OrganizationAccountAccessRole)')
    .option('--external-id <id>', 'external id for that role, if its trust policy requires one')
    .option('--shard <K/N>', 'only the K-th of N stable parts of the accounts (a CI matrix: one part per job, then "merge")')
    .option('--ous <ids>', 'with --org: only the accounts under these organizational units or roots (ou-…, r-…; comma-separated), their sub-units included');
  if (formats) {
    command
      .option('--format <fmt[=path]>', `output format: ${FORMATS.join(', ')} (default text); repeatable; "=path" writes to a file`, collect)
      .addOption(new Option('--fail-on <severity>', 'lowest severity of an unsuppressed FAIL that exits 1 (default low)').choices([...FAIL_ON]))
      .option('--allow-incomplete', 'exit 0 instead of 3 when some checks could not be evaluated (ERROR)')
      .option('--fail-on-stale', 'exit 1 when a suppression matched nothing (stale)')
      .option('--no-color', 'no colour, even on a terminal (NO_COLOR is honoured too)')
      .option('--quiet', 'only what fails, and the summary; no progress')
      .option('--framework <id>', `add a framework's control table to every format: ${FRAMEWORK_LIST}; repeatable`, collect);
    baselineOptions(command);
  }
  return command;
}

/** Known findings: of audit and merge alike. */
function baselineOptions(command: Command): Command {
  return command
    .option('--baseline <file>', 'known findings (written by --write-baseline): they are reported as known and do not fail the gate; new FAILs do')
    .option('--write-baseline <file>', "record this audit's unsuppressed FAILs as known findings (entries already there keep their day)")
    .option('--prune-baseline', 'remove from the --baseline file the findings this audit found fixed')
    .option('--history <dir>', "earlier JSON reports of this audit (*.json in DIR): the HTML report draws each failing check's trend");
}

/**
 * The subcommand this run is for (`help audit` is for audit), as far as the arguments say before
 * commander parses them; undefined: none, or not known.
 */
function invokedCommand(argv: readonly string[] | undefined): string | undefined {
  const words = argv?.filter((arg) => !arg.startsWith('-')) ?? [];
  return words[0] === 'help' ? words[1] : words[0];
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  // A subcommand's options are declared only when it is the one run, or the one whose help is shown: the
  // ~60 options of all of them are ~2 ms of every start. Without arguments to go by, all are declared.
  const invoked = io.argv === undefined ? undefined : (invokedCommand(io.argv) ?? '');
  const optionsLater = new Set<Command>();
  const withOptions = (command: Command, declare: (command: Command) => Command): Command => {
    if (invoked === undefined || invoked === command.name()) return declare(command);
    optionsLater.add(command);
    return command;
  };
  const lang = errorLang(io.argv ?? [], io.env);
  const program = new Command('aws-baseline')
    .description('Read-only audit of the day-one security and cost baseline of AWS accounts.\nAWS アカウントの初期設定(セキュリティとコスト)を読み取り専用で監査します。')
    .version(TOOL_VERSION, '-V, --version')
    .showHelpAfterError(lang === 'ja' ? '(使い方は --help で表示されます)' : '(run with --help for usage)')
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(lang === 'ja' ? commanderInJapanese(text) : text),
      // Asked of the Io, not of process.stdout: building that stream for a pipe costs more than the help (see stdout.ts).
      getOutHelpWidth: () => (io.stdoutIsTty() ? io.stdoutColumns?.() : undefined) ?? 80,
      getOutHasColors: () => false, // the help is not styled
    })
    // The list of commands says which take options, declared yet or not.
    .configureHelp({
      subcommandTerm(this: Help, command: Command): string {
        const term = Help.prototype.subcommandTerm.call(this, command);
        return optionsLater.has(command) ? term.replace(command.name(), `${command.name()} [options]`) : term;
      },
    })
    .exitOverride();

  withOptions(program.command('audit').description('audit the live account, or a snapshot (--snapshot FILE)'), (command) =>
    auditOptions(command, { formats: true })
      .option('--snapshot <file>', 'audit a snapshot file instead of the live account (no AWS call)')
      .option('--parallel <n>', 'with --org / --accounts: processes that audit the accounts, each taking the next account as it has room (default auto: one per CPU core, at most 4)'),
  ).action(async (flags: AuditCommandFlags) => setExit(await (await import('../commands/audit.js')).auditCommand(flags, io)));

  withOptions(program.command('snapshot').description('collect the facts the checks need (read-only) into a JSON snapshot'), (command) =>
    auditOptions(command, { formats: false }).requiredOption('-o, --output <file>', 'where to write the snapshot'),
  ).action(async (flags: AuditFlags & { output: string }) => setExit(await (await import('../commands/snapshot.js')).snapshotCommand(flags, io)));

  withOptions(program.command('fix').description('write a plan (bash, or Markdown) that fixes what an API can fix; aws-baseline itself changes nothing'), (command) =>
    auditOptions(command, { formats: false })
      .option('--snapshot <file>', 'plan from a snapshot instead of the live account')
      .addOption(new Option('--format <fmt>', 'bash (a script of AWS CLI commands) or markdown (for the console)').choices(['bash', 'markdown']).default('bash'))
      .option('-o, --output <file>', 'where to write the plan (default: standard output)'),
  ).action(async (flags: FixFlags) => setExit(await (await import('../commands/fix.js')).fixCommand(flags, io)));

  withOptions(
    program
      .command('merge')
      .description('combine JSON reports of one audit (the shards of a CI matrix) into one report, in any format')
      .argument('<reports...>', 'JSON reports written by audit --format json=FILE'),
    (command) =>
      baselineOptions(command)
        .option('--format <fmt[=path]>', `output format: ${FORMATS.join(', ')} (default text); repeatable`, collect)
        .addOption(new Option('--fail-on <severity>', "lowest severity of an unsuppressed FAIL that exits 1 (default: the reports' own)").choices([...FAIL_ON]))
        .option('--allow-incomplete', 'exit 0 instead of 3 when some checks could not be evaluated (ERROR)')
        .option('--no-color', 'no colour, even on a terminal')
        .option('--quiet', 'only what fails, and the summary')
        .option('--framework <id>', `add a framework's control table: ${FRAMEWORK_LIST} (default: those the reports carry); repeatable`, collect),
  ).action(async (files: string[], flags: MergeFlags) => setExit(await (await import('../commands/merge.js')).mergeCommand(files, flags, io)));

  withOptions(
    program
      .command('diff')
      .description('what changed between two JSON reports: new, fixed, still failing, newly ERROR (exit 1 on a new FAIL)')
      .argument('<old>', 'the earlier JSON report (e.g. last run\'s artifact)')
      .argument('<new>', 'the later JSON report'),
    (command) =>
      command
        .option('--format <fmt[=path]>', 'text, markdown or json (default text); repeatable', collect)
        .addOption(new Option('--fail-on <severity>', "lowest severity of a new FAIL that exits 1 (default: the newer report's)").choices([...FAIL_ON]))
        .option('--allow-incomplete', 'exit 0 instead of 3 when something could be read before and cannot now (newly ERROR)'),
  ).action(async (older: string, newer: string, flags: DiffFlags) => setExit(await (await import('../commands/diff.js')).diffCommand(older, newer, flags, io)));

  withOptions(program.command('checks').description('list the catalog: id, severity, scope, title, references'), (command) =>
    command
      .addOption(new Option('--format <fmt>', 'text or json').choices(['text', 'json']).default('text'))
      .addOption(new Option('--lang <lang>', 'language').choices(['en', 'ja']))
      .option('--framework <id>', `a framework's controls, each with the checks that decide it: ${FRAMEWORK_LIST}`),
  ).action(async (flags: { format: 'text' | 'json'; lang?: Lang; framework?: string }) => setExit(await (await import('../commands/catalog.js')).checksCommand(flags, io)));

  withOptions(
    program
      .command('explain')
      .description('one check in full: rationale, what passes, remediation, references, permissions')
      .argument('<id>', 'check id, e.g. iam.root-mfa'),
    (command) => command.addOption(new Option('--lang <lang>', 'language').choices(['en', 'ja'])),
  ).action(async (id: string, flags: { lang?: Lang }) => setExit(await (await import('../commands/catalog.js')).explainCommand(id, flags, io)));

  withOptions(program.command('policy').description('print the least-privilege IAM policy that the selected checks need'), (command) =>
    command
      .option('--checks <ids>', 'only these checks (ids or globs)')
      .option('--skip-checks <ids>', 'skip these checks (ids or globs)')
      .option('--org', 'add what the caller needs for --org / --accounts (organizations:ListAccounts, sts:AssumeRole)')
      .option('--role-name <name>', 'with --org: the role sts:AssumeRole is granted on, in any account of the organization (default OrganizationAccountAccessRole)')
      .addOption(new Option('--beside <policy>', 'only what this AWS managed policy, attached beside it, lacks').choices(MANAGED_POLICIES)),
  ).action(async (flags: { checks?: string; skipChecks?: string; org?: boolean; roleName?: string; beside?: ManagedPolicy }) => setExit(await (await import('../commands/catalog.js')).policyCommand(flags, io)));

  return program;
}

/**
 * Commander's own sentences about the command line (an unknown option, a value not among the choices, an
 * argument missing), in Japanese; one it has that is not here stays as it wrote it.
 */
const COMMANDER_JAPANESE: [RegExp, string][] = [
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/m, "エラー: オプション '$1' の値 '$2' は使えません。$3 のいずれかを指定してください"],
  [/^error: unknown option '([^']*)'/m, "エラー: 不明なオプション '$1'"],
  [/^error: unknown command '([^']*)'/m, "エラー: 不明なコマンド '$1'"],
  [/^error: missing required argument '([^']*)'/m, "エラー: 引数 '$1' がありません"],
  [/^error: option '([^']*)' argument missing/m, "エラー: オプション '$1' の値がありません"],
  [/^error: too many arguments(?: for '[^']*')?\. Expected (\d+) arguments? but got (\d+)\./m, 'エラー: 引数が多すぎます($1 個のところ $2 個あります)'],
  [/^\(Did you mean one of (.*)\?\)$/m, '(もしかして $1 のどれかですか?)'],
  [/^\(Did you mean (.*)\?\)$/m, '(もしかして $1 ですか?)'],
];

function commanderInJapanese(text: string): string {
  return COMMANDER_JAPANESE.reduce((said, [english, japanese]) => said.replace(english, japanese), text);
}

/** The language of errors met before the config is read: --lang, else the locale. */
function errorLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const flag = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = flag < 0 ? undefined : argv[flag]?.includes('=') ? argv[flag]?.split('=')[1] : argv[flag + 1];
  return value === 'ja' || value === 'en' ? value : detectLang(env);
}

const COULD_NOT_START = { en: 'the audit could not start', ja: '監査を開始できませんでした' } as const;

/** Runs the CLI; returns the exit code. Bad input is one clear line and exit 2, never a stack trace. */
export async function main(argv: string[], io: Io): Promise<number> {
  // Credential values this process was given never reach any output (see redact).
  registerSecrets(io.env.AWS_ACCESS_KEY_ID, io.env.AWS_SECRET_ACCESS_KEY, io.env.AWS_SESSION_TOKEN);
  const lang = errorLang(argv, io.env);
  let code: number = EXIT.ok;
  const program = buildProgram({ ...io, argv }, (value) => {
    code = value;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code) ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof InputError) {
      io.stderr(`aws-baseline: ${redact(error.text(lang))}\n`);
      return EXIT.usage;
    }
    if (error instanceof AuditNotFinished) {
      io.stderr(`aws-baseline: ${redact(error.text(lang))}\n`);
      return EXIT.incomplete;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`aws-baseline: ${COULD_NOT_START[lang]}: ${redact(message)}\n`);
    if (io.env.AWS_BASELINE_DEBUG && error instanceof Error && error.stack) io.stderr(`${redact(error.stack)}\n`);
    return EXIT.usage;
  }
}
