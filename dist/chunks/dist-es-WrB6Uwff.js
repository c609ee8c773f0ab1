import 'node:module';
import { _, B as Be, c as co } from './dist-es-Cl7IjsvG.js';
import { p, c } from '../start.js';
import './chunk-BR9BnctK.js';
import './chunk-dvrITMcL.js';
import './chunk-CrFdek62.js';
import './select-DWfKmrUd.js';

var f=p(c());var l=e=>async t=>{e.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:o,roleSessionName:r,webIdentityToken:s,providerId:n,policyArns:g,policy:E,durationSeconds:p}=e,{roleAssumerWithWebIdentity:i}=e;if(!i){let{getDefaultRoleAssumerWithWebIdentity:_}=await import('./sts--6wLEBAD.js');i=_({...e.clientConfig,credentialProviderLogger:e.logger,parentClientConfig:{...t?.callerClientConfig,...e.parentClientConfig}},e.clientPlugins);}return i({RoleArn:o,RoleSessionName:r??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:s,ProviderId:n,PolicyArns:g,Policy:E,DurationSeconds:p})};var m="AWS_WEB_IDENTITY_TOKEN_FILE",N="AWS_ROLE_ARN",I="AWS_ROLE_SESSION_NAME",y=(e={})=>async t=>{e.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let o=e?.webIdentityTokenFile??process.env[m],r=e?.roleArn??process.env[N],s=e?.roleSessionName??process.env[I];if(!o||!r)throw new _("Web identity configuration not specified",{logger:e.logger});let n=await l({...e,webIdentityToken:Be?.getTokenRecord?.()[o]??(0, f.readFileSync)(o,{encoding:"ascii"}),roleArn:r,roleSessionName:s})(t);return o===process.env[m]&&co(n,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),n};

export { y as fromTokenFile, l as fromWebToken };
