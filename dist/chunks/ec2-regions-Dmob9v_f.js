import 'node:module';
import { t } from './catalog-DOFNiZA0.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-BOu342S_.js';
import './dist-es-B-3dSUEO.js';
import './chunk-Dhs7xM7M.js';
import './chunk-C6jpHtg2.js';
import './chunk-DoHXMg3w.js';
import '../start.js';
import './chunk-Cu8goc8-.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
