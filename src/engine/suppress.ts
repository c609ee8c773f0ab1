import type Picomatch from 'picomatch';
import { glob } from '../core/glob.js';
import type { Result } from '../core/model.js';
import { isExpired } from './attest.js';

export interface Suppression {
  check: string;
  resource?: string;
  region?: string;
  reason: string;
  expires?: string;
}

export interface SuppressionReport {
  /** Entries past their expiry: no longer applied, and the report says so. */
  expired: Suppression[];
  /** Entries that matched no result: probably stale. */
  unused: Suppression[];
}

type Matcher = (text: string) => boolean;

/** One entry, its patterns compiled once (a config may hold hundreds of thousands, judged against every account). */
interface Compiled {
  entry: Suppression;
  /** Its place in the config: the first entry that matches gives the reason. */
  order: number;
  check: Matcher;
  resource: Matcher;
  region: Matcher;
}

const ANY: Matcher = () => true;

/** A pattern of none of glob's special characters (nor a leading `!`, `./` or a trailing `/`) matches only itself. */
function isLiteral(pattern: string): boolean {
  return /^[\w:,=-][\w.:/,=-]*$/.test(pattern) && !pattern.endsWith('/') && !pattern.includes('//') && !pattern.includes('/.');
}

function compile(pattern: string | undefined, options: Picomatch.PicomatchOptions = {}): Matcher {
  if (pattern === undefined) return ANY;
  if (isLiteral(pattern)) return (text) => text === pattern;
  return glob()(pattern, options);
}

/** Entries by exact check id, then by exact resource; those with a pattern there are tried for every result. */
interface Index {
  byCheck: Map<string, { byResource: Map<string, Compiled[]>; others: Compiled[] }>;
  anyCheck: Compiled[];
}

function indexOf(active: readonly Suppression[]): Index {
  const index: Index = { byCheck: new Map(), anyCheck: [] };
  active.forEach((entry, order) => {
    // bash: a star crosses '/' in ARNs
    const compiled: Compiled = { entry, order, check: compile(entry.check), resource: compile(entry.resource, { dot: true, bash: true }), region: compile(entry.region) };
    if (!isLiteral(entry.check)) {
      index.anyCheck.push(compiled);
      return;
    }
    const forCheck = index.byCheck.get(entry.check) ?? { byResource: new Map<string, Compiled[]>(), others: [] };
    index.byCheck.set(entry.check, forCheck);
    if (entry.resource === undefined || !isLiteral(entry.resource)) forCheck.others.push(compiled);
    else forCheck.byResource.set(entry.resource, [...(forCheck.byResource.get(entry.resource) ?? []), compiled]);
  });
  return index;
}

function firstMatch(index: Index, result: Result): Compiled | undefined {
  const forCheck = index.byCheck.get(result.checkId);
  let first: Compiled | undefined;
  for (const candidates of [forCheck?.byResource.get(result.resource), forCheck?.others, index.anyCheck]) {
    for (const candidate of candidates ?? []) {
      if (first && candidate.order > first.order) break; // each list is in config order
      if (candidate.check(result.checkId) && candidate.resource(result.resource) && candidate.region(result.region)) first = candidate;
    }
  }
  return first;
}

/** The entries in force at a moment, and their index: built once per config and moment, so an organization's accounts share them. */
const inForce = new WeakMap<readonly Suppression[], { at: number; active: Suppression[]; index: Index }>();

function activeAt(suppressions: readonly Suppression[], now: Date): { active: Suppression[]; index: Index } {
  const known = inForce.get(suppressions);
  if (known?.at === now.getTime()) return known;
  const active = suppressions.filter((entry) => !isExpired(entry.expires, now));
  const built = { at: now.getTime(), active, index: indexOf(active) };
  inForce.set(suppressions, built);
  return built;
}

/** Marks results suppressed (their status stays); entries combine as OR, the first in the config giving the reason. */
export function applySuppressions(results: Result[], suppressions: Suppression[], now: Date): { results: Result[]; report: SuppressionReport } {
  const { active, index } = activeAt(suppressions, now);
  const used = new Set<Suppression>();
  const marked = results.map((result) => {
    const entry = firstMatch(index, result)?.entry;
    if (!entry) return result;
    used.add(entry);
    return { ...result, suppressed: { reason: entry.reason, ...(entry.expires ? { expires: entry.expires } : {}) } };
  });
  return {
    results: marked,
    report: {
      expired: suppressions.filter((entry) => isExpired(entry.expires, now)),
      unused: active.filter((entry) => !used.has(entry)),
    },
  };
}
