import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { ConfigServiceClient, DescribeConfigurationRecordersCommand } from '@aws-sdk/client-config-service';
import { GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { afterEach, describe, expect, it } from 'vitest';
import { AwsSession, SettingLookups } from '../../src/aws/session.js';
import { TEST_CREDENTIALS } from './live-helpers.js';

/** Answers every call with an empty JSON object, keeping where each request was sent (the real middleware stack runs in front of it). */
function recorder() {
  const hosts: string[] = [];
  const handler = {
    async handle(request: { hostname: string; port?: number }) {
      hosts.push(`${request.hostname}:${request.port ?? ''}`);
      return { response: { statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: Readable.from([Buffer.from('{"detectorIds": [], "ConfigurationRecorders": []}')]) } };
    },
  };
  return { hosts, handler };
}

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-northeast-1'];
const realEnv = process.env;

/** process.env, counting the reads of the variables named (`env.NAME` or `'NAME' in env`: the SDK does both). */
function countingEnv(names: string[]): Map<string, number> {
  const reads = new Map(names.map((name) => [name, 0]));
  const count = (name: string | symbol) => typeof name === 'string' && reads.has(name) && reads.set(name, (reads.get(name) ?? 0) + 1);
  process.env = new Proxy(realEnv, {
    get(target, name) {
      count(name);
      return Reflect.get(target, name) as unknown;
    },
    has(target, name) {
      count(name);
      return Reflect.has(target, name);
    },
  });
  return reads;
}

describe("the SDK's settings, looked up once for the whole audit, not once per client", () => {
  afterEach(() => {
    process.env = realEnv;
    for (const name of ['AWS_AUTH_SCHEME_PREFERENCE', 'AWS_ENDPOINT_URL_GUARDDUTY', 'AWS_ENDPOINT_URL_CONFIG_SERVICE']) delete process.env[name];
  });

  it("takes each service's configured endpoint from one lookup, for every region's client and every member account's session", async () => {
    process.env.AWS_ENDPOINT_URL_GUARDDUTY = 'https://guardduty.example:4443';
    process.env.AWS_ENDPOINT_URL_CONFIG_SERVICE = 'https://config.example:4444';
    const reads = countingEnv(['AWS_ENDPOINT_URL_GUARDDUTY', 'AWS_ENDPOINT_URL_CONFIG_SERVICE', 'AWS_AUTH_SCHEME_PREFERENCE']);
    const { hosts, handler } = recorder();
    const session = new AwsSession({ credentials: TEST_CREDENTIALS, requestHandler: handler });
    const member = session.derive(TEST_CREDENTIALS);
    for (const audited of [session, member]) {
      for (const region of REGIONS) {
        await audited.send(audited.client(GuardDutyClient, 'guardduty', region), 'guardduty', new ListDetectorsCommand({}));
        await audited.send(audited.client(ConfigServiceClient, 'config', region), 'config', new DescribeConfigurationRecordersCommand({}));
      }
    }
    // Every call went where the user configured its service, each service to its own endpoint.
    expect(hosts.filter((host) => host === 'guardduty.example:4443')).toHaveLength(2 * REGIONS.length);
    expect(hosts.filter((host) => host === 'config.example:4444')).toHaveLength(2 * REGIONS.length);
    expect(hosts).toHaveLength(4 * REGIONS.length);
    expect(Object.fromEntries(reads)).toEqual({ AWS_ENDPOINT_URL_GUARDDUTY: 1, AWS_ENDPOINT_URL_CONFIG_SERVICE: 1, AWS_AUTH_SCHEME_PREFERENCE: 1 });
  });

  it('sends to AWS itself where no endpoint is configured, after one lookup per service', async () => {
    const reads = countingEnv(['AWS_ENDPOINT_URL_GUARDDUTY']);
    const { hosts, handler } = recorder();
    const session = new AwsSession({ credentials: TEST_CREDENTIALS, requestHandler: handler });
    for (const region of REGIONS) await session.send(session.client(GuardDutyClient, 'guardduty', region), 'guardduty', new ListDetectorsCommand({}));
    expect(hosts).toEqual(REGIONS.map((region) => `guardduty.${region}.amazonaws.com:`));
    expect(reads.get('AWS_ENDPOINT_URL_GUARDDUTY')).toBe(1);
  });

  it("shares the signing-scheme preference because every client of the audit looks it up alike, with no service's name (a client that did would read AWS_BEARER_TOKEN_<SERVICE>)", () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies?: Record<string, string>; dependencies?: Record<string, string> };
    const clients = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) => name.startsWith('@aws-sdk/client-'));
    expect(clients.length).toBeGreaterThan(10);
    for (const client of clients) {
      expect(readFileSync(`node_modules/${client}/dist-es/runtimeConfig.js`, 'utf8'), client).toContain('authSchemePreference: config?.authSchemePreference ?? loadNodeConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig)');
    }
  });

  it('keeps the first lookup of each: a later client neither replaces it nor adds one it lacks; a client without a service looks up its own', async () => {
    const asked: string[] = [];
    const lookup = <T>(name: string, value: T) => async () => (asked.push(name), value);
    const lookups = new SettingLookups();
    const first = { serviceId: 'GuardDuty', userAgentAppId: lookup('app 1', 'team'), authSchemePreference: lookup('scheme 1', ['sigv4']), serviceConfiguredEndpoint: lookup('guardduty 1', 'https://guardduty.example') };
    const second = { serviceId: 'GuardDuty', userAgentAppId: lookup('app 2', 'other'), authSchemePreference: lookup('scheme 2', ['sigv4a']), serviceConfiguredEndpoint: lookup('guardduty 2', 'https://elsewhere.example') };
    const bare = {};
    const serviceless = { serviceConfiguredEndpoint: lookup('serviceless', undefined) };
    const alsoServiceless = { serviceConfiguredEndpoint: lookup('also serviceless', 'https://own.example') };
    const providerless = { serviceId: 'Config Service' };
    const config = { serviceId: 'Config Service', serviceConfiguredEndpoint: lookup('config 1', undefined) };
    for (const client of [bare, first, second, serviceless, alsoServiceless, providerless, config]) lookups.share(client);
    expect(await lookups.settings.userAgentAppId?.()).toBe('team');
    expect(await lookups.settings.authSchemePreference?.()).toEqual(['sigv4']);
    expect(await second.serviceConfiguredEndpoint()).toBe('https://guardduty.example');
    expect(await second.serviceConfiguredEndpoint()).toBe('https://guardduty.example');
    expect(await serviceless.serviceConfiguredEndpoint()).toBeUndefined();
    expect(await alsoServiceless.serviceConfiguredEndpoint()).toBe('https://own.example');
    expect(await config.serviceConfiguredEndpoint()).toBeUndefined();
    expect(providerless).toEqual({ serviceId: 'Config Service' });
    expect(bare).toEqual({});
    expect(asked.sort()).toEqual(['also serviceless', 'app 1', 'config 1', 'guardduty 1', 'scheme 1', 'serviceless']);
  });
});
