import { loadOnce } from '../../core/lazy.js';
import { defineFact, GLOBAL_REGION } from '../define.js';
import { CollectError, isCollectError } from '../errors.js';

const sdk = loadOnce(() => import('./sdk/costexplorer.js'));

export const costexplorerFacts = {
  /** One GetCostAndUsage (billed $0.01): the cheapest proof that Cost Explorer answers for this account. */
  'costexplorer.probe': defineFact({
    sdk,
    qualifier: 'none',
    actions: ['ce:GetCostAndUsage'],
    schema: (z) => z.strictObject({ enabled: z.literal(true), dataPending: z.boolean().optional() }),
    async collect(ctx) {
      if (!ctx.paidCalls) {
        throw new CollectError({ service: 'ce', operation: 'GetCostAndUsage', code: 'PaidCallsDisabled', kind: 'missing', message: 'not called: --no-paid-calls forbids billed calls', ja: '呼び出していません: --no-paid-calls が課金される呼び出しを禁じています' });
      }
      const { CostExplorerClient, GetCostAndUsageCommand } = await sdk();
      const end = ctx.now();
      const start = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 1));
      if (start.getTime() === Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate())) start.setUTCMonth(start.getUTCMonth() - 1);
      const day = (date: Date) => date.toISOString().slice(0, 10);
      const client = ctx.session.client(CostExplorerClient, 'ce', GLOBAL_REGION);
      try {
        await ctx.session.send(client, 'ce', new GetCostAndUsageCommand({ TimePeriod: { Start: day(start), End: day(end) }, Granularity: 'MONTHLY', Metrics: ['UnblendedCost'] }));
      } catch (error) {
        // The first hours after Cost Explorer is enabled, it answers DataUnavailableException: enabled, data pending.
        if (isCollectError(error) && error.code === 'DataUnavailableException') return { enabled: true as const, dataPending: true };
        throw error;
      }
      return { enabled: true as const };
    },
  }),
};
