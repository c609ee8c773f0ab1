import 'node:module';
import { o } from './chunk-dvrITMcL.js';
import { c } from './select-DWfKmrUd.js';
import { X as Xe, b, B as Be, _, c as co } from './dist-es-Cl7IjsvG.js';
import { p } from '../start.js';
import './chunk-BR9BnctK.js';
import './chunk-CrFdek62.js';

var P=p(o()),m=p(c());var w=(r,e,o)=>{if(e.Version!==1)throw Error(`Profile ${r} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===void 0)throw Error(`Profile ${r} credential_process returned invalid credentials.`);if(e.Expiration){let i=new Date;if(new Date(e.Expiration)<i)throw Error(`Profile ${r} credential_process returned expired credentials.`)}let s=e.AccountId;!s&&o?.[r]?.aws_account_id&&(s=o[r].aws_account_id);let t={accessKeyId:e.AccessKeyId,secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.CredentialScope},...s&&{accountId:s}};return co(t,"CREDENTIALS_PROCESS","w"),t};var x=async(r,e,o)=>{let s=e[r];if(e[r]){let t=s.credential_process;if(t!==void 0){let i=(0, m.promisify)(Be?.getTokenRecord?.().exec??P.exec);try{let{stdout:n}=await i(t),d;try{d=JSON.parse(n.trim());}catch{throw Error(`Profile ${r} credential_process returned invalid JSON.`)}return w(r,d,e)}catch(n){throw new _(n.message,{logger:o})}}else throw new _(`Profile ${r} did not contain credential_process.`,{logger:o})}else throw new _(`Profile ${r} could not be found in shared credentials file.`,{logger:o})};var y=(r={})=>async({callerClientConfig:e}={})=>{r.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let o=await Xe(r);return x(b({profile:r.profile??e?.profile}),o,r.logger)};

export { y as fromProcess };
