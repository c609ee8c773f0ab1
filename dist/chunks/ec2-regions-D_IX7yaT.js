import 'node:module';
import { t } from './chunk-DxzF9uEx.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-DGTkH7Mm.js';
import './dist-es-DqTrgprM.js';
import './chunk-D1vA6xM2.js';
import './chunk-_Yyt8u-s.js';
import './chunk-DYlnZlXi.js';
import '../start.js';
import './chunk-CJvVPiLq.js';
import './chunk-x9R1L1Jr.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
