import 'node:module';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-RXzEMoHc.js';
import { t } from './json-COnZ3Ok7.js';
import './dist-es-BYYSjMf7.js';
import './chunk-aRKnyvWg.js';
import './chunk-CdNb1tWf.js';
import './chunk-DrQRxGz0.js';
import '../start.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
