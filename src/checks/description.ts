// What the catalog commands (`checks`, `explain`, `policy`) print, as plain data. The installed bundle
// holds it evaluated at build time (scripts/build.mjs replaces these modules with their values), so that
// these commands read JSON text instead of loading every check's and every fact's code; `explain` alone
// loads the checks' texts (description-texts.ts).
import type { Lang } from '../core/model.js';
import type { FactKey } from '../facts/catalog.js';
import { FACTS } from '../facts/catalog.js';
import type { Check } from './define.js';
import { CHECKS } from './index.js';

/** A check as `checks` and `policy` show it. */
export type CheckSummary = Pick<Check, 'id' | 'severity' | 'scope' | 'references' | 'reads'> & { titles: Record<Lang, string> };

export interface CatalogDescription {
  checks: CheckSummary[];
  /** The IAM actions each fact's collector needs. */
  actions: Record<FactKey, readonly string[]>;
}

export function describeCatalog(): CatalogDescription {
  return {
    checks: CHECKS.map((check) => ({ id: check.id, severity: check.severity, scope: check.scope, references: check.references, reads: check.reads, titles: { en: check.text.en.title, ja: check.text.ja.title } })),
    actions: Object.fromEntries(Object.entries(FACTS).map(([key, fact]) => [key, fact.actions])) as Record<FactKey, readonly string[]>,
  };
}
