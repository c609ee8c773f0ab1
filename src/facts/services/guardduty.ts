import type { GetDetectorCommandOutput, ListDetectorsCommandOutput } from '@aws-sdk/client-guardduty';
import { paginate } from '../../aws/paginate.js';
import { defineFact } from '../define.js';

export const guarddutyFacts = {
  'guardduty.detectors': defineFact({
    qualifier: 'region',
    actions: ['guardduty:ListDetectors', 'guardduty:GetDetector'],
    schema: (z) => z.array(z.strictObject({ id: z.string(), status: z.string() })),
    async collect(ctx, region) {
      const { GetDetectorCommand, GuardDutyClient, ListDetectorsCommand } = await import('@aws-sdk/client-guardduty');
      const client = ctx.session.client(GuardDutyClient, 'guardduty', region);
      const ids = await paginate<ListDetectorsCommandOutput, string>(
        ctx,
        client,
        'guardduty',
        (NextToken) => new ListDetectorsCommand({ NextToken }),
        (page) => ({ items: page.DetectorIds, next: page.NextToken || undefined }),
      );
      return Promise.all(
        ids.map(async (DetectorId) => {
          const detector = await ctx.session.send<GetDetectorCommandOutput>(client, 'guardduty', new GetDetectorCommand({ DetectorId }));
          return { id: DetectorId, status: detector.Status ?? 'UNKNOWN' };
        }),
      );
    },
  }),
};
