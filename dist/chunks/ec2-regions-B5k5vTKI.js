import 'node:module';
import { t } from './chunk-Z2YKQEYl.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-DUFtmtKR.js';
import './dist-es-qbXqzCVN.js';
import './chunk-BQOnj1Rp.js';
import './chunk-CtsLp4JV.js';
import './chunk-Bk6VMsHC.js';
import '../start.js';
import './chunk-CjUr1S4M.js';
import './select-tt6W4i5K.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
