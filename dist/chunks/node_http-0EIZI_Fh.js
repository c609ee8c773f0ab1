import 'node:module';
import { o } from './chunk-B_YjNJym.js';
import '../start.js';

var node_httpE2ASHQPL = o();

export { node_httpE2ASHQPL as default };
