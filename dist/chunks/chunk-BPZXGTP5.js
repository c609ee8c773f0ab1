import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
function t(n,r){return n<r?-1:n>r?1:0}export{t as a};
