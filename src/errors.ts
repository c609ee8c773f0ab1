/** Bad input from a user's file or flag: shown as `file:line: path: problem`, exit 2, no stack trace. */
export class InputError extends Error {
  override name = 'InputError';
}
