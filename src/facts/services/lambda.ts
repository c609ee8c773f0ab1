import { loadOnce } from '../../core/lazy.js';
import type { ListFunctionsCommandOutput } from '@aws-sdk/client-lambda';
import { paginate } from '../../aws/paginate.js';
import { defineFact } from '../define.js';

// The SDK commands the collectors send, named in ./sdk/lambda.ts (the bundle keeps only what is named there).
const sdk = loadOnce(() => import('./sdk/lambda.js'));

export const lambdaFacts = {
  /**
   * The region's Lambda functions and the role each runs as (Lambda API reference, ListFunctions, paginated by
   * Marker): whoever may change a function's code acts as its role. Read only where a check finds it may matter
   * (a principal allowed lambda:UpdateFunctionCode, and a role a function could run as that is an administrator):
   * not started with the other regional reads.
   */
  'lambda.functions': defineFact({
    sdk,
    qualifier: 'region',
    onDemand: true,
    actions: ['lambda:ListFunctions'],
    schema: (z) => z.array(z.strictObject({ name: z.string(), arn: z.string(), role: z.string() })),
    async collect(ctx, region) {
      const { LambdaClient, ListFunctionsCommand } = await sdk();
      const functions = await paginate<ListFunctionsCommandOutput, NonNullable<ListFunctionsCommandOutput['Functions']>[number]>(
        ctx,
        ctx.session.client(LambdaClient, 'lambda', region),
        'lambda',
        (Marker) => new ListFunctionsCommand({ Marker }),
        (page) => ({ items: page.Functions, next: page.NextMarker }),
        (fn) => fn.FunctionArn ?? '',
      );
      return functions.map((fn) => ({ name: fn.FunctionName ?? '', arn: fn.FunctionArn ?? '', role: fn.Role ?? '' }));
    },
  }),
};
