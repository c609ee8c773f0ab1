import { closestRegion, isKnownRegion } from '../aws/region-name.js';
import type { Config } from './config.js';
import { FAIL_ON, type FailOn } from '../engine/gate.js';
import { detectLang } from '../core/i18n.js';
import type { Shard } from '../engine/shard.js';
import { InputError } from '../core/errors.js';
import { FRAMEWORK_IDS, type FrameworkId, isFrameworkId } from '../checks/frameworks.js';
import { LANGS, type Lang } from '../core/model.js';

import { FORMATS, type Format } from '../core/model.js';

export { FORMATS, type Format };

export interface OutputTarget {
  format: Format;
  /** undefined: standard output */
  path: string | undefined;
  /** append instead of replacing (the GitHub step summary) */
  append?: boolean;
}

const STDOUT_NAMES = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/**
 * `--format FMT[=PATH]`, repeatable: one collection, many outputs; at most one of them on stdout.
 * Markdown without a path goes to $GITHUB_STEP_SUMMARY when that is set (appended, as GitHub expects).
 */
export function parseFormats(values: string[] | undefined, env: NodeJS.ProcessEnv = {}): OutputTarget[] {
  const targets = (values?.length ? values : ['text']).map((value) => {
    const [format = '', ...rest] = value.split('=');
    const path = rest.length ? rest.join('=') : undefined;
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new InputError(
        `--format ${value}: unknown format "${format}" (expected one of: ${FORMATS.join(', ')}, optionally =PATH)`,
        `--format ${value}: 不明な形式 "${format}" です(${FORMATS.join('、')} のいずれか。=PATH を付けられます)`,
      );
    }
    if (path === '') throw new InputError(`--format ${value}: the path after "=" is empty`, `--format ${value}: "=" の後のパスが空です`);
    if (format === 'markdown' && path === undefined && env.GITHUB_STEP_SUMMARY) return { format: 'markdown' as const, path: env.GITHUB_STEP_SUMMARY, append: true };
    // The process's own standard output, by any of its names, is standard output (it may be a socket that cannot be opened by path).
    if (path !== undefined && STDOUT_NAMES.has(path)) return { format: format as Format, path: undefined };
    return { format: format as Format, path };
  });
  const paths = targets.map((target) => target.path).filter((path): path is string => path !== undefined);
  const twice = paths.find((path, index) => paths.indexOf(path) !== index);
  if (twice) throw new InputError(`--format: ${twice} is given to two formats; each output needs a path of its own`, `--format: ${twice} が 2 つの形式に指定されています。出力ごとに別のパスを指定してください`);
  const onStdout = targets.filter((target) => target.path === undefined);
  if (onStdout.length > 1) {
    throw new InputError(
      `--format: only one format can write to standard output (${onStdout.map((t) => t.format).join(', ')}); give the others a path, e.g. --format json=report.json`,
      `--format: 標準出力に書けるのは 1 つの形式だけです(${onStdout.map((t) => t.format).join('、')})。ほかの形式には出力先を指定してください(例: --format json=report.json)`,
    );
  }
  return targets;
}

export function parseRegions(value: string | string[] | undefined, where: string): string[] | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : value.split(',').map((region) => region.trim()).filter(Boolean);
  if (list.length === 1 && list[0] === 'all') return undefined;
  if (list.length === 0) throw new InputError(`${where}: no region given`, `${where}: リージョンが指定されていません`);
  const unknown = list.filter((region) => !isKnownRegion(region));
  if (unknown.length) {
    const hints = unknown.map((region) => {
      const near = closestRegion(region);
      return near ? `"${region}" (did you mean ${near}?)` : `"${region}"`;
    });
    throw new InputError(
      `${where}: ${hints.join(', ')} is not an AWS region (expected e.g. us-east-1, ap-northeast-1, or "all")`,
      `${where}: ${hints.join(', ').replaceAll('did you mean', 'もしかして')} は AWS のリージョンではありません(例: us-east-1、ap-northeast-1、または "all")`,
    );
  }
  return [...new Set(list)];
}

export function parseFailOn(value: string | undefined, config: Config): FailOn {
  const chosen = value ?? config.failOn ?? 'low';
  if (!(FAIL_ON as readonly string[]).includes(chosen)) throw new InputError(`--fail-on ${chosen}: expected one of ${FAIL_ON.join(', ')}`, `--fail-on ${chosen}: ${FAIL_ON.join('、')} のいずれかを指定してください`);
  return chosen as FailOn;
}

