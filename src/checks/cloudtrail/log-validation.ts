import { ACCOUNT, defineCheck, fail, pass, skip } from '../define.js';
import { trailInventory } from './trails.js';
import { regionFailures } from './trail-results.js';
import { COST, regionOfArn } from '../../fix/step.js';
import { ofThisAccount, trailName } from './trail-fix.js';

export default defineCheck({
  id: 'cloudtrail.log-validation',
  severity: 'medium',
  scope: 'account',
  references: {
    seed: 'cloudtrail',
    cis: ['3.2'],
    fsbp: ['CloudTrail.4'],
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-enabling.html',
  },
  reads: ['cloudtrail.trails'],
  cli: [
    'aws cloudtrail update-trail --name TRAIL --enable-log-file-validation',
  ],
  text: {
    en: {
      title: 'CloudTrail log file validation is enabled',
      passes: 'Each trail has log file validation turned on. SKIPPED when there is no trail.',
      rationale:
        'With validation on, CloudTrail writes signed digest files, so you can prove later that no log file was changed or deleted after delivery — what an intruder covering their tracks would do.',
      remediation: 'Turn on log file validation for the trail.',
      console: ['Open CloudTrail, choose "Trails" and the trail, then "Edit" in "General details".', 'Under "Additional settings", enable "Log file validation" and save.'],
      messages: {
        enabled: 'Trail {trail} validates its log files.',
        disabled: 'Trail {trail} does not validate its log files.',
        'no-trails': 'No trail to evaluate (see cloudtrail.multi-region).',
      },
    },
    ja: {
      title: 'CloudTrail のログファイルの検証が有効になっている',
      passes: '各証跡でログファイルの検証が有効になっていること。証跡がなければ SKIPPED です。',
      rationale:
        '検証を有効にすると CloudTrail が署名付きのダイジェストファイルを書き出し、配信後にログファイルが改ざん・削除されていないことを後から証明できます。侵入者が痕跡を消そうとしたときに役立ちます。',
      remediation: '証跡のログファイルの検証を有効にしてください。',
      console: ['CloudTrail を開き、「証跡」から対象の証跡を選び、「全般的な詳細」の「編集」を選びます。', '「追加の設定」で「ログファイルの検証」を有効にして保存します。'],
      messages: {
        enabled: '証跡 {trail} はログファイルを検証しています。',
        disabled: '証跡 {trail} はログファイルを検証していません。',
        'no-trails': '評価する証跡がありません(cloudtrail.multi-region を参照)。',
      },
    },
  },
  async evaluate({ facts, regions }) {
    const { trails, failures } = await trailInventory(facts, regions);
    const outcomes = trails.map((trail) =>
      trail.logFileValidation
        ? pass(trail.arn, 'enabled', { params: { trail: trail.name } })
        : fail(trail.arn, 'disabled', { params: { trail: trail.name } }),
    );
    if (outcomes.length === 0 && failures.length === 0) return [skip(ACCOUNT, 'no-trails')];
    return [...outcomes, ...regionFailures(failures)];
  },
  fix: (ctx) =>
    ctx
      .failing('cloudtrail.log-validation')
      .filter(ofThisAccount(ctx))
      .map((found) => ({
      checkIds: ['cloudtrail.log-validation'],
      title: { en: `Log file validation on trail ${found.resource}`, ja: `証跡 ${found.resource} のログファイルの検証を有効化` },
      commands: [`aws cloudtrail update-trail --name ${trailName(found.resource)} --enable-log-file-validation --region ${regionOfArn(found.resource)} >/dev/null`],
      cost: COST.none,
      covers: [found],
    })),
});
