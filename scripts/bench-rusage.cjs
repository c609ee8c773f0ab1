// Preloaded (node --require) into each process the benchmark starts: at exit, its CPU time and peak
// resident memory are appended to the file named by BENCH_RUSAGE, one line per process (an audit spread
// over processes starts children with the same flags). CommonJS, not an ES module given to --import:
// that one set up the ES module loader ahead of the command and cost each process ~3 ms of CPU and of
// wall, this one ~1 (the live audit's wall is measured from these processes).
const { appendFileSync } = require('node:fs');

const target = process.env.BENCH_RUSAGE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    appendFileSync(target, `${JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMb: usage.maxRSS / 1024 })}\n`);
  });
}
