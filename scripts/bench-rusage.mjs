// Preloaded (node --import) into each process the benchmark starts: at exit, its CPU time and peak
// resident memory are appended to the file named by BENCH_RUSAGE, one line per process (an audit spread
// over processes starts children with the same flags). The same preload runs under bare node, so the
// ratios compare like with like.
import { appendFileSync } from 'node:fs';

const target = process.env.BENCH_RUSAGE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    appendFileSync(target, `${JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMb: usage.maxRSS / 1024 })}\n`);
  });
}
