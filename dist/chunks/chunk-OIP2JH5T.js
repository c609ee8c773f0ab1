import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a as t}from"./chunk-WPFJ54GN.js";var i="us-east-1";function n(e){return e.includes(i)?i:e[0]}t(n,"homeRegion");export{i as a,n as b};
