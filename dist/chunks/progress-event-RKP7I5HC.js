import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a,b,c}from"./chunk-B3PVVAH7.js";import"./chunk-WPFJ54GN.js";export{b as isAuditedAccount,c as isClaimAnswer,a as isClaimRequest};
