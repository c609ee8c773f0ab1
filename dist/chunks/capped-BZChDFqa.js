import 'node:module';
import { o, c } from './chunk-dvrITMcL.js';
import { E as E$1, p } from '../start.js';
import './chunk-CrFdek62.js';
import './select-DWfKmrUd.js';

var m=p(o(),1),f=p(c(),1);var E=["--max-semi-space-size=16","--heap-growing-percent=100"],a=["SIGINT","SIGTERM","SIGHUP"];function R(e){let{self:t,argv:n}=e;if(!t||!n)throw new Error("a restart needs the command that started this one");let[d=process.execPath,...h]=t,r=(0, m.spawn)(d,[...E,...h,...n],{cwd:e.cwd,env:{...e.env,[E$1]:"1"},stdio:["inherit","inherit","inherit","ipc"]}),i=o=>r.kill(o);for(let o of a)process.on(o,i);return new Promise((o,S)=>{r.on("error",S),r.on("exit",(l,s)=>{for(let w of a)process.removeListener(w,i);s?(process.kill(process.pid,s),o(128+(f.constants.signals[s]??0))):o(l??1);});})}

export { E as CHILD_V8_FLAGS, R as runCapped };
