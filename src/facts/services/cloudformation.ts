import { loadOnce } from '../../core/lazy.js';
import type { DescribeStacksCommandOutput } from '@aws-sdk/client-cloudformation';
import { paginate } from '../../aws/paginate.js';
import { defineFact } from '../define.js';

// The SDK commands the collectors send, named in ./sdk/cloudformation.ts (the bundle keeps only what is named there).
const sdk = loadOnce(() => import('./sdk/cloudformation.js'));

export const cloudformationFacts = {
  /**
   * The region's CloudFormation stacks that have a service role, with their status (CloudFormation API reference, DescribeStacks,
   * paginated by NextToken; a stack without a role acts with its caller's own credentials, and is left out). Whoever may update such a
   * stack acts as its role: "provided that users have permission to operate on the stack, CloudFormation uses this role even if the
   * users don't have permission to pass it" (UpdateStack, RoleARN). Read only where a check finds it may matter: not started with the
   * other regional reads.
   */
  'cloudformation.stacks': defineFact({
    sdk,
    qualifier: 'region',
    onDemand: true,
    actions: ['cloudformation:DescribeStacks'],
    schema: (z) => z.array(z.strictObject({ name: z.string(), arn: z.string(), role: z.string(), status: z.string() })),
    async collect(ctx, region) {
      const { CloudFormationClient, DescribeStacksCommand } = await sdk();
      const stacks = await paginate<DescribeStacksCommandOutput, NonNullable<DescribeStacksCommandOutput['Stacks']>[number]>(
        ctx,
        ctx.session.client(CloudFormationClient, 'cloudformation', region),
        'cloudformation',
        (NextToken) => new DescribeStacksCommand({ NextToken }),
        (page) => ({ items: page.Stacks, next: page.NextToken }),
        (stack) => stack.StackId ?? '',
      );
      return stacks.flatMap((stack) => (stack.RoleARN ? [{ name: stack.StackName ?? '', arn: stack.StackId ?? '', role: stack.RoleARN, status: stack.StackStatus ?? '' }] : []));
    },
  }),
};
