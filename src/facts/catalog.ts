import type { z as Zod } from 'zod';
import type { FactDefinition, Qualifier } from './define.js';
import { accountFacts } from './services/account.js';
import { budgetsFacts } from './services/budgets.js';
import { cloudtrailFacts } from './services/cloudtrail.js';
import { configFacts } from './services/config.js';
import { costexplorerFacts } from './services/costexplorer.js';
import { fmsFacts } from './services/fms.js';
import { guarddutyFacts } from './services/guardduty.js';
import { iamFacts } from './services/iam.js';
import { organizationsFacts } from './services/organizations.js';
import { stsFacts } from './services/sts.js';
import { ec2Facts } from './services/ec2.js';
import { ssoFacts } from './services/sso.js';
import { securityhubFacts } from './services/securityhub.js';
import { s3controlFacts } from './services/s3control.js';
import { accessanalyzerFacts } from './services/accessanalyzer.js';
import { supportFacts } from './services/support.js';
import { s3bucketsFacts } from './services/s3buckets.js';
import { snsFacts } from './services/sns.js';
import { lambdaFacts } from './services/lambda.js';
import { cloudformationFacts } from './services/cloudformation.js';
import { codebuildFacts } from './services/codebuild.js';
import { kmsFacts } from './services/kms.js';
import { ecsFacts } from './services/ecs.js';
import { sagemakerFacts } from './services/sagemaker.js';

/**
 * Every fact, from its one declaration (src/facts/services/<service>.ts). A fact is named
 * `service.name`; a qualified one (per region, per trail …) is stored as `service.name@qualifier`.
 */
export const FACTS = {
  ...stsFacts,
  ...accountFacts,
  ...iamFacts,
  ...organizationsFacts,
  ...fmsFacts,
  ...cloudtrailFacts,
  ...configFacts,
  ...guarddutyFacts,
  ...budgetsFacts,
  ...costexplorerFacts,
  ...ec2Facts,
  ...ssoFacts,
  ...securityhubFacts,
  ...s3controlFacts,
  ...accessanalyzerFacts,
  ...supportFacts,
  ...s3bucketsFacts,
  ...snsFacts,
  ...lambdaFacts,
  ...cloudformationFacts,
  ...codebuildFacts,
  ...kmsFacts,
  ...ecsFacts,
  ...sagemakerFacts,
} satisfies Record<`${string}.${string}`, FactDefinition>;

export type FactKey = keyof typeof FACTS;
export type FactValue<K extends FactKey> = Zod.output<ReturnType<(typeof FACTS)[K]['schema']>>;
export type FactQualifier<K extends FactKey> = (typeof FACTS)[K]['qualifier'];
export type FactArgs<K extends FactKey> = FactQualifier<K> extends 'none' ? [] : [qualifier: string];

export const FACT_KEYS = Object.keys(FACTS) as FactKey[];

export function isFactKey(key: string): key is FactKey {
  return Object.hasOwn(FACTS, key);
}

export function qualifierOf(key: FactKey): Qualifier {
  return FACTS[key].qualifier;
}

export function storeKey(key: FactKey, qualifier?: string): string {
  return qualifier === undefined ? key : `${key}@${qualifier}`;
}

export function parseStoreKey(stored: string): { key: string; qualifier: string | undefined } {
  const at = stored.indexOf('@');
  return at < 0 ? { key: stored, qualifier: undefined } : { key: stored.slice(0, at), qualifier: stored.slice(at + 1) };
}

/** The values checks handle by name. */
export type { Identity } from './define.js';
export type RegionInfo = FactValue<'account.regions'>[number];
export type CredentialReportRow = FactValue<'iam.credentialReport'>['users'][number];
export type Trail = FactValue<'cloudtrail.trails'>[number];
export type TrailStatus = FactValue<'cloudtrail.trailStatus'>;
export type EventSelectors = FactValue<'cloudtrail.eventSelectors'>;
export type FieldSelector = EventSelectors['advanced'][number]['fieldSelectors'][number];
export type ConfigRecorder = FactValue<'config.recorders'>[number];
export type Organization = FactValue<'organizations.organization'>;
