import { CostExplorerClient, GetCostAndUsageCommand } from '@aws-sdk/client-cost-explorer';
import { CollectError } from '../errors.js';
import { type CollectorSet, GLOBAL_REGION } from './context.js';

export const costexplorerCollectors: CollectorSet<'costexplorer.probe'> = {
  /** One GetCostAndUsage (billed $0.01): the cheapest proof that Cost Explorer answers. */
  async 'costexplorer.probe'(ctx) {
    if (!ctx.paidCalls) {
      throw new CollectError({ service: 'ce', operation: 'GetCostAndUsage', code: 'PaidCallsDisabled', kind: 'missing', message: 'not called: --no-paid-calls forbids billed calls' });
    }
    const client = ctx.session.client(CostExplorerClient, 'ce', GLOBAL_REGION);
    const end = ctx.now();
    const start = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 1));
    if (start.getTime() === Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate())) start.setUTCMonth(start.getUTCMonth() - 1);
    const day = (date: Date) => date.toISOString().slice(0, 10);
    await ctx.session.send(client, 'ce', new GetCostAndUsageCommand({ TimePeriod: { Start: day(start), End: day(end) }, Granularity: 'MONTHLY', Metrics: ['UnblendedCost'] }));
    return { enabled: true };
  },
};
