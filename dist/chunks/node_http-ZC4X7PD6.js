import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import{a}from"./chunk-HUNH4VIV.js";import"./chunk-WPFJ54GN.js";export default a();
