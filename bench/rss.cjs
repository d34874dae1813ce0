// Preloaded into a benchmarked process (node -r bench/rss.cjs …): at exit, writes the
// process's peak resident set size (bytes, worker threads included) and its CPU time
// (seconds, user + system, all threads) as JSON to $QSORT_BENCH_RSS.
const { writeFileSync } = require('node:fs');
const file = process.env.QSORT_BENCH_RSS;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ rss: u.maxRSS * 1024, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 }));
  });
}
