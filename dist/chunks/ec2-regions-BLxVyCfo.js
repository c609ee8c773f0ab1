import 'node:module';
import { t } from './chunk-Ca3oSkhf.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-C-pbm4rF.js';
import './dist-es-Bdu1lUi8.js';
import './chunk-aL7pLk4r.js';
import './chunk-BRegnO96.js';
import './chunk-SOCefx5C.js';
import '../start.js';
import './chunk-VpwOpbCW.js';
import './chunk-BAY9XJ82.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
