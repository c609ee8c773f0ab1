import 'node:module';
import { n, m } from '../start.js';

var o=n((p,e)=>{e.exports=m("node:async_hooks");});o();
