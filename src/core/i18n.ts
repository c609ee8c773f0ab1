import type { z as Zod } from 'zod';
import type { ErrorKind } from '../facts/errors.js';
import type { Lang, LocalizedText, MessageParams } from './model.js';

/** `{name}` placeholders filled from params; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params: MessageParams = {}): string {
  if (!template.includes('{')) return template;
  const parts = partsOf(template);
  let text = parts[0] as string;
  for (let at = 1; at < parts.length; at += 2) {
    const name = parts[at] as string;
    text += (name in params ? String(params[name]) : `{${name}}`) + (parts[at + 1] as string);
  }
  return text;
}

/** A template split once into its text and, at odd places, its placeholders' names: `a {x} b` → [`a `, `x`, ` b`]. */
const TEMPLATE_PARTS = new Map<string, string[]>();
function partsOf(template: string): string[] {
  let parts = TEMPLATE_PARTS.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    // The catalog's texts are some thousands; a bound all the same, should a caller ever format text it did not write.
    if (TEMPLATE_PARTS.size < 10_000) TEMPLATE_PARTS.set(template, parts);
  }
  return parts;
}

/** `2026-11-20 09:00 UTC` / `2026年11月20日 09:00 UTC`: always UTC, so that a report reads the same everywhere. */
export function readableDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
  return lang === 'ja'
    ? `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日 ${time}`
    : `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${time}`;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Dates among the parameters read as people write them in each language; everything else as given. */
function paramsFor(lang: Lang, params: MessageParams = {}): MessageParams {
  // Copied only where a date is rewritten: every result of an audit is worded in both languages.
  let dated: MessageParams | undefined;
  for (const name in params) {
    const value = params[name];
    if (typeof value === 'string' && ISO_DATE_TIME.test(value)) (dated ??= { ...params })[name] = readableDate(value, lang);
  }
  return dated ?? params;
}

/** A template in one language, its placeholders filled (dates as that language writes them). */
export function localizeIn(lang: Lang, template: string, params?: MessageParams): string {
  return format(template, paramsFor(lang, params));
}

export function localize(texts: { en: string; ja: string }, params?: MessageParams): LocalizedText {
  return { en: localizeIn('en', texts.en, params), ja: localizeIn('ja', texts.ja, params) };
}

/** The language of the user's locale: `ja*` means Japanese, anything else English. */
export function detectLang(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ja/i.test(locale) ? 'ja' : 'en';
}

export const ERROR_KIND_TEXT: Record<ErrorKind, { en: string; ja: string }> = {
  'access-denied': { en: 'access denied', ja: 'アクセスが拒否されました' },
  'organization-denied': { en: "denied by the organization's policy", ja: '組織のポリシーにより拒否されました' },
  'credentials-expired': { en: 'credentials expired', ja: '認証情報の有効期限切れ' },
  'signature-refused': { en: 'request signature refused', ja: 'リクエストの署名が拒否されました' },
  'not-enabled': { en: 'not enabled', ja: '有効になっていません' },
  'not-found': { en: 'not found', ja: '見つかりません' },
  'region-disabled': { en: 'region not enabled for the account', ja: 'アカウントで有効になっていないリージョンです' },
  throttled: { en: 'throttled', ja: 'スロットリングされました' },
  timeout: { en: 'timed out', ja: 'タイムアウトしました' },
  network: { en: 'network error', ja: 'ネットワークエラー' },
  missing: { en: 'data missing', ja: 'データがありません' },
  malformed: { en: "not an answer AWS sends", ja: 'AWS の応答ではありません' },
  unknown: { en: 'unexpected error', ja: '予期しないエラー' },
};

/** Sentences the engine itself says (not any one check). */
export const ENGINE_TEXT = {
  'collect-error': {
    en: 'Could not evaluate: {operation} {kind} ({code}): {detail}',
    ja: '評価できませんでした: {operation} で{kind}({code}): {detail}',
  },
  'check-crashed': {
    en: 'Could not evaluate: the check failed unexpectedly: {detail}',
    ja: '評価できませんでした: チェックが予期せず失敗しました: {detail}',
  },
  'region-denied-by-organization': {
    en: "Skipped: region {region} is denied by the organization's service control policy ({operation}: {detail}).",
    ja: 'スキップ: リージョン {region} は組織のサービスコントロールポリシーで拒否されています({operation}: {detail})。',
  },
  'region-disabled': {
    en: 'Skipped: region {region} is not enabled for this account.',
    ja: 'スキップ: リージョン {region} はこのアカウントで有効になっていません。',
  },
  'regions-unknown': {
    en: 'Could not evaluate: the account\'s enabled regions could not be listed ({detail}); pass --regions.',
    ja: '評価できませんでした: アカウントで有効なリージョンを取得できませんでした({detail})。--regions を指定してください。',
  },
  'as-of': {
    en: '{message} (credential report of {at})',
    ja: '{message}(認証情報レポート {at} 時点)',
  },
  attested: {
    en: 'Attested by {by} on {date}{note}.',
    ja: '{by} が {date} に確認済み{note}。',
  },
} as const satisfies Record<string, { en: string; ja: string }>;

export type EngineMessage = keyof typeof ENGINE_TEXT;

