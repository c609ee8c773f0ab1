/**
 * The order of names in a report: by UTF-16 code unit, the same on every machine. `localeCompare`
 * follows the locale of the machine that runs the audit (two CI runners could order one report two
 * ways) and its first call loads ICU's collation data, ~6–9 ms of every snapshot audit.
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
