import { ACCOUNT_ID_LINE, configBucketPolicy, shellPolicy } from '../../fix/policies.js';
import type { Facts } from '../../facts/store.js';
import type { ConfigRecorder } from '../../facts/catalog.js';
import { defineCheck, fail, pass, REGION, skip } from '../define.js';
import { homeRegion } from '../../facts/define.js';
import { COST, policyVariable, sh } from '../../fix/step.js';

/** Service-linked recorders (Security Hub, Control Tower internals) record for AWS, not for you. */
const isCustomerRecorder = (recorder: ConfigRecorder) => !recorder.servicePrincipal && recorder.recordingScope !== 'INTERNAL';

/** Global resource types need recording once; the finding lands in one region (us-east-1 if audited). */
const globalTypesRegion = homeRegion;

/** Exclusion strategies record IAM's global types unless they exclude them (includeGlobalResourceTypes must be false there). */
function recordsGlobalTypes(recorder: ConfigRecorder): boolean {
  if (recorder.strategy === 'EXCLUSION_BY_RESOURCE_TYPES') return !recorder.exclusionTypes.some((type) => type.startsWith('AWS::IAM::'));
  return recorder.allSupported && recorder.includeGlobalResourceTypes;
}

async function someRegionRecordsGlobalTypes(facts: Facts<'config.recorders' | 'config.recorderStatuses'>, regions: string[]): Promise<boolean> {
  const lists = await Promise.allSettled(regions.map((region) => facts.config.recorders(region)));
  const recordsGlobal = lists.some((list) => list.status === 'fulfilled' && list.value.some((recorder) => isCustomerRecorder(recorder) && recordsGlobalTypes(recorder)));
  const unreadable = lists.find((list): list is PromiseRejectedResult => list.status === 'rejected');
  if (!recordsGlobal && unreadable) throw unreadable.reason;
  return recordsGlobal;
}

