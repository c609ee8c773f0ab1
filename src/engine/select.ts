import picomatch from 'picomatch';
import type { Check } from '../checks/define.js';
import { InputError } from '../errors.js';

/** Check ids or globs (`iam.*`); a pattern that names no check is a usage error, not silence. */
export function selectChecks(catalog: readonly Check[], include: string[] | undefined, exclude: string[] | undefined): Check[] {
  const unknown = [...(include ?? []), ...(exclude ?? [])].filter((pattern) => !catalog.some((check) => picomatch.isMatch(check.id, pattern)));
  if (unknown.length > 0) throw new InputError(`no check matches ${unknown.map((p) => `"${p}"`).join(', ')} (see "aws-baseline checks")`);
  return catalog.filter(
    (check) =>
      (!include?.length || include.some((pattern) => picomatch.isMatch(check.id, pattern))) &&
      !(exclude ?? []).some((pattern) => picomatch.isMatch(check.id, pattern)),
  );
}
