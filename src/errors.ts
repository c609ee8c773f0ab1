import type { Lang } from './model.js';

/** Bad input from a user's file or flag: shown as `file:line: path: problem`, exit 2, no stack trace. */
export class InputError extends Error {
  override name = 'InputError';

  /** `ja`: the same sentence in Japanese, where one was written; English otherwise. */
  constructor(
    message: string,
    readonly ja?: string,
  ) {
    super(message);
  }

  text(lang: Lang): string {
    return lang === 'ja' && this.ja ? this.ja : this.message;
  }
}

/** Nothing judged is never success: no region left (a snapshot with none, say) or no account listed. */
export function nothingJudged(): InputError {
  return new InputError(
    'nothing was judged: no account, region or check was left to audit (see --regions, --checks, --accounts)',
    '何も判定されませんでした: 監査するアカウント、リージョン、チェックが残っていません(--regions、--checks、--accounts を確認してください)',
  );
}
