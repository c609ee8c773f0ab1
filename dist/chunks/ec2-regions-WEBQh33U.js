import 'node:module';
import { t } from './chunk-BLi2LDV8.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-DVF6ZwlD.js';
import './dist-es-CFYflELa.js';
import './chunk-BwOqbE3F.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-Bf0-z0sy.js';
import './select-C1Cjgwdx.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
