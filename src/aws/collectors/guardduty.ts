import { GetDetectorCommand, type GetDetectorCommandOutput, GuardDutyClient, ListDetectorsCommand, type ListDetectorsCommandOutput } from '@aws-sdk/client-guardduty';
import { type CollectorSet, paginate } from './context.js';

export const guarddutyCollectors: CollectorSet<'guardduty.detectors'> = {
  async 'guardduty.detectors'(ctx, region) {
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
};
