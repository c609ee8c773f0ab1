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
