// The README's table of AWS managed policies is computed here, not trusted: the policies' documents are
// read through IAM from moto, which carries AWS's managed policies (MOTO_IAM_LOAD_MANAGED_POLICIES), the
// reads from the installed `policy` command, each read decided by the tool's own evaluation of IAM
// policies; then an audit whose every refused read the stand-in answers as IAM does (an implicit deny:
// IAM User Guide, "Troubleshoot access denied error messages") says which checks are ERROR.
import { readFileSync } from 'node:fs';
import { GetPolicyCommand, GetPolicyVersionCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANAGED_POLICIES, MANAGED_POLICY_GAPS, type ManagedPolicy } from '../../src/aws/policy.js';
import { decide, parsePolicyDocument } from '../../src/checks/iam/policy-evaluation.js';
import { FACTS } from '../../src/facts/catalog.js';
import { resultsOf, Scenario } from './support/scenario.js';
import { awsError, nameOf } from './support/standin.js';

/** The IAM action an API operation is authorized by: its own name, unless a fact says otherwise (DescribeBudgets → budgets:ViewBudget). */
const ACTION_OF = new Map(Object.values(FACTS).flatMap((fact) => Object.entries(fact.operations ?? {})));

/** The README's rows: policy name → the actions it lacks, and the checks it names before "are `ERROR`". */
function readmeRows(): Map<string, { lacks: string[]; checks: string[] }> {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('<!-- managed-policies:start -->'), readme.indexOf('<!-- managed-policies:end -->'));
  const rows = new Map<string, { lacks: string[]; checks: string[] }>();
  for (const match of table.matchAll(/^\| `([A-Za-z]+)` \| ([^|]+) \| ([^|]+) \|$/gm)) {
    const codes = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((code) => code[1] ?? '');
    rows.set(match[1] ?? '', { lacks: codes(match[2] ?? ''), checks: codes((match[3] ?? '').split('are `ERROR`')[0] ?? '').filter((code) => code.includes('.')) });
  }
  return rows;
}

describe("the README's table of AWS managed policies", () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await Scenario.create();
    // The management account of an organization: Firewall Manager's administrator is asked only there.
    await new OrganizationsClient(scenario.config()).send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
  });
  afterAll(() => scenario.stop());

  it('names exactly the reads each policy lacks, which policy --beside prints, and the checks that are ERROR without them', async () => {
    const actionsOf = async (args: string[]) => {
      const run = await scenario.run(['policy', ...args]);
      expect(run.code, run.stderr).toBe(0);
      return run.stdout === '' ? [] : (JSON.parse(run.stdout) as { Statement: { Action: string[] }[] }).Statement.flatMap((statement) => statement.Action);
    };
    const reads = await actionsOf([]);
    const callersReads = await actionsOf(['--org']);
    expect(reads.length).toBeGreaterThan(20);
    const rows = readmeRows();
    expect([...rows.keys()].sort()).toEqual([...MANAGED_POLICIES].sort());

    const iam = new IAMClient(scenario.config());
    for (const [name, row] of rows) {
      const arn = `arn:aws:iam::aws:policy/${name}`;
      const { Policy } = await iam.send(new GetPolicyCommand({ PolicyArn: arn }));
      const { PolicyVersion } = await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: Policy?.DefaultVersionId }));
      const document = parsePolicyDocument(PolicyVersion?.Document);
      expect(document, name).toBeDefined();
      const allowed = (action: string) => decide([{ label: name, document }], undefined, { action, resource: '*', mfa: 'access-key', variables: {} }).allowed;
      // GetCallerIdentity is never refused (STS API reference: no permission is needed).
      const lacking = (actions: string[]) => [...new Set(actions.filter((action) => !allowed(action) && action !== 'sts:GetCallerIdentity'))].sort();
      // What `policy --beside` prints is the whole gap, the caller's of --org included, as the documents say.
      expect(lacking(callersReads), name).toEqual([...MANAGED_POLICY_GAPS[name as ManagedPolicy]].sort());
      const lacks = lacking(reads);
      expect(lacks, name).toEqual(row.lacks);
      expect((await actionsOf(['--beside', name])).sort(), name).toEqual(lacks);

      scenario.aws.reset();
      scenario.aws.on((call) => {
        const action = ACTION_OF.get(nameOf(call)) ?? nameOf(call);
        const who = `arn:aws:iam::${scenario.accountId}:user/auditor`;
        return lacks.includes(action) ? awsError(call, call.protocol === 'query' ? 403 : 400, call.protocol === 'query' ? 'AccessDenied' : 'AccessDeniedException', `User: ${who} is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`) : undefined;
      });
      const audit = await scenario.run(['audit', '--format', 'json', '--fail-on', 'none', '--allow-incomplete']);
      expect(audit.code, audit.stderr).toBe(0);
      const errors = resultsOf(audit.stdout).filter((result) => result.status === 'ERROR');
      expect([...new Set(errors.map((result) => result.checkId))].sort(), name).toEqual([...row.checks].sort());
      // Each says what to grant.
      for (const result of errors) expect(lacks.some((action) => result.remediation.includes(action)), `${result.checkId}: ${result.remediation}`).toBe(true);
    }
  });
});
