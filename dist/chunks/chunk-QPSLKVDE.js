import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
var t="us-east-1";function i(e){return e.includes(t)?t:e[0]}export{t as a,i as b};
