import type { JsonReport } from './schema.js';

export function renderJson(report: JsonReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const ACCOUNTS = '"accounts": []';
const WRAPPER_OPEN = '{\n  "accounts": [\n';
const WRAPPER_CLOSE = '\n  ]\n}';

/**
 * The same text as renderJson, in pieces: the report around its accounts, then each account (indented
 * where it sits), so that an organization's report is written without ever being one string.
 */
export function* jsonPieces(report: JsonReport): Generator<string> {
  const frame = JSON.stringify({ ...report, accounts: [] }, null, 2);
  const at = frame.indexOf(ACCOUNTS); // the first: the keys before it (schemaVersion … failOn) hold no such text unescaped
  if (report.accounts.length === 0) {
    yield renderJson(report);
    return;
  }
  yield `${frame.slice(0, at)}"accounts": [\n`;
  const last = report.accounts.length - 1;
  // Stringified where it sits (in `{"accounts": [ … ]}`, two levels in), the wrapper's own text cut off: indented by
  // JSON.stringify itself. The cut and what follows it are two pieces: joined, each account's text was copied once more.
  for (const [index, account] of report.accounts.entries()) {
    const wrapped = JSON.stringify({ accounts: [account] }, null, 2);
    yield wrapped.slice(WRAPPER_OPEN.length, -WRAPPER_CLOSE.length);
    yield index < last ? ',\n' : '\n';
  }
  yield `  ]${frame.slice(at + ACCOUNTS.length)}\n`;
}
