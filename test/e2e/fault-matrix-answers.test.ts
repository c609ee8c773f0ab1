import { faultMatrix, HALVES } from './support/fault-matrix.js';

// Faults AWS answers with (throttling, 5xx, an expired token), and a 200 that leaves out what AWS always sends.
faultMatrix(HALVES[0]);
