import { glob } from '../core/glob.js';
import type { JsonResult } from './schema.js';

/**
 * The key of a resource inside its account and region: what follows the ARN's account field
 * (`user/bob`, `trail/main`), or the pseudo-resource itself (`account`, `region`).
 */
export function resourceKey(resource: string): string {
  if (!resource.startsWith('arn:')) return resource;
  const parts = resource.split(':');
  return parts.slice(5).join(':') || resource;
}

/**
 * A scheme-less relative path naming the resource, for SARIF locations (GitHub rejects a whole
 * file for a result whose uri has a scheme such as `arn:`). Each segment is percent-encoded.
 */
export function resourcePath(account: string, result: Pick<JsonResult, 'checkId' | 'region' | 'resource'>): string {
  const service = result.checkId.split('.')[0] ?? result.checkId; // check ids are `service.name`
  const segments = ['aws-baseline', account, result.region, service, ...resourceKey(result.resource).split('/')];
  return segments.map((segment) => encodeURIComponent(segment || '_')).join('/');
}

/** `sarif.locations` in the config maps check globs to the IaC file that owns them. */
export function ownerFile(checkId: string, locations: Record<string, string> | undefined): string | undefined {
  if (!locations) return undefined;
  const match = Object.entries(locations).find(([pattern]) => glob().isMatch(checkId, pattern));
  return match?.[1];
}
