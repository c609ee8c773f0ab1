import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a as n}from"./chunk-WPFJ54GN.js";function o(r){return`${JSON.stringify(r,null,2)}
`}n(o,"renderJson");export{o as renderJson};
