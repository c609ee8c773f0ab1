import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
var t=e=>"claim"in e,i=e=>"audited"in e,n=e=>typeof e=="object"&&e!==null&&"claim"in e&&"granted"in e;export{t as a,i as b,n as c};
