import { defineCheck, fail, manual, pass, perResource, skip, ACCOUNT } from '../define.js';
import { trailInventory } from './trails.js';
import { regionFailures } from './trail-results.js';
import { COST, sh } from '../../fix/step.js';
import { PUBLIC_ACCESS_SETTINGS } from '../../facts/services/s3control.js';

/** The bucket of an `arn:…:s3:::name` resource. */
const bucketOf = (resource: string) => resource.slice(resource.indexOf(':::') + 3);

export default defineCheck({
  id: 'cloudtrail.bucket-protected',
  severity: 'high',
  scope: 'account',
  references: {
    ssb: ['ACCT.07'],
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
  },
  reads: ['cloudtrail.trails', 's3buckets.owned', 's3buckets.publicAccessBlock', 's3control.publicAccessBlock', 's3buckets.policyPublic', 's3buckets.publicGrants'],
  cli: [
    'aws s3api get-public-access-block --bucket BUCKET',
    'aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  ],
  text: {
    en: {
      title: "The trails' S3 buckets are not public and block public access",
      passes:
        "Each S3 bucket a trail delivers to blocks public access with all four Block Public Access settings, its own or the account's (AWS applies whichever is stricter), so it is not public and cannot be made so by a policy or ACL (AWS Startup Security Baseline ACCT.07). A bucket this account does not own (an organization's log archive account) is MANUAL, to check in the account that owns it. SKIPPED when there is no trail.",
      rationale:
        "The trail's logs are the account's record of who did what. A public log bucket hands that record (account ids, role names, source addresses, every resource touched) to anyone, and one whose policy or ACL can still be made public is one change away from it. CloudTrail writes through its service principal, which Block Public Access does not stop.",
      remediation: "Turn on all four Block Public Access settings of the trail's bucket; if it was public, remove the statement or ACL grant that made it so.",
      console: [
        'Open S3, choose the bucket the trail delivers to, then "Permissions".',
        'Under "Block public access (bucket settings)", choose "Edit", select "Block all public access" and save.',
        'Under "Bucket policy" and "Access control list (ACL)", remove any statement whose principal is "*" without a condition, and any grant to "Everyone" or "Authenticated users group".',
      ],
      messages: {
        protected: 'Bucket {bucket} (trails: {trails}) blocks public access with all four settings.',
        'public-policy': "Bucket {bucket} (trails: {trails}) is public through its bucket policy: anyone can read the account's activity logs.",
        'public-acl': "Bucket {bucket} (trails: {trails}) is public through its ACL ({grants}): anyone can read the account's activity logs.",
        'public-policy-acl': "Bucket {bucket} (trails: {trails}) is public through its bucket policy and its ACL ({grants}): anyone can read the account's activity logs.",
        open: 'Bucket {bucket} (trails: {trails}) is not public, but leaves off: {off}; a policy or ACL could make it so.',
        elsewhere: 'Bucket {bucket} (trails: {trails}) is not among the buckets this account owns: it is judged in the account that owns it (with Control Tower, the log archive account).',
        'no-trails': 'No trail to evaluate (see cloudtrail.multi-region).',
      },
      fixes: {
        elsewhere: 'In the account that owns the bucket, check that its four Block Public Access settings are on (aws-baseline audits it there), then attest it here.',
      },
    },
    ja: {
      title: '証跡の S3 バケットが公開されておらず、パブリックアクセスをブロックしている',
      passes:
        '証跡が配信する各 S3 バケットが、4 つのブロックパブリックアクセス設定すべてでパブリックアクセスをブロックしていること(バケット自身の設定かアカウントの設定。AWS はより厳しい方を適用します)。これで公開されておらず、ポリシーや ACL で公開することもできません(AWS Startup Security Baseline ACCT.07)。このアカウントが所有しないバケット(組織のログアーカイブアカウント)は MANUAL で、所有するアカウントで確認します。証跡がなければ SKIPPED です。',
      rationale:
        '証跡のログは、誰が何をしたかを示すアカウントの記録です。ログのバケットが公開されていると、その記録(アカウント ID、ロール名、送信元アドレス、操作したすべてのリソース)を誰にでも渡してしまいます。ポリシーや ACL でまだ公開できるバケットは、変更ひとつで公開されます。CloudTrail はサービスプリンシパルで書き込むので、ブロックパブリックアクセスで止まることはありません。',
      remediation: '証跡のバケットでブロックパブリックアクセスの 4 つの設定をすべてオンにしてください。公開されていた場合は、公開の原因になったポリシーのステートメントや ACL の許可を削除してください。',
      console: [
        'S3 を開き、証跡の配信先のバケットを選び、「アクセス許可」を選びます。',
        '「ブロックパブリックアクセス (バケット設定)」で「編集」を選び、「パブリックアクセスをすべてブロック」を選んで保存します。',
        '「バケットポリシー」と「アクセスコントロールリスト (ACL)」で、条件のないプリンシパル "*" のステートメントと、「全員」や「認証済みユーザーグループ」への許可を削除します。',
      ],
      messages: {
        protected: 'バケット {bucket}(証跡: {trails})は 4 つの設定すべてでパブリックアクセスをブロックしています。',
        'public-policy': 'バケット {bucket}(証跡: {trails})はバケットポリシーによって公開されています。アカウントの操作ログを誰でも読めます。',
        'public-acl': 'バケット {bucket}(証跡: {trails})は ACL({grants})によって公開されています。アカウントの操作ログを誰でも読めます。',
        'public-policy-acl': 'バケット {bucket}(証跡: {trails})はバケットポリシーと ACL({grants})によって公開されています。アカウントの操作ログを誰でも読めます。',
        open: 'バケット {bucket}(証跡: {trails})は公開されていませんが、次の設定がオフです: {off}。ポリシーや ACL で公開できてしまいます。',
        elsewhere: 'バケット {bucket}(証跡: {trails})はこのアカウントが所有するバケットではありません。所有するアカウント(Control Tower ではログアーカイブアカウント)で判定します。',
        'no-trails': '評価する証跡がありません(cloudtrail.multi-region を参照)。',
      },
      fixes: {
        elsewhere: 'バケットを所有するアカウントで、ブロックパブリックアクセスの 4 つの設定がオンであることを確認し(aws-baseline でそのアカウントを監査できます)、ここで証明してください。',
      },
    },
  },
  async evaluate({ facts, regions, identity }) {
    // The account's own buckets are asked for beside the trails, not once every region's trails are known:
    // one round trip less before a bucket's settings. Awaited only for a trail's bucket, which tells its failure.
    const owned = facts.s3buckets.owned();
    owned.catch(() => undefined);
    const { trails, failures } = await trailInventory(facts, regions);
    const byBucket = new Map<string, string[]>();
    for (const trail of trails) if (trail.s3BucketName) byBucket.set(trail.s3BucketName, [...(byBucket.get(trail.s3BucketName) ?? []), trail.name]);
    if (byBucket.size === 0 && failures.length === 0) return [skip(ACCOUNT, 'no-trails')];
    const partition = identity?.partition ?? 'aws';
    const outcomes = [...byBucket].map(([bucket, names]) => {
      const resource = `arn:${partition}:s3:::${bucket}`;
      return perResource(resource, async () => {
        const params = { bucket, trails: names.join(', ') };
        if (!(await owned).includes(bucket)) return manual(resource, 'elsewhere', { params });
        // AWS applies the stricter of the bucket's and the account's settings; the account's are read only when the bucket's leave one off.
        const own = await facts.s3buckets.publicAccessBlock(bucket);
        const account = PUBLIC_ACCESS_SETTINGS.every((setting) => own?.[setting]) ? null : await facts.s3control.publicAccessBlock();
        const off = PUBLIC_ACCESS_SETTINGS.filter((setting) => !own?.[setting] && !account?.[setting]);
        if (off.length === 0) return pass(resource, 'protected', { params });
        // What makes it public now, where a setting does not already cancel it (S3 User Guide, "The meaning of public").
        const [byPolicy, grants] = await Promise.all([
          off.includes('RestrictPublicBuckets') ? facts.s3buckets.policyPublic(bucket) : false,
          off.includes('IgnorePublicAcls') ? facts.s3buckets.publicGrants(bucket) : [],
        ]);
        if (byPolicy || grants.length > 0) return fail(resource, byPolicy ? (grants.length > 0 ? 'public-policy-acl' : 'public-policy') : 'public-acl', { params: { ...params, grants: grants.join(', ') } });
        return fail(resource, 'open', { params: { ...params, off: off.join(', ') } });
      });
    });
    return [...(await Promise.all(outcomes)), ...regionFailures(failures)];
  },
  fix: (ctx) =>
    ctx.failing('cloudtrail.bucket-protected').map((found) => ({
      checkIds: ['cloudtrail.bucket-protected'],
      title: { en: `Block Public Access on for bucket ${bucketOf(found.resource)} (all four settings)`, ja: `バケット ${bucketOf(found.resource)} のブロックパブリックアクセスをオン(4 つの設定すべて)` },
      commands: [
        `aws s3api put-public-access-block --bucket ${sh(bucketOf(found.resource))} \\`,
        `  --public-access-block-configuration ${PUBLIC_ACCESS_SETTINGS.map((setting) => `${setting}=true`).join(',')}`,
      ],
      cost: COST.none,
      covers: [found],
    })),
});
