import 'node:module';
import { t } from './chunk-dvrITMcL.js';
import { u as ua, R as Ru, C as Cl, S as Su, I as Iu } from './chunk-C19yxpot.js';
import './dist-es-Cl7IjsvG.js';
import './chunk-CnLxy0kx.js';
import './chunk-BR9BnctK.js';
import './chunk-BjqPMoZt.js';
import '../start.js';
import './chunk-CrFdek62.js';
import './select-DWfKmrUd.js';

var e=class extends Ru(Iu,Su,"DescribeRegions",Cl){};async function C(t$1,c){let p=t$1.session.client(ua,"ec2",t);return ((await t$1.session.send(p,"ec2",new e({AllRegions:true}))).Regions??[]).map(n=>({name:n.RegionName??"",status:n.OptInStatus??"unknown",enabled:c.has(n.OptInStatus??"")}))}

export { C as describeRegions };
