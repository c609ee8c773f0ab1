import 'node:module';
import { t } from './catalog-CLeXmTLJ.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-C2Lwl4qJ.js';
import './dist-es-C-FzqG4D.js';
import './chunk-Sl-YNnM7.js';
import './chunk-DGTzHOg_.js';
import './chunk-nJbVNgEf.js';
import '../start.js';
import './chunk-BSKnxhfe.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
