import { glob } from '../core/glob.js';
import type { Check } from '../checks/define.js';
import { InputError } from '../core/errors.js';
import type { OuPlace } from '../core/model.js';

/** A bare service name (`cloudtrail`) means that service's checks. */
function expand(pattern: string): string {
  return pattern.includes('.') || /[*?[\]{}!]/.test(pattern) ? pattern : `${pattern}.*`;
}

/** Check ids or globs (`iam.*`), or service names; a pattern that names no check is a usage error, not silence. */
export function selectChecks<C extends Pick<Check, 'id'>>(catalog: readonly C[], includePatterns: string[] | undefined, excludePatterns: string[] | undefined): C[] {
  const include = includePatterns?.map(expand);
  const exclude = excludePatterns?.map(expand);
  const unknown = [...(includePatterns ?? []), ...(excludePatterns ?? [])].filter((pattern) => !catalog.some((check) => glob().isMatch(check.id, expand(pattern))));
  if (unknown.length > 0) {
    const names = unknown.map((pattern) => `"${pattern}"`).join(', ');
    throw new InputError(`no check matches ${names} (see "aws-baseline checks")`, `${names} に一致するチェックがありません("aws-baseline checks" を参照)`);
  }
  return catalog.filter(
    (check) =>
      (!include?.length || include.some((pattern) => glob().isMatch(check.id, pattern))) &&
      !exclude?.some((pattern) => glob().isMatch(check.id, pattern)),
  );
}

/** --ous: an account under one of these units (or roots), by where the organization's tree placed it; none named: every account. */
export function underUnits(place: OuPlace | undefined, units: readonly string[] | undefined): boolean {
  if (units === undefined) return true;
  return place !== undefined && place.path.some((unit) => units.includes(unit.id));
}
