import { spawnSync } from 'node:child_process';
import { main } from '../src/process/cli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export const FIXED_NOW = '2026-11-20T12:00:00Z';

/** The CLI in-process, with captured streams: fast, and the same code path as the binary. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}, cwd = process.cwd(), terminal = false): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: { AWS_BASELINE_NOW: FIXED_NOW, LANG: 'en_US.UTF-8', ...env },
    cwd,
    stdoutIsTty: () => terminal,
    stderrIsTty: () => terminal,
  });
  return { code, stdout, stderr };
}

/** The bundled binary, as a user runs it (built by the global setup). */
export function runBinary(args: string[], env: NodeJS.ProcessEnv = {}, cwd = process.cwd()): CliRun {
  const result = spawnSync(process.execPath, [`${process.cwd()}/dist/cli.js`, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, AWS_BASELINE_NOW: FIXED_NOW, LANG: 'C', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
