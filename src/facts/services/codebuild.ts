import { loadOnce } from '../../core/lazy.js';
import type { BatchGetProjectsCommandOutput, ListProjectsCommandOutput } from '@aws-sdk/client-codebuild';
import { paginate } from '../../aws/paginate.js';
import { defineFact } from '../define.js';
import { CollectError } from '../errors.js';

// The SDK commands the collectors send, named in ./sdk/codebuild.ts (the bundle keeps only what is named there).
const sdk = loadOnce(() => import('./sdk/codebuild.js'));

/** BatchGetProjects takes at most 100 names (CodeBuild API reference). */
const NAMES_PER_CALL = 100;

export const codebuildFacts = {
  /**
   * The region's CodeBuild projects and the service role each builds as (CodeBuild API reference, ListProjects, paginated by nextToken,
   * then BatchGetProjects, 100 names a call): whoever may start a build of one may override its buildspec (StartBuild's
   * buildspecOverride), and runs it as that role. A project deleted between the two calls is no project. Read only where a check finds
   * it may matter: not started with the other regional reads.
   */
  'codebuild.projects': defineFact({
    sdk,
    qualifier: 'region',
    onDemand: true,
    actions: ['codebuild:ListProjects', 'codebuild:BatchGetProjects'],
    schema: (z) => z.array(z.strictObject({ name: z.string(), arn: z.string(), role: z.string() })),
    async collect(ctx, region) {
      const { BatchGetProjectsCommand, CodeBuildClient, ListProjectsCommand } = await sdk();
      const client = ctx.session.client(CodeBuildClient, 'codebuild', region);
      const names = await paginate<ListProjectsCommandOutput, string>(
        ctx,
        client,
        'codebuild',
        (nextToken) => new ListProjectsCommand({ nextToken }),
        (page) => ({ items: page.projects, next: page.nextToken }),
        (name) => name,
      );
      const batches = Array.from({ length: Math.ceil(names.length / NAMES_PER_CALL) }, (_, index) => names.slice(index * NAMES_PER_CALL, (index + 1) * NAMES_PER_CALL));
      const pages = await Promise.all(
        batches.map(async (batch) => {
          const page = await ctx.session.send<BatchGetProjectsCommandOutput>(client, 'codebuild', new BatchGetProjectsCommand({ names: batch }));
          // Each name asked is either a project or not found: one the answer leaves out is no answer (never "no such project").
          const answered = new Set([...(page.projects ?? []).map((project) => project.name), ...(page.projectsNotFound ?? [])]);
          const left = batch.filter((name) => !answered.has(name));
          if (left.length > 0) {
            throw new CollectError({ service: 'codebuild', operation: 'BatchGetProjects', code: 'ProjectsLeftOut', kind: 'malformed', message: `codebuild:BatchGetProjects said nothing of ${left.join(', ')}`, ja: `codebuild:BatchGetProjects が ${left.join('、')} について何も返しませんでした` });
          }
          return page;
        }),
      );
      return pages.flatMap((page) => (page.projects ?? []).map((project) => ({ name: project.name ?? '', arn: project.arn ?? '', role: project.serviceRole ?? '' })));
    },
  }),
};