/** --framework, repeatable or comma-separated: each a framework of checks/frameworks.ts, in the order given, once. */
export function parseFrameworks(values: readonly string[] | undefined): FrameworkId[] {
  const ids = (values ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
  for (const id of ids) if (!isFrameworkId(id)) throw new InputError(`--framework ${id}: expected one of ${FRAMEWORK_IDS.join(', ')}`, `--framework ${id}: ${FRAMEWORK_IDS.join('、')} のいずれかを指定してください`);
  return [...new Set(ids as FrameworkId[])];
}

export function parseLang(value: string | undefined, config: Config, env: NodeJS.ProcessEnv): Lang {
  const chosen = value ?? config.lang ?? detectLang(env);
  if (!(LANGS as readonly string[]).includes(chosen)) throw new InputError(`--lang ${chosen}: expected en or ja`, `--lang ${chosen}: en か ja を指定してください`);
  return chosen as Lang;
}

export function parseAccounts(value: string | undefined): string[] | undefined {
  const list = parseList(value);
  if (list === undefined) return undefined;
  const bad = list.filter((id) => !/^\d{12}$/.test(id));
  if (bad.length || list.length === 0) throw new InputError(`--accounts: "${bad.join('", "') || value}" is not a list of 12-digit account ids`, `--accounts: "${bad.join('", "') || value}" は 12 桁のアカウント ID の一覧ではありません`);
  return [...new Set(list)];
}

/** --ous: organizational unit (ou-…) or root (r-…) ids, comma-separated; only with --org, or a snapshot of an organization. */
export function parseOus(value: string | undefined): string[] | undefined {
  const list = parseList(value);
  if (list === undefined) return undefined;
  const bad = list.filter((id) => !/^(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|r-[0-9a-z]{4,32})$/.test(id));
  if (bad.length || list.length === 0) throw new InputError(`--ous: "${bad.join('", "') || value}" is not a list of organizational unit ids (ou-…) or root ids (r-…)`, `--ous: "${bad.join('", "') || value}" は組織単位 (ou-…) またはルート (r-…) の ID の一覧ではありません`);
  return [...new Set(list)];
}

export function parseList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value.split(',').map((item) => item.trim()).filter(Boolean);
}

/** Accounts audited at once with --org / --accounts (each account bounds its own AWS calls). */
export const DEFAULT_CONCURRENCY = 6;

/** `--shard K/N`: the K-th of N parts of the accounts (1 ≤ K ≤ N ≤ 256). */
export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count || count > 256) {
    throw new InputError(`--shard ${value}: expected K/N with 1 ≤ K ≤ N ≤ 256, e.g. --shard 2/4 for the second of four parts`, `--shard ${value}: K/N の形で指定してください(1 ≤ K ≤ N ≤ 256。例: 4 分割の 2 番目なら --shard 2/4)`);
  }
  return { index, count };
}

export function parseConcurrency(value: string | undefined, config: Config): number {
  if (value === undefined) return config.concurrency ?? DEFAULT_CONCURRENCY;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1 || number > 64) throw new InputError(`--concurrency ${value}: expected a whole number from 1 to 64`, `--concurrency ${value}: 1 から 64 の整数を指定してください`);
  return number;
}

/** --parallel: how many processes audit the accounts of --org / --accounts; `auto` (the default) decides. */
export function parseParallel(value: string | undefined): number | 'auto' {
  if (value === undefined || value === 'auto') return 'auto';
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1 || number > 16) throw new InputError(`--parallel ${value}: expected auto, or a whole number from 1 to 16`, `--parallel ${value}: auto か 1 から 16 の整数を指定してください`);
  return number;
}

/** Whole numbers from the environment that tune the SDK; a bad value is an input error, never ignored. */
function envInteger(env: NodeJS.ProcessEnv, name: string, min: number, max: number): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) throw new InputError(`${name}=${raw}: expected a whole number from ${min} to ${max}`, `${name}=${raw}: ${min} から ${max} の整数を指定してください`);
  return value;
}

/** AWS_MAX_ATTEMPTS (the SDK's own variable) and AWS_BASELINE_REQUEST_TIMEOUT_MS (one HTTP request). */
export function sdkTuning(env: NodeJS.ProcessEnv): { maxAttempts?: number; requestTimeoutMs?: number } {
  const maxAttempts = envInteger(env, 'AWS_MAX_ATTEMPTS', 1, 10);
  const requestTimeoutMs = envInteger(env, 'AWS_BASELINE_REQUEST_TIMEOUT_MS', 100, 300_000);
  return { ...(maxAttempts ? { maxAttempts } : {}), ...(requestTimeoutMs ? { requestTimeoutMs } : {}) };
}

/** The audit's deadline, in seconds (--timeout or the config's timeout; 15 minutes by default). */
export function parseTimeout(value: string | undefined, config: Config): number {
  if (value === undefined) return config.timeout ?? 900;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 86_400) throw new InputError(`--timeout ${value}: expected seconds, a whole number from 1 to 86400`, `--timeout ${value}: 秒数を 1 から 86400 の整数で指定してください`);
  return Number(value);
}

/** The role an organization audit assumes in each member unless --role-name or the config names another (the one AWS Organizations creates). */
export const DEFAULT_ROLE_NAME = 'OrganizationAccountAccessRole';
