import { loadOnce } from '../../core/lazy.js';
import type { DescribeNotebookInstanceCommandOutput, ListNotebookInstancesCommandOutput } from '@aws-sdk/client-sagemaker';
import { paginate } from '../../aws/paginate.js';
import { defineFact } from '../define.js';

// The SDK commands the collectors send, named in ./sdk/sagemaker.ts (the bundle keeps only what is named there).
const sdk = loadOnce(() => import('./sdk/sagemaker.js'));

export const sagemakerFacts = {
  /**
   * The region's SageMaker notebook instances and the role each runs as (SageMaker API reference, ListNotebookInstances, paginated by
   * NextToken, whose summaries name no role, then DescribeNotebookInstance of each): whoever may open one (a presigned URL to its
   * Jupyter, whose terminal holds the role's credentials) acts as its role. Read only where a check finds it may matter: not started
   * with the other regional reads.
   */
  'sagemaker.notebooks': defineFact({
    sdk,
    qualifier: 'region',
    onDemand: true,
    actions: ['sagemaker:ListNotebookInstances', 'sagemaker:DescribeNotebookInstance'],
    schema: (z) => z.array(z.strictObject({ name: z.string(), arn: z.string(), role: z.string() })),
    async collect(ctx, region) {
      const { DescribeNotebookInstanceCommand, ListNotebookInstancesCommand, SageMakerClient } = await sdk();
      const client = ctx.session.client(SageMakerClient, 'sagemaker', region);
      const notebooks = await paginate<ListNotebookInstancesCommandOutput, NonNullable<ListNotebookInstancesCommandOutput['NotebookInstances']>[number]>(
        ctx,
        client,
        'sagemaker',
        (NextToken) => new ListNotebookInstancesCommand({ NextToken }),
        (page) => ({ items: page.NotebookInstances, next: page.NextToken }),
        (notebook) => notebook.NotebookInstanceArn ?? '',
      );
      const described = await Promise.all(
        notebooks.map((notebook) => ctx.session.send<DescribeNotebookInstanceCommandOutput>(client, 'sagemaker', new DescribeNotebookInstanceCommand({ NotebookInstanceName: notebook.NotebookInstanceName }))),
      );
      return described.map((notebook) => ({ name: notebook.NotebookInstanceName ?? '', arn: notebook.NotebookInstanceArn ?? '', role: notebook.RoleArn ?? '' }));
    },
  }),
};
