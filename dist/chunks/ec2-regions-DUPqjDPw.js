import 'node:module';
import { t } from './json-qDNYeNxO.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-RVvKHkVQ.js';
import './dist-es-DbY8gQG0.js';
import './chunk-CxIkfkRZ.js';
import './chunk-CNJFjFme.js';
import './chunk-Dh76POdB.js';
import '../start.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
