import 'node:module';
import { p, o as o$1 } from '../start.js';

var t=p(o$1(),1),o=new Set(["account.alternate-contacts","iam.root-mfa","iam.root-hardware-mfa","iam.root-access-keys","iam.root-recent-use","iam.user-console-mfa","iam.admin-mfa","iam.mfa-recovery","iam.password-policy","iam.unused-credentials","iam.access-key-rotation","iam.identity-center","organizations.member","fms.admin-account","cloudtrail.multi-region","cloudtrail.log-validation","cloudtrail.cloudwatch-logs","cloudtrail.bucket-protected","config.recorder","billing.iam-access","billing.cost-explorer","billing.budget","billing.budget-alerts","guardduty.enabled","ec2.ebs-default-encryption","securityhub.enabled","s3.account-public-access-block","iam.access-analyzer","support.trusted-advisor"]);function c(e){if(!o.has(e))return;let a=import.meta.url.slice(0,import.meta.url.lastIndexOf("/dist/")+6);return JSON.parse((0, t.readFileSync)(new URL(`texts/${e}.json`,a),"utf8"))}

export { c as describeTexts };
