import { execFile } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { dirname } from 'node:path';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { inject } from 'vitest';
import { AwsStandIn, type StandInOptions } from './standin.js';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall time of the run, in ms. */
  elapsed: number;
}

export const FIXED_NOW = '2026-11-20T12:00:00Z';

/** Credentials moto accepts for its default account; used only to reach a scenario's own account. */
const BOOTSTRAP: Credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'bootstrap-secret-not-used-elsewhere' };

export function freshAccountId(): string {
  return String(randomInt(100_000_000_000, 999_999_999_999));
}

/** AssumeRole into any account id: moto keeps each account's state apart, so scenarios run side by side. */
export async function credentialsFor(accountId: string, roleName = 'aws-baseline-e2e'): Promise<Credentials> {
  const sts = new STSClient({ region: 'us-east-1', endpoint: inject('motoEndpoint'), credentials: BOOTSTRAP });
  const { Credentials: issued } = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${accountId}:role/${roleName}`, RoleSessionName: 'e2e' }));
  if (!issued?.AccessKeyId || !issued.SecretAccessKey) throw new Error('moto issued no credentials');
  return { accessKeyId: issued.AccessKeyId, secretAccessKey: issued.SecretAccessKey, sessionToken: issued.SessionToken };
}

/** Client configuration for setting an account's state straight on moto. */
export function clientConfig(credentials: Credentials, region = 'us-east-1') {
  return { region, endpoint: inject('motoEndpoint'), credentials, maxAttempts: 1 };
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Override the credentials passed in the environment (undefined: the scenario's). */
  credentials?: Credentials | null;
  endpoint?: string;
  cwd?: string;
  timeoutMs?: number;
}

/**
 * The installed `aws-baseline`, found on PATH as a user's shell finds it, run by the chosen Node
 * (`command` is another program on that PATH, such as a shell around it for a pipe).
 */
export function runInstalled(args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd(), timeoutMs = 90_000, command = 'aws-baseline'): Promise<Run> {
  const started = Date.now();
  const path = [dirname(inject('nodeBinary')), inject('binDir'), '/usr/bin', '/bin'].join(':');
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env: { PATH: path, HOME: '/nonexistent', LANG: 'C.UTF-8', ...env }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr, elapsed: Date.now() - started });
      },
    );
  });
}

/** One account on moto, reached through its own stand-in. */
export class Scenario {
  private constructor(
    readonly accountId: string,
    readonly credentials: Credentials,
    readonly aws: AwsStandIn,
  ) {}

  static async create(options: Partial<Omit<StandInOptions, 'motoEndpoint' | 'accountId'>> & { accountId?: string } = {}): Promise<Scenario> {
    const accountId = options.accountId ?? freshAccountId();
    const aws = await new AwsStandIn({ ...options, motoEndpoint: inject('motoEndpoint'), accountId }).start();
    const credentials = await credentialsFor(accountId);
    aws.accounts.set(credentials.accessKeyId, accountId);
    return new Scenario(accountId, credentials, aws);
  }

  /** SDK client configuration for setting this account's state (straight on moto, not recorded). */
  config(region = 'us-east-1') {
    return clientConfig(this.credentials, region);
  }

  /** Environment that points the installed CLI at this scenario's stand-in. */
  env(credentials: Credentials = this.credentials, endpoint = this.aws.endpoint): NodeJS.ProcessEnv {
    return {
      AWS_ENDPOINT_URL: endpoint,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      ...(credentials.sessionToken ? { AWS_SESSION_TOKEN: credentials.sessionToken } : {}),
      AWS_REGION: 'us-east-1',
      AWS_BASELINE_NOW: FIXED_NOW,
    };
  }

  run(args: string[], options: RunOptions = {}): Promise<Run> {
    const base = options.credentials === null ? { AWS_ENDPOINT_URL: options.endpoint ?? this.aws.endpoint, AWS_REGION: 'us-east-1', AWS_BASELINE_NOW: FIXED_NOW } : this.env(options.credentials ?? this.credentials, options.endpoint);
    return runInstalled(args, { ...base, ...options.env }, options.cwd, options.timeoutMs);
  }

  stop(): Promise<void> {
    return this.aws.stop();
  }
}

/** The JSON report's results, reduced to what tests compare. */
export interface ReportResult {
  checkId: string;
  status: string;
  region: string;
  resource: string;
  messageKey: string;
  message: string;
  messages: { en: string; ja: string };
  remediation: string;
}

export function resultsOf(stdout: string): ReportResult[] {
  const report = JSON.parse(stdout) as { accounts: { results: ReportResult[] }[] };
  return report.accounts.flatMap((account) => account.results);
}

/** Status per check (`PASS`, or `FAIL,PASS` where resources differ), for compact assertions. */
export function statusByCheck(results: ReportResult[]): Record<string, string> {
  const byCheck: Record<string, Set<string>> = {};
  for (const result of results) (byCheck[result.checkId] ??= new Set()).add(result.status);
  return Object.fromEntries(Object.entries(byCheck).map(([id, statuses]) => [id, [...statuses].sort().join(',')]));
}
