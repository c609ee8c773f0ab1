import 'node:module';
import { t } from './catalog-DPzkrHwK.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-BihltJ5k.js';
import './dist-es-Cpvt1yDq.js';
import './chunk-DL-t3fHc.js';
import './chunk-d2P3MctX.js';
import './chunk-BwJh7OKy.js';
import '../start.js';
import './chunk-C0Tv1k3u.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
