import { createRequire as __awsBaselineRequire } from 'node:module'; const require = __awsBaselineRequire(import.meta.url);
import"./chunk-362WB6HP.js";function r(n){return`${JSON.stringify(n,null,2)}
`}export{r as renderJson};
