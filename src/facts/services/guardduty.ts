import { loadOnce } from '../../core/lazy.js';
import type { GetAdministratorAccountCommandOutput, GetDetectorCommandOutput, ListDetectorsCommandOutput } from '@aws-sdk/client-guardduty';
import { paginate } from '../../aws/paginate.js';
import type { AwsSession } from '../../aws/session.js';
import { defineFact } from '../define.js';

const sdk = loadOnce(() => import('./sdk/guardduty.js'));
const guardduty = async (session: AwsSession, region: string) => session.client((await sdk()).GuardDutyClient, 'guardduty', region);

export const guarddutyFacts = {
  'guardduty.detectors': defineFact({
    sdk,
    qualifier: 'region',
    actions: ['guardduty:ListDetectors', 'guardduty:GetDetector'],
    schema: (z) => z.array(z.strictObject({ id: z.string(), status: z.string() })),
    async collect(ctx, region) {
      const { GetDetectorCommand, ListDetectorsCommand } = await sdk();
      const client = await guardduty(ctx.session, region);
      const ids = await paginate<ListDetectorsCommandOutput, string>(
        ctx,
        client,
        'guardduty',
        (NextToken) => new ListDetectorsCommand({ NextToken }),
        (page) => ({ items: page.DetectorIds, next: page.NextToken || undefined }),
        (id) => id,
      );
      // Whom a detector answers to needs only its id: asked beside its status, not after it.
      for (const id of ids) ctx.prefetch('guardduty.administrator', `${region}/${id}`);
      return Promise.all(
        ids.map(async (DetectorId) => {
          const detector = await ctx.session.send<GetDetectorCommandOutput>(client, 'guardduty', new GetDetectorCommand({ DetectorId }));
          return { id: DetectorId, status: detector.Status ?? 'UNKNOWN' };
        }),
      );
    },
  }),

  /**
   * The organization's GuardDuty administrator a detector (`region/detectorId`) answers to (a member's view of delegated
   * administration), or null. Apart from the detectors, so that this extra read never decides whether GuardDuty is on.
   */
  'guardduty.administrator': defineFact({
    sdk,
    qualifier: 'detector',
    actions: ['guardduty:GetAdministratorAccount'],
    schema: (z) => z.strictObject({ accountId: z.string(), relationship: z.string() }).nullable(),
    async collect(ctx, detector) {
      const { GetAdministratorAccountCommand } = await sdk();
      const [region = '', detectorId = ''] = detector.split('/');
      const client = await guardduty(ctx.session, region);
      const out = await ctx.session.send<GetAdministratorAccountCommandOutput>(client, 'guardduty', new GetAdministratorAccountCommand({ DetectorId: detectorId }));
      return out.Administrator?.AccountId ? { accountId: out.Administrator.AccountId, relationship: out.Administrator.RelationshipStatus ?? 'unknown' } : null;
    },
  }),
};
