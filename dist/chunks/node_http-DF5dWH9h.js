import 'node:module';
import { o } from '../start.js';

var node_httpE2ASHQPL = o();

export { node_httpE2ASHQPL as default };
