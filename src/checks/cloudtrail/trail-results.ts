import type { ResourceError } from '../define.js';
import type { TrailInventory } from './trails.js';

/** A region whose trails could not be listed is an ERROR of its own: its trails may be missing. */
export function regionFailures(failures: TrailInventory['failures']): ResourceError[] {
  return failures.map(({ region, error }) => ({ status: 'ERROR', resource: `trails@${region}`, error }));
}
