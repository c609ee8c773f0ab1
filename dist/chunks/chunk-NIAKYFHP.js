import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a as i}from"./chunk-WPFJ54GN.js";var t=i(e=>"claim"in e,"isClaimRequest"),n=i(e=>typeof e=="object"&&e!==null&&"claim"in e&&"granted"in e,"isClaimAnswer");export{t as a,n as b};
