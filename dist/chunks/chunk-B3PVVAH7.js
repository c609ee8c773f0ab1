import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a as t}from"./chunk-WPFJ54GN.js";var i=t(e=>"claim"in e,"isClaimRequest"),n=t(e=>"audited"in e,"isAuditedAccount"),o=t(e=>typeof e=="object"&&e!==null&&"claim"in e&&"granted"in e,"isClaimAnswer");export{i as a,n as b,o as c};