/** What to do about an ERROR, by why the read failed: the permission, the network, the region … */
export const ERROR_FIX_TEXT: Record<ErrorKind | 'crashed' | 'regions-unknown' | 'incomplete-answer', { en: string; ja: string }> = {
  'access-denied': {
    en: 'Grant {action} to the principal that runs the audit ("aws-baseline policy" prints every action it needs).',
    ja: '監査を実行するプリンシパルに {action} を許可してください(必要な権限はすべて「aws-baseline policy」が出力します)。',
  },
  'organization-denied': {
    en: "The organization's service control policy denies {operation} here, whatever the audit role is granted: if this read should be allowed, ask the organization's administrators to exempt the audit role; otherwise leave it out (--regions, --skip-checks).",
    ja: '監査ロールの権限にかかわらず、組織のサービスコントロールポリシーがここでの {operation} を拒否しています。読めるべきなら組織の管理者に監査ロールの除外を依頼し、そうでなければ対象から外してください(--regions、--skip-checks)。',
  },
  'signature-refused': {
    en: "AWS refused the request's signature for {operation}: set this machine's clock right (AWS allows five minutes of difference), or check the secret access key, then run the audit again.",
    ja: '{operation} のリクエストの署名が AWS に拒否されました。このマシンの時計を合わせる(AWS が許す差は 5 分です)か、シークレットアクセスキーを確認して再実行してください。',
  },
  'credentials-expired': { en: 'The AWS credentials expired during the audit: refresh them ("aws sso login", or new session credentials) and run it again.', ja: '監査中に AWS 認証情報の有効期限が切れました。"aws sso login" などで更新して再実行してください。' },
  'not-enabled': { en: 'AWS says {operation} is not enabled here: see the message, then run the audit again.', ja: '{operation} はこのアカウントで有効になっていないと AWS が応答しました。メッセージを確認して再実行してください。' },
  'not-found': { en: 'AWS could not find what {operation} asked for: see the message, then run the audit again.', ja: '{operation} の対象が見つかりませんでした。メッセージを確認して再実行してください。' },
  'region-disabled': { en: 'Enable the region for the account, or leave it out with --regions.', ja: 'アカウントでリージョンを有効にするか、--regions で対象から外してください。' },
  throttled: { en: 'AWS throttled {operation}: run the audit again later, or with fewer accounts at once (--concurrency).', ja: '{operation} が AWS にスロットリングされました。時間をおいて再実行するか、--concurrency で同時に監査するアカウント数を減らしてください。' },
  timeout: { en: '{operation} did not answer in time: check the network or proxy, then run the audit again.', ja: '{operation} が時間内に応答しませんでした。ネットワークやプロキシを確認して再実行してください。' },
  network: { en: '{operation} could not reach AWS: check the network, a proxy (HTTPS_PROXY) or AWS_ENDPOINT_URL.', ja: '{operation} が AWS に到達できませんでした。ネットワーク、プロキシ(HTTPS_PROXY)、AWS_ENDPOINT_URL を確認してください。' },
  'incomplete-answer': {
    en: "AWS's answer lacked what this needs (see the message): run the audit again; a user created after the credential report was generated appears in the next one.",
    ja: 'AWS の応答に必要な情報がありませんでした(メッセージを参照)。監査を再実行してください。認証情報レポートの生成後に作られたユーザーは次のレポートに載ります。',
  },
  missing: { en: 'The data is missing (a snapshot taken with other checks, or by an older aws-baseline that did not read it yet): take the snapshot again ("aws-baseline snapshot") with this version and this check selected, or audit the live account.', ja: 'データがありません(別のチェックで取ったスナップショットか、まだそれを読まなかった古い aws-baseline で取ったもの)。このバージョンで、このチェックを含めて「aws-baseline snapshot」で取り直すか、ライブのアカウントを監査してください。' },
  malformed: {
    en: "The answer to {operation} was not AWS's (asked twice): check AWS_ENDPOINT_URL, a proxy or a firewall between here and AWS, then run the audit again (--verbose shows every call).",
    ja: '{operation} の応答が AWS のものではありませんでした(2 回試行)。AWS_ENDPOINT_URL、プロキシ、AWS との間のファイアウォールを確認して再実行してください(--verbose ですべての呼び出しを表示します)。',
  },
  unknown: { en: 'An unexpected answer to {operation}: see the message; run with --verbose to see every call.', ja: '{operation} に予期しない応答がありました。メッセージを確認し、--verbose で呼び出しを確認してください。' },
  crashed: { en: 'This is a bug in aws-baseline: please report it with the message above.', ja: 'aws-baseline の不具合です。上のメッセージを添えて報告してください。' },
  'regions-unknown': {
    en: 'Grant account:ListRegions (or ec2:DescribeRegions) to the principal that runs the audit, or pass --regions.',
    ja: '監査を実行するプリンシパルに account:ListRegions(または ec2:DescribeRegions)を許可するか、--regions を指定してください。',
  },
};

/** The Japanese of the sentences schemas say of a value they refuse, by their English. */
const REFUSALS = new Map<string, string>();

/**
 * A sentence a schema says of a value it refuses: zod is given the English, and the Japanese is kept
 * beside it for the error that lists what was refused (zod's own sentences have a Japanese of zod's).
 */
export function refusal(en: string, ja: string): string {
  REFUSALS.set(en, ja);
  return en;
}

export function refusalInJapanese(en: string): string | undefined {
  return REFUSALS.get(en);
}

/**
 * A refused parse's issues in Japanese, one for each: a schema's own sentence as declared beside it
 * (refusal(): zod puts it above any locale), else zod's own Japanese. Its locale is loaded only when
 * there is something to say, and the data parsed again with it.
 */
export async function japaneseIssues(schema: Zod.ZodType, data: unknown, issues: readonly Zod.core.$ZodIssue[]): Promise<string[]> {
  const { default: japanese } = await import('zod/v4/locales/ja.js');
  const again = schema.safeParse(data, { error: japanese().localeError });
  const inJapanese = again.success ? [] : again.error.issues;
  return issues.map((issue, index) => refusalInJapanese(issue.message) ?? inJapanese[index]?.message ?? issue.message);
}
