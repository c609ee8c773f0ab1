import { loadOnce } from '../../core/lazy.js';
import type { DescribeTrustedAdvisorCheckSummariesCommandOutput, DescribeTrustedAdvisorChecksCommandOutput } from '@aws-sdk/client-support';
import { defineFact, GLOBAL_REGION } from '../define.js';
import { isCollectError } from '../errors.js';

// The SDK commands the collectors send, named in ./sdk/support.ts (the bundle keeps only what is named there).
const sdk = loadOnce(() => import('./sdk/support.js'));

export const supportFacts = {
  /**
   * Each Trusted Advisor check with its latest status (ok, warning, error: red, not_available) and how
   * many resources it flags: DescribeTrustedAdvisorChecks, then their summaries. null where the
   * account's support plan does not open the AWS Support API (SubscriptionRequiredException: Basic
   * and Developer support).
   */
  'support.trustedAdvisor': defineFact({
    sdk,
    qualifier: 'none',
    actions: ['support:DescribeTrustedAdvisorChecks', 'support:DescribeTrustedAdvisorCheckSummaries'],
    schema: (z) => z.array(z.strictObject({ id: z.string(), name: z.string(), category: z.string(), status: z.string(), flagged: z.number() })).nullable(),
    async collect(ctx) {
      const { DescribeTrustedAdvisorCheckSummariesCommand, DescribeTrustedAdvisorChecksCommand, SupportClient } = await sdk();
      // The AWS Support API answers in us-east-1 only (AWS Support API Reference, "Endpoints").
      const client = ctx.session.client(SupportClient, 'support', GLOBAL_REGION);
      try {
        const { checks = [] } = await ctx.session.send<DescribeTrustedAdvisorChecksCommandOutput>(client, 'support', new DescribeTrustedAdvisorChecksCommand({ language: 'en' }));
        if (checks.length === 0) return [];
        const { summaries = [] } = await ctx.session.send<DescribeTrustedAdvisorCheckSummariesCommandOutput>(
          client,
          'support',
          new DescribeTrustedAdvisorCheckSummariesCommand({ checkIds: checks.map((check) => check.id ?? '') }),
        );
        const summaryOf = new Map(summaries.map((summary) => [summary.checkId, summary]));
        return checks.map((check) => {
          const summary = summaryOf.get(check.id);
          return { id: check.id ?? '', name: check.name ?? '', category: check.category ?? '', status: summary?.status ?? 'unknown', flagged: summary?.resourcesSummary?.resourcesFlagged ?? 0 };
        });
      } catch (error) {
        if (isCollectError(error, 'not-enabled')) return null;
        throw error;
      }
    },
  }),
};
