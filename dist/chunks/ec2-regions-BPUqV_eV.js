import 'node:module';
import { t } from './chunk-CzGpKZcJ.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-ZgjYovHn.js';
import './dist-es-BPWyw6T5.js';
import './chunk-Bs9COfh4.js';
import './chunk-CtsLp4JV.js';
import './chunk-Bk6VMsHC.js';
import '../start.js';
import './chunk-CjUr1S4M.js';
import './select-DSu5fM7B.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
