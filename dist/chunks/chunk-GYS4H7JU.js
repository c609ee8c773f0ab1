import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
function t(r,n){if(n===0)return r;let s=r.lastIndexOf(".");return s>r.lastIndexOf("/")?`${r.slice(0,s)}-${n+1}${r.slice(s)}`:`${r}-${n+1}`}export{t as a};
