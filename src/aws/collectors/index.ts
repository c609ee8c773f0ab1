import type { FactKey } from '../types.js';
import type { Collector } from './context.js';

type Loader = () => Promise<Partial<{ [K in FactKey]: Collector<K> }>>;

/** Each service's collectors (and its SDK client) load on first use: `checks` or `--help` load none. */
const SERVICE_MODULES: Record<string, Loader> = {
  sts: async () => (await import('./sts.js')).stsCollectors,
  account: async () => (await import('./account.js')).accountCollectors,
  iam: async () => (await import('./iam.js')).iamCollectors,
  organizations: async () => (await import('./organizations.js')).organizationsCollectors,
  fms: async () => (await import('./fms.js')).fmsCollectors,
  cloudtrail: async () => (await import('./cloudtrail.js')).cloudtrailCollectors,
  config: async () => (await import('./config.js')).configCollectors,
  guardduty: async () => (await import('./guardduty.js')).guarddutyCollectors,
  budgets: async () => (await import('./budgets.js')).budgetsCollectors,
  costexplorer: async () => (await import('./costexplorer.js')).costexplorerCollectors,
};

export async function collectorFor<K extends FactKey>(key: K): Promise<Collector<K>> {
  const service = key.split('.')[0] ?? '';
  const load = SERVICE_MODULES[service];
  const collector = load ? ((await load()) as { [P in K]?: Collector<P> })[key] : undefined;
  if (!collector) throw new Error(`no collector for fact ${key}`);
  return collector;
}
