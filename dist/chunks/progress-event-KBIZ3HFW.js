import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a,b}from"./chunk-NIAKYFHP.js";import"./chunk-WPFJ54GN.js";export{b as isClaimAnswer,a as isClaimRequest};
