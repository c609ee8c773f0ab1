import { loadOnce } from '../../core/lazy.js';
import type { ListAnalyzersCommandOutput } from '@aws-sdk/client-accessanalyzer';
import { paginate } from '../../aws/paginate.js';
import { defineFact } from '../define.js';

// The SDK commands the collectors send, named in ./sdk/accessanalyzer.ts (the bundle keeps only what is named there).
const sdk = loadOnce(() => import('./sdk/accessanalyzer.js'));

export const accessanalyzerFacts = {
  /**
   * The IAM Access Analyzer analyzers this account created in the region, of every type (external
   * access: ACCOUNT, ORGANIZATION; unused and internal access: the others), with their status:
   * ListAnalyzers, which answers an empty list where there is none. An organization's analyzer is
   * listed only in the account that created it (the management account or its delegated administrator).
   */
  'accessanalyzer.analyzers': defineFact({
    sdk,
    qualifier: 'region',
    actions: ['access-analyzer:ListAnalyzers'],
    schema: (z) => z.array(z.strictObject({ name: z.string(), type: z.string(), status: z.string() })),
    async collect(ctx, region) {
      const { AccessAnalyzerClient, ListAnalyzersCommand } = await sdk();
      const analyzers = await paginate<ListAnalyzersCommandOutput, NonNullable<ListAnalyzersCommandOutput['analyzers']>[number]>(
        ctx,
        ctx.session.client(AccessAnalyzerClient, 'access-analyzer', region),
        'access-analyzer',
        (nextToken) => new ListAnalyzersCommand({ nextToken }),
        (page) => ({ items: page.analyzers, next: page.nextToken }),
        (analyzer) => analyzer.arn ?? '',
      );
      return analyzers.map((analyzer) => ({ name: analyzer.name ?? '', type: analyzer.type ?? 'unknown', status: analyzer.status ?? 'unknown' }));
    },
  }),
};
