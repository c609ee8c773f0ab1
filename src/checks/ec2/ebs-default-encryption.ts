import { COST, inEachFailingRegion } from '../../fix/step.js';
import { defineCheck, fail, pass, REGION } from '../define.js';

export default defineCheck({
  id: 'ec2.ebs-default-encryption',
  severity: 'medium',
  scope: 'region',
  references: {
    cis: ['2.2.1'],
    fsbp: ['EC2.7'],
    docs: 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
  },
  reads: ['ec2.ebsEncryptionByDefault'],
  cli: ['aws ec2 get-ebs-encryption-by-default --region REGION', 'aws ec2 enable-ebs-encryption-by-default --region REGION'],
  text: {
    en: {
      title: 'EBS volumes are encrypted by default',
      passes: 'EBS encryption by default is on in the region (GetEbsEncryptionByDefault), so every new volume and snapshot copy is encrypted. Regions not enabled for the account are SKIPPED.',
      rationale:
        'An unencrypted volume or snapshot can be read by anyone who gets a copy of it, and a snapshot shared by mistake is a common leak. Encryption by default needs no change to the code that creates volumes, and uses the AWS managed key unless another is set.',
      remediation: 'Turn on EBS encryption by default in this region (EC2 console, "EBS encryption").',
      console: [
        'Open the EC2 console in the region and choose "Dashboard", then "Data protection and security" under "Account attributes".',
        'Under "EBS encryption", choose "Manage", select "Enable", and update.',
        'Existing volumes stay as they are: copy their snapshots with encryption to encrypt them.',
      ],
      messages: {
        enabled: 'EBS encryption by default is on.',
        disabled: 'EBS encryption by default is off: new volumes are not encrypted unless asked.',
      },
    },
    ja: {
      title: 'EBS ボリュームがデフォルトで暗号化される',
      passes: 'リージョンで EBS のデフォルト暗号化が有効(GetEbsEncryptionByDefault)で、新しいボリュームとスナップショットのコピーがすべて暗号化される。アカウントで有効でないリージョンは SKIPPED です。',
      rationale:
        '暗号化されていないボリュームやスナップショットは、コピーを手にした誰でも読めます。誤って共有したスナップショットはよくある漏えい経路です。デフォルト暗号化はボリュームを作るコードを変えずに済み、別のキーを設定しない限り AWS マネージドキーを使います。',
      remediation: 'このリージョンで EBS のデフォルト暗号化を有効にしてください(EC2 コンソールの「EBS 暗号化」)。',
      console: [
        'リージョンの EC2 コンソールを開き、「ダッシュボード」の「アカウントの属性」から「データ保護とセキュリティ」を選びます。',
        '「EBS 暗号化」で「管理」を選び、「有効化」を選んで更新します。',
        '既存のボリュームはそのままです。暗号化するにはスナップショットを暗号化してコピーします。',
      ],
      messages: {
        enabled: 'EBS のデフォルト暗号化は有効です。',
        disabled: 'EBS のデフォルト暗号化は無効です。指定しない限り新しいボリュームは暗号化されません。',
      },
    },
  },
  async evaluate({ facts, region }) {
    const { enabled } = await facts.ec2.ebsEncryptionByDefault(region);
    return [enabled ? pass(REGION, 'enabled') : fail(REGION, 'disabled')];
  },
  fix: (ctx) =>
    inEachFailingRegion(ctx, 'ec2.ebs-default-encryption', {
      title: (regions) => ({ en: `EBS encryption by default in ${regions} (new volumes; existing ones stay as they are)`, ja: `${regions} で EBS のデフォルト暗号化を有効化(新しいボリュームが対象。既存のものはそのまま)` }),
      body: ['aws ec2 enable-ebs-encryption-by-default --region "$region" >/dev/null'],
      cost: COST.ebsEncryption,
    }),
});
