import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How each operation the product sends travels, learnt from the AWS SDK itself rather than declared
 * beside it: the clients the facts import (src/facts/services/sdk/<service>.ts) and, for a REST API,
 * each operation's own schema in its client (`ListDetectors$`: `[9, namespace, 'ListDetectors',
 * { http: ['GET', '/detector', 200] }, …]`), which is what the SDK serializes the call by. A new
 * service or operation needs no route written for the stand-in: it names the call as the SDK sent it.
 */
export type Protocol = 'query' | 'ec2' | 'json' | 'rest-json' | 'rest-xml';

export interface Route {
  method: string;
  path: RegExp;
  /** Query keys the route names (S3's `GET /{Bucket}?policyStatus`), with the value it fixes, if any (`x-id=ListBuckets`). */
  query: [key: string, value: string | undefined][];
  /** S3's own routes leave the bucket out: its endpoint puts it in the host, or first in the path (path-style, as on an emulator). */
  bucketInPath: boolean;
  operation: string;
  protocol: Protocol;
}

/** The SDK's protocol classes (`client.config.protocol`), by the names AWS's API models give them. */
const PROTOCOL_CLASSES: Record<string, Protocol> = {
  AwsQueryProtocol: 'query',
  AwsEc2QueryProtocol: 'ec2',
  AwsJson1_0Protocol: 'json',
  AwsJson1_1Protocol: 'json',
  AwsRestJsonProtocol: 'rest-json',
  AwsRestXmlProtocol: 'rest-xml',
};

const SDK_MODULES = join(import.meta.dirname, '../../../src/facts/services/sdk');

type OperationSchema = [kind: number, namespace: string, name: string, traits: { http?: [method: string, path: string, code: number] }];

/** `/detector/{DetectorId}/administrator` → a pattern for the path part of a request URL (greedy labels `{Key+}` span slashes). */
function pathPattern(path: string): RegExp {
  const parts = (path.split('?')[0] ?? path).split(/(\{[^}]+\})/);
  const pattern = parts.map((part) => (part.startsWith('{') ? (part.endsWith('+}') ? '.+' : '[^/]+') : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${pattern.join('')}$`);
}

/** The literal query of a route (`/{Bucket}?publicAccessBlock`, `/?x-id=ListBuckets`): what tells apart operations that share a path. */
function queryOf(path: string): Route['query'] {
  const query = path.split('?')[1];
  if (!query) return [];
  return query.split('&').map((pair) => {
    const [key = '', value] = pair.split('=');
    return [key, value];
  });
}

function route(client: string, [method, path]: readonly [string, string, ...unknown[]], operation: string, protocol: Protocol): Route {
  return { method, path: pathPattern(path), query: queryOf(path), bucketInPath: client === '@aws-sdk/client-s3', operation, protocol };
}

/**
 * The route a request takes: method and path, then the query keys its route names, the route naming
 * most of them first (S3's GET /{Bucket} is ListObjects only when no ?acl, ?policyStatus … says
 * otherwise; among equals, the first: the product's own). S3's routes leave the bucket out (its
 * endpoint puts it in the host or, path-style as on an emulator, first in the path): `bucketInPath`
 * reads the path without its first segment, among S3's routes only. `x-id` is the AWS SDK for JavaScript's own hint; other
 * clients (the aws CLI) leave it out.
 */
export function routeFor(routes: readonly Route[], method: string | undefined, target: string, bucketInPath = false): Route | undefined {
  const [whole = '/', search = ''] = target.split('?');
  const path = bucketInPath ? whole.replace(/^\/[^/]*/, '') || '/' : whole;
  const params = new URLSearchParams(search);
  const fits = (known: Route) =>
    known.bucketInPath === bucketInPath &&
    known.method === method &&
    known.path.test(path) && known.query.every(([key, value]) => (params.has(key) ? value === undefined || params.get(key) === value : key === 'x-id'));
  const specificity = (known: Route) => known.query.filter(([key]) => key !== 'x-id').length;
  return routes.filter(fits).reduce<Route | undefined>((best, known) => (best && specificity(best) >= specificity(known) ? best : known), undefined);
}

/** The protocol a client's protocol object implements (a service may extend one: S3's `S3RestXmlProtocol`). */
function protocolOf(implementation: object | undefined): Protocol | undefined {
  for (let prototype = implementation && Object.getPrototypeOf(implementation); prototype; prototype = Object.getPrototypeOf(prototype)) {
    const protocol = PROTOCOL_CLASSES[(prototype as { constructor: { name: string } }).constructor.name];
    if (protocol) return protocol;
  }
  return undefined;
}

export async function sdkRoutes(): Promise<Route[]> {
  const routes: Route[] = [];
  const later: Route[] = [];
  for (const file of readdirSync(SDK_MODULES).filter((name) => name.endsWith('.ts')).sort()) {
    const source = readFileSync(join(SDK_MODULES, file), 'utf8');
    const client = /from '(@aws-sdk\/client-[a-z0-9-]+)'/.exec(source)?.[1];
    if (!client) throw new Error(`${file} re-exports no AWS SDK client`);
    const sdk = (await import(client)) as Record<string, unknown>;
    const clientClass = Object.entries(sdk).find(([name, value]) => name.endsWith('Client') && typeof value === 'function' && name !== '$Command')?.[1] as (new (config: object) => { config: { protocol?: object } }) | undefined;
    const protocol = protocolOf(clientClass ? new clientClass({ region: 'us-east-1' }).config.protocol : undefined);
    if (!protocol) throw new Error(`${client}: no known protocol`);
    if (protocol !== 'rest-json' && protocol !== 'rest-xml') continue; // the request itself names the operation
    const named: string[] = source.match(/\b[A-Z]\w*(?=Command\b)/g) ?? [];
    for (const command of named) {
      const schema = sdk[`${command}$`] as OperationSchema | undefined;
      const http = schema?.[3].http;
      if (!http) throw new Error(`${client}: no HTTP route in the schema of ${command}`);
      routes.push(route(client, http, command, protocol));
    }
    // The service's other operations after them (the fix tier's aws CLI writes through the stand-in too): a route the
    // product's own operations share goes to theirs, found first.
    for (const [name, schema] of Object.entries(sdk)) {
      const http = Array.isArray(schema) && name.endsWith('$') ? (schema as OperationSchema)[3]?.http : undefined;
      const operation = name.slice(0, -1);
      if (http && !named.includes(operation)) later.push(route(client, http, operation, protocol));
    }
  }
  // Two modules of one client (S3's) name some operations twice: each route once.
  const seen = new Set<string>();
  return [...routes, ...later].filter((known) => {
    const key = `${known.method} ${known.path.source} ${known.query.join('&')} ${known.operation}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
