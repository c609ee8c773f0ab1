import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a,b,c}from"./chunk-4DTI4LOT.js";import"./chunk-362WB6HP.js";export{b as isAuditedAccount,c as isClaimAnswer,a as isClaimRequest};
