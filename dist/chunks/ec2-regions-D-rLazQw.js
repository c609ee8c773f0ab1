import 'node:module';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-iLfLusol.js';
import { t } from './json-Cf5nFxaF.js';
import './dist-es-BIzWY7t9.js';
import './chunk-ooHRDIda.js';
import './chunk-Dmke_swJ.js';
import './chunk-Byx2SpOJ.js';
import '../start.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
