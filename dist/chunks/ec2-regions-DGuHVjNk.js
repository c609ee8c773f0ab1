import 'node:module';
import { t } from './catalog-CyzjVlzd.js';
import { J as Je, i as is, x as xa, l as ls, m as ms } from './chunk-pLn5HcNP.js';
import './dist-es-jPYriNhq.js';
import './chunk-B0OifcDq.js';
import './chunk-BWUtDni9.js';
import './chunk-CAbxJWk_.js';
import '../start.js';
import './chunk-BPsIylTg.js';

var e=class extends is(ms,ls,"DescribeRegions",xa){};async function C(t$1,c){let p=t$1.session.client(Je,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