export default defineCheck({
  id: 'config.recorder',
  severity: 'high',
  scope: 'region',
  references: {
    seed: 'config',
    cis: ['3.3'],
    fsbp: ['Config.1'],
    docs: 'https://docs.aws.amazon.com/config/latest/developerguide/gs-console.html',
  },
  reads: ['config.recorders', 'config.recorderStatuses', 'config.deliveryChannels', 'account.regions'],
  // Exact, in order (the service-linked role and the bucket policy first); repeat the last three lines for each REGION.
  cli: [
    ACCOUNT_ID_LINE,
    'BUCKET=aws-baseline-config-$ACCOUNT_ID REGION=us-east-1',
    'aws iam create-service-linked-role --aws-service-name config.amazonaws.com',
    'aws s3api create-bucket --bucket "$BUCKET" --region us-east-1',
    `aws s3api put-bucket-policy --bucket "$BUCKET" --policy ${shellPolicy(configBucketPolicy({ partition: 'aws', accountId: '${ACCOUNT_ID}', bucket: '${BUCKET}' }))}`,
    'aws configservice put-configuration-recorder --configuration-recorder "name=default,roleARN=arn:aws:iam::$ACCOUNT_ID:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig" --recording-group allSupported=true,includeGlobalResourceTypes=true --region "$REGION"',
    'aws configservice put-delivery-channel --delivery-channel "name=default,s3BucketName=$BUCKET" --region "$REGION"',
    'aws configservice start-configuration-recorder --configuration-recorder-name default --region "$REGION"',
  ],
  text: {
    en: {
      title: 'AWS Config records all resources in the region',
      passes: 'Per region: a customer recorder (not a service-linked one) records all supported types (exclusions allowed and named), is recording, has a delivery channel, and its last status is not a failure; global types (IAM) are recorded in at least one audited region (SKIPPED, not FAIL, when --regions left out enabled regions that might record them).',
      rationale:
        'AWS Config keeps the history of every resource\'s configuration: what changed, when and how resources relate. Without it you cannot answer "what did this security group look like last Tuesday", and Firewall Manager and Security Hub cannot work.',
      remediation: 'Set up AWS Config in this region to record all resource types, with a delivery channel to S3, and start the recorder.',
      console: [
        'Open AWS Config in the region and choose "Get started" (or "Settings" → "Edit" for an existing recorder).',
        'Under "Recording strategy", choose "All resource types with customizable overrides"; include global resources (IAM) in one region.',
        'Choose an S3 bucket for the delivery channel and confirm; the recorder starts.',
      ],
      messages: {
        recording: 'Recorder {recorder} records all supported resource types.',
        'recording-with-exclusions': 'Recorder {recorder} records all supported resource types except {exclusions}.',
        'no-recorder': 'No configuration recorder in this region.',
        'not-recording': 'Recorder {recorder} is stopped.',
        'last-failed': 'Recorder {recorder}\'s last recording failed ({error}).',
        'no-delivery-channel': 'Recorder {recorder} has no delivery channel.',
        'partial-types': 'Recorder {recorder} records only some resource types ({count} listed).',
        'no-global-types': 'Recorder {recorder} works, but no audited region records global resource types such as IAM.',
        'global-types-unaudited': 'Recorder {recorder} works here; whether global resource types such as IAM are recorded could not be judged: no audited region records them, and {count} enabled region(s) were left out by --regions.',
      },
      fixes: {
        'not-recording': 'Start recorder {recorder} (aws configservice start-configuration-recorder --configuration-recorder-name {recorderArgument}).',
        'last-failed': "Fix what made recorder {recorder} fail ({error}; often its role or the delivery bucket's policy), then check its status again.",
        'no-delivery-channel': 'Create a delivery channel to an S3 bucket for recorder {recorder}, then start it.',
        'partial-types': 'Make recorder {recorder} record all supported resource types (or exclude only the few you do not need).',
        'no-global-types': 'Record global resource types (IAM) in one audited region, for example us-east-1.',
      },
    },
    ja: {
      title: 'AWS Config がリージョン内のすべてのリソースを記録している',
      passes: 'リージョンごとに、(サービスリンクでない)利用者のレコーダーがサポートされるすべてのタイプを記録し(除外は可、その内容を表示)、記録中で、配信チャネルがあり、最後の状態が失敗でないこと。グローバルタイプ(IAM)は監査対象のどれか 1 つのリージョンで記録されていること(--regions で有効なリージョンを除いた場合、そこで記録されている可能性があるため FAIL ではなく SKIPPED)。',
      rationale:
        'AWS Config は、各リソースの設定の履歴(何が・いつ変わり、リソース同士がどう関係するか)を残します。これがないと「先週のこのセキュリティグループの設定」に答えられず、Firewall Manager や Security Hub も機能しません。',
      remediation: 'このリージョンで AWS Config をセットアップし、すべてのリソースタイプを記録し、S3 への配信チャネルを設定してレコーダーを開始してください。',
      console: [
        'そのリージョンで AWS Config を開き、「今すぐ始める」(既存のレコーダーなら「設定」→「編集」)を選びます。',
        '「記録戦略」で「すべてのリソースタイプ(カスタマイズ可能なオーバーライドあり)」を選びます。IAM などのグローバルリソースは 1 つのリージョンで含めます。',
        '配信チャネルの S3 バケットを選んで確定すると、レコーダーが開始されます。',
      ],
      messages: {
        recording: 'レコーダー {recorder} はサポートされるすべてのリソースタイプを記録しています。',
        'recording-with-exclusions': 'レコーダー {recorder} は {exclusions} を除くすべてのリソースタイプを記録しています。',
        'no-recorder': 'このリージョンに設定レコーダーがありません。',
        'not-recording': 'レコーダー {recorder} は停止しています。',
        'last-failed': 'レコーダー {recorder} の直近の記録が失敗しています({error})。',
        'no-delivery-channel': 'レコーダー {recorder} に配信チャネルがありません。',
        'partial-types': 'レコーダー {recorder} は一部のリソースタイプ({count} 種類)しか記録していません。',
        'no-global-types': 'レコーダー {recorder} は動作していますが、監査対象のどのリージョンも IAM などのグローバルリソースを記録していません。',
        'global-types-unaudited': 'レコーダー {recorder} はこのリージョンで動作しています。IAM などのグローバルリソースが記録されているかは判定できません: 監査対象のリージョンでは記録されておらず、有効な {count} リージョンが --regions で対象外になっています。',
      },
      fixes: {
        'not-recording': 'レコーダー {recorder} を開始してください(aws configservice start-configuration-recorder --configuration-recorder-name {recorderArgument})。',
        'last-failed': 'レコーダー {recorder} が失敗した原因({error}。多くはロールか配信先バケットのポリシー)を直し、状態を確認し直してください。',
        'no-delivery-channel': 'レコーダー {recorder} に S3 バケットへの配信チャネルを作成してから開始してください。',
        'partial-types': 'レコーダー {recorder} でサポートされるすべてのリソースタイプを記録してください(不要なものだけを除外する設定でも構いません)。',
        'no-global-types': '監査対象のリージョンのどれか 1 つ(例: us-east-1)でグローバルリソースタイプ(IAM)を記録してください。',
      },
    },
  },
  async evaluate({ facts, region, regions }) {
    // Three independent reads, side by side: a region costs one round trip, not three.
    const [recorders, statuses, channels] = await Promise.all([facts.config.recorders(region), facts.config.recorderStatuses(region), facts.config.deliveryChannels(region)]);
    const recorder = recorders.find(isCustomerRecorder);
    if (!recorder) return [fail(REGION, 'no-recorder')];
    // A recorder's name may hold any character: in a command it is one quoted shell word.
    const params = { recorder: recorder.name, recorderArgument: sh(recorder.name) };
    const status = statuses.find((candidate) => candidate.name === recorder.name);
    if (!status?.recording) return [fail(REGION, 'not-recording', { params })];
    if (status.lastStatus?.toUpperCase() === 'FAILURE') {
      return [fail(REGION, 'last-failed', { params: { ...params, error: status.lastErrorCode ?? 'unknown' } })];
    }
    if (channels.length === 0) return [fail(REGION, 'no-delivery-channel', { params })];
    const excluding = recorder.strategy === 'EXCLUSION_BY_RESOURCE_TYPES';
    if (!recorder.allSupported && !excluding) {
      return [fail(REGION, 'partial-types', { params: { ...params, count: recorder.resourceTypes.length } })];
    }
    if (region === globalTypesRegion(regions) && !(await someRegionRecordsGlobalTypes(facts, regions))) {
      // --regions may have left out the region that records them: then it cannot be judged here.
      const enabled = (await facts.account.regions()).filter((known) => known.enabled).map((known) => known.name);
      const unaudited = enabled.filter((name) => !regions.includes(name)).length;
      if (unaudited > 0) return [skip(REGION, 'global-types-unaudited', { params: { ...params, count: unaudited } })];
      return [fail(REGION, 'no-global-types', { params })];
    }
    if (excluding && recorder.exclusionTypes.length > 0) {
      return [pass(REGION, 'recording-with-exclusions', { params: { ...params, exclusions: recorder.exclusionTypes.join(', ') } })];
    }
    return [pass(REGION, 'recording', { params })];
  },
  // A recorder that last failed needs its cause found (its role, its bucket): a person's step.
  fix(ctx) {
    const failing = ctx.failing('config.recorder').filter((found) => found.messageKey !== 'last-failed');
    if (failing.length === 0) return [];
    const role = `arn:${ctx.partition}:iam::${ctx.accountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`;
    const regions = failing.map((found) => found.region);
    return [
      {
        checkIds: ['config.recorder'],
        title: {
          en: `AWS Config records every resource type in ${regions.join(', ')}, through its service-linked role, delivering to its own S3 bucket (global types in ${ctx.homeRegion})`,
          ja: `${regions.join(', ')} で AWS Config がすべてのリソースタイプを記録(サービスリンクロールを使用し、専用の S3 バケットへ配信。グローバルリソースは ${ctx.homeRegion} で記録)`,
        },
        commands: [
          'allow_existing aws iam create-service-linked-role --aws-service-name config.amazonaws.com',
          'CONFIG_BUCKET="${BUCKET_PREFIX}-config-${ACCOUNT_ID}"',
          ...policyVariable('CONFIG_BUCKET_POLICY', configBucketPolicy({ partition: ctx.partition, accountId: ctx.accountId, bucket: '${CONFIG_BUCKET}' })),
          `ensure_bucket "$CONFIG_BUCKET" ${ctx.homeRegion}`,
          'aws s3api put-bucket-policy --bucket "$CONFIG_BUCKET" --policy "$CONFIG_BUCKET_POLICY"',
          `for region in ${regions.join(' ')}; do`,
          '  recorder=$(aws configservice describe-configuration-recorders --region "$region" --query \'ConfigurationRecorders[0].name\' --output text)',
          '  if [ "$recorder" = None ]; then recorder=default; fi',
          `  global=false; if [ "$region" = ${ctx.homeRegion} ]; then global=true; fi`,
          `  aws configservice put-configuration-recorder --configuration-recorder "name=$recorder,roleARN=${role}" --recording-group "allSupported=true,includeGlobalResourceTypes=$global" --region "$region"`,
          '  if [ "$(aws configservice describe-delivery-channels --region "$region" --query \'length(DeliveryChannels)\' --output text)" = 0 ]; then',
          '    aws configservice put-delivery-channel --delivery-channel "name=default,s3BucketName=$CONFIG_BUCKET" --region "$region"',
          '  fi',
          '  aws configservice start-configuration-recorder --configuration-recorder-name "$recorder" --region "$region"',
          'done',
        ],
        cost: COST.config,
        covers: failing,
      },
    ];
  },
});
