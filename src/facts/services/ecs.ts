import { loadOnce } from '../../core/lazy.js';
import type { DescribeTaskDefinitionCommandOutput, ListTaskDefinitionFamiliesCommandOutput } from '@aws-sdk/client-ecs';
import { paginate } from '../../aws/paginate.js';
import { defineFact } from '../define.js';

// The SDK commands the collectors send, named in ./sdk/ecs.ts (the bundle keeps only what is named there).
const sdk = loadOnce(() => import('./sdk/ecs.js'));

export const ecsFacts = {
  /**
   * The region's ECS task definitions that give their tasks a role, the latest active revision of each family (ECS API reference,
   * ListTaskDefinitionFamilies with status ACTIVE, paginated by nextToken, then DescribeTaskDefinition of each family, which answers
   * its latest active revision): whoever may run a task from one may override its containers' command (RunTask's overrides) and runs
   * it with the task role's credentials. Read only where a check finds it may matter: not started with the other regional reads.
   */
  'ecs.taskDefinitions': defineFact({
    sdk,
    qualifier: 'region',
    onDemand: true,
    actions: ['ecs:ListTaskDefinitionFamilies', 'ecs:DescribeTaskDefinition'],
    schema: (z) => z.array(z.strictObject({ name: z.string(), arn: z.string(), role: z.string() })),
    async collect(ctx, region) {
      const { DescribeTaskDefinitionCommand, ECSClient, ListTaskDefinitionFamiliesCommand } = await sdk();
      const client = ctx.session.client(ECSClient, 'ecs', region);
      const families = await paginate<ListTaskDefinitionFamiliesCommandOutput, string>(
        ctx,
        client,
        'ecs',
        (nextToken) => new ListTaskDefinitionFamiliesCommand({ status: 'ACTIVE', nextToken }),
        (page) => ({ items: page.families, next: page.nextToken }),
        (family) => family,
      );
      const described = await Promise.all(families.map((family) => ctx.session.send<DescribeTaskDefinitionCommandOutput>(client, 'ecs', new DescribeTaskDefinitionCommand({ taskDefinition: family }))));
      return described.flatMap(({ taskDefinition: definition }) =>
        definition?.taskRoleArn ? [{ name: `${definition.family ?? ''}:${definition.revision ?? ''}`, arn: definition.taskDefinitionArn ?? '', role: definition.taskRoleArn }] : [],
      );
    },
  }),
};
