import type { ErrorKind } from './aws/errors.js';
import type { Lang, LocalizedText, MessageParams } from './model.js';

/** `{name}` placeholders filled from params; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function localize(texts: { en: string; ja: string }, params?: MessageParams): LocalizedText {
  return { en: format(texts.en, params), ja: format(texts.ja, params) };
}

/** The language of the user's locale: `ja*` means Japanese, anything else English. */
export function detectLang(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ja/i.test(locale) ? 'ja' : 'en';
}

export const ERROR_KIND_TEXT: Record<ErrorKind, { en: string; ja: string }> = {
  'access-denied': { en: 'access denied', ja: 'アクセスが拒否されました' },
  'not-enabled': { en: 'not enabled', ja: '有効になっていません' },
  'not-found': { en: 'not found', ja: '見つかりません' },
  'region-disabled': { en: 'region not enabled for the account', ja: 'アカウントで有効になっていないリージョンです' },
  throttled: { en: 'throttled', ja: 'スロットリングされました' },
  timeout: { en: 'timed out', ja: 'タイムアウトしました' },
  network: { en: 'network error', ja: 'ネットワークエラー' },
  missing: { en: 'data missing', ja: 'データがありません' },
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
  'region-disabled': {
    en: 'Skipped: region {region} is not enabled for this account.',
    ja: 'スキップ: リージョン {region} はこのアカウントで有効になっていません。',
  },
  'regions-unknown': {
    en: 'Could not evaluate: the account\'s enabled regions could not be listed ({detail}); pass --regions.',
    ja: '評価できませんでした: アカウントで有効なリージョンを取得できませんでした({detail})。--regions を指定してください。',
  },
  attested: {
    en: 'Attested by {by} on {date}{note}.',
    ja: '{by} が {date} に確認済み{note}。',
  },
} as const satisfies Record<string, { en: string; ja: string }>;

export type EngineMessage = keyof typeof ENGINE_TEXT;
