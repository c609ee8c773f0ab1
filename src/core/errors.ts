import type { Lang } from './model.js';

/** An error meant for the person running the tool: one sentence, in their language, no stack trace. */
abstract class SaidError extends Error {
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

/** Bad input from a user's file or flag: shown as `file:line: path: problem`, exit 2. */
export class InputError extends SaidError {
  override name = 'InputError';
}

/** Nothing judged is never success: no region left (a snapshot with none, say) or no account listed. */
export function nothingJudged(): InputError {
  return new InputError(
    'nothing was judged: no account, region or check was left to audit (see --regions, --checks, --accounts)',
    '何も判定されませんでした: 監査するアカウント、リージョン、チェックが残っていません(--regions、--checks、--accounts を確認してください)',
  );
}

/** An audit that started and could not finish, so that no report could be written: exit 3, never a pass. */
export class AuditNotFinished extends SaidError {
  override name = 'AuditNotFinished';
}
