import type { ReportAccount } from '../engine/report.js';
import type { FactAnswerBody, ProgressEvent } from '../process/progress-event.js';
import type { OrganizationListing } from '../core/model.js';

/** The process as the commands see it: streams, environment, working directory. Tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Asked only when it matters: for a terminal, finding out builds Node's stream (see process/stdout.ts). */
  stdoutIsTty: () => boolean;
  stderrIsTty: () => boolean;
  /** The width of the terminal standard output is, if it is one (help is wrapped to it). */
  stdoutColumns?: () => number | undefined;
  /** The arguments this run was given (after the command name's own: `audit --org …`). */
  argv?: readonly string[];
  /**
   * How to start this CLI again (the node binary, its flags, the script): set by the installed command
   * only, for audits spread over processes. In-process runs (tests) leave it out and audit in-process.
   */
  self?: readonly string[];
  /** Where a child process of a spread audit sends its progress (the parent draws the bar). */
  progressSink?: (event: ProgressEvent) => void;
  /**
   * In a child process of a spread audit: whether this process audits that account. Every child knows
   * every account (an organization's from its parent's listing) and asks as it has room for one; the
   * parent grants each account to the first that asks, so that a process that finishes early takes
   * more, and each account is audited once.
   */
  claim?: (accountId: string) => Promise<boolean>;
  /** In a child process of a spread audit: where each audited account goes as soon as it is done (its parent keeps it). */
  accountSink?: (account: ReportAccount) => void;
  /** In a child process of a spread audit of an organization: the accounts and tree its parent read, for every process once. */
  listing?: OrganizationListing;
  /** In a child process of a spread audit: a fact of the caller's that reads alike in every process, read by the parent once for all. */
  parentFact?: (key: string) => Promise<FactAnswerBody>;
}
