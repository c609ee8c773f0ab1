/**
 * Names AWS allows may hold any character (a Config recorder's name, for one). Printed raw, a carriage
 * return or an escape sequence rewrites what a terminal shows (a FAIL erased, a fake PASS drawn), a line
 * break lets the data start a line of its own (in a GitHub Actions log, `::warning::` would run as a
 * workflow command), and in Markdown a tag or an image runs or fetches. Data is made inert for its medium.
 */

/** C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional overrides that reorder text. */
const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text for a terminal or a log: every active character shown as its escape (`\u001b`), so it is seen, never obeyed. */
export function printable(text: string): string {
  return text.replace(ACTIVE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text for Markdown (a table cell of GitHub's): printable, with no tag, entity, image, link, emphasis or cell break of the data's own. */
export function markdownText(text: string): string {
  return printable(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]!|~])/g, '\\$1');
}
