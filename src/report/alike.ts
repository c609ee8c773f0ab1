import type { JsonResult } from './schema.js';

/**
 * Results a reader reads as one: the same status, message, suppression and place against a baseline (and whatever `scope` adds:
 * the account, the check) in several places, the regions without a recorder say. Each group keeps its
 * first result and every place, in the order they came.
 */
export function alike<T extends { result: JsonResult }>(items: Iterable<T>, place: (item: T) => string, scope: (item: T) => readonly string[] = () => []): (T & { places: string[] })[] {
  const groups = new Map<string, T & { places: string[] }>();
  for (const item of items) {
    const { result } = item;
    const key = JSON.stringify([...scope(item), result.status, result.message, result.suppressed?.reason ?? null, result.baseline ?? null]);
    const group = groups.get(key);
    if (group) group.places.push(place(item));
    else groups.set(key, { ...item, places: [place(item)] });
  }
  return [...groups.values()];
}
