// Each check's texts and fix commands as `explain` prints them, as plain data (see description.ts).
import type { Lang } from '../core/model.js';
import type { CheckText } from './define.js';
import { CHECKS } from './index.js';

export interface CheckTexts {
  text: Record<Lang, Omit<CheckText<string>, 'remediation'>>;
  cli: string[];
}

const textOf = ({ title, passes, rationale, console, messages, fixes }: CheckText<string>) => ({ title, passes, rationale, console, messages, ...(fixes ? { fixes } : {}) });

/** One check's texts (the bundle holds each as JSON text of its own, and parses only the one asked for). */
export function describeTexts(id: string): CheckTexts | undefined {
  const check = CHECKS.find((candidate) => candidate.id === id);
  return check && { text: { en: textOf(check.text.en), ja: textOf(check.text.ja) }, cli: check.cli };
}
